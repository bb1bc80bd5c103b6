/**
 * Step 1 of the build (src/build/pipeline.ts), in its own process: read and check the
 * content, write the snapshot Astro's pages read, and write the pages Pagefind
 * indexes. All of the corpus lives here and nowhere else, and goes away with the
 * process when this step ends: the build script itself stays small while Astro
 * and Pagefind run (docs/performance.md, peak memory).
 *
 * Usage: prepare.ts <content> <snapshot folder> <index folder> <result file> [<output folder>].
 * The output folder's registry copy, from the previous build, is a baseline of published URLs.
 * The result file gets either { problems } (the content's problems, formatted)
 * or what the rest of the build needs: registry, fingerprints, index input, timings.
 */
import fs from 'node:fs';
import os from 'node:os';
import { formatProblems, writeSnapshot } from '../corpus/index.ts';
import { inspectCorpusParallel } from '../corpus/parallel.ts';
import { fingerprints, indexedPages, writeIndexPages } from './search-index.ts';

const [contentDir = '', snapshot = '', indexDir = '', resultFile = '', previousOutput] = process.argv.slice(2);
const t0 = performance.now();
// Parsing is most of this step, so it is shared between two threads (one per core here).
const { corpus, problems } = await inspectCorpusParallel(contentDir, Math.min(2, os.availableParallelism()), previousOutput);
if (problems.length) {
  fs.writeFileSync(resultFile, JSON.stringify({ problems: formatProblems(problems) }));
  process.exit(0);
}
const check = performance.now() - t0;
writeSnapshot(corpus, snapshot);
// Astro can start now: the rest of this step (the pages to index, their words) runs on the
// second core while Astro, which uses one, reads the snapshot (pipeline.ts).
process.send?.('snapshot', () => process.disconnect?.());
const pages = indexedPages(corpus);
const prints = fingerprints(pages);
const indexInput = writeIndexPages(pages, indexDir);
fs.writeFileSync(resultFile, JSON.stringify({ registry: corpus.registry, prints, indexInput, timings: { check, prepare: performance.now() - t0 - check } }));
