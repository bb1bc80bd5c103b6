export * from './baseline.ts';
export * from './registry.ts';
export * from './schema.ts';
