export * from './date.ts';
export * from './prose.ts';
export * from './revision.ts';
export * from './source.ts';
export * from './version.ts';
export * from './work.ts';
