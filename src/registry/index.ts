export * from './registry.ts';
export * from './schema.ts';
