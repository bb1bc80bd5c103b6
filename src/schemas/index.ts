export * from './date.ts';
export * from './source.ts';
export * from './work.ts';
export * from './version.ts';
export * from './prose.ts';
