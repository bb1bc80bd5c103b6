import path from 'node:path';

/**
 * The content folder. `FORUM_CONTENT_DIR` lets tests and benchmarks build other
 * corpora (fixtures, generated ones) without touching the shipped `content/`.
 */
export function contentDir(): string {
  return path.resolve(process.env.FORUM_CONTENT_DIR ?? 'content');
}

/** Path shown to editors: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** The permalink registry of a content folder (read by src/registry/registry.ts, compared by baseline.ts). */
export const registryFile = (dir: string) => path.join(dir, 'registry.yaml');
