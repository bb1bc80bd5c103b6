export * from './registry.ts';
export * from './schema.ts';
export * from './baseline.ts';
