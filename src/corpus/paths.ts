import path from 'node:path';
import { config } from '../config.ts';

/**
 * The content folder, absolute (src/config.ts: FORUM_CONTENT_DIR, default content/).
 * It may lie anywhere on disk: tests and benchmarks build other corpora (fixtures,
 * generated ones) without touching the shipped `content/`.
 */
export function contentDir(): string {
  return config.contentDir;
}

/** Path shown to editors: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** The permalink registry of a content folder (read by src/registry/registry.ts, compared by baseline.ts). */
export const registryFile = (dir: string) => path.join(dir, 'registry.yaml');
