import { parentPort, workerData } from 'node:worker_threads';
import { renderAll } from './index.ts';
import type { Problem } from './problems.ts';
import { readCorpus } from './read.ts';

/** One share of the content folder (see parallel.ts): records whose folder hashes to this worker. */
const { dir, index, of } = workerData as { dir: string; index: number; of: number };
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const problems: Problem[] = [];
const corpus = readCorpus(dir, problems, (rel) => hash(rel) % of === index);
// Rendered only when the share reads cleanly, as the serial path renders only a clean corpus.
// Titles of cross-referenced records may be in another share: leave a placeholder (filled in by parallel.ts).
if (!problems.length) renderAll(corpus, (key, lang) => `\uE000${key}\uE001${lang}\uE002`);
const flat = (m: Map<string, { versions: Map<string, unknown> }>) => [...m.values()].map((r) => ({ ...r, versions: [...r.versions.values()] }));
parentPort?.postMessage({ editions: flat(corpus.editions), documents: flat(corpus.documents), problems, broken: corpus.broken });
