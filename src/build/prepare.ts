/**
 * Step 1 of the build (src/build/pipeline.ts), in its own process: read and check the
 * content, and write the snapshot Astro's pages read. All of the corpus lives here and
 * nowhere else, and goes away with the process when this step ends: the build itself
 * stays small while Astro and Pagefind run (docs/performance.md, peak memory).
 *
 * Usage: prepare.ts <content> <snapshot folder> <result file> [<output folder>].
 * The output folder's registry copy, from the previous build, is a baseline of published URLs.
 * The result file gets either { problems } (the content's problems, formatted)
 * or what the rest of the build needs (Prepared).
 */
import fs from 'node:fs';
import os from 'node:os';
import { draftsReport, withoutDrafts } from '../corpus/drafts.ts';
import { formatProblems, writeSnapshot } from '../corpus/index.ts';
import { inspectCorpusOnThreads } from '../corpus/threads.ts';
import type { Registry } from '../registry/schema.ts';
import { indexedPages } from './indexed-pages.ts';
import type { IndexedPage } from './search-index.ts';

/** What the content step hands back to the pipeline. */
export type Prepared =
  | { problems: string }
  | { registry: Registry; pages: IndexedPage[]; timings: { check: number; prepare: number } };

const [contentDir = '', snapshot = '', resultFile = '', previousOutput] = process.argv.slice(2);
const write = (result: Prepared) => fs.writeFileSync(resultFile, JSON.stringify(result));
const t0 = performance.now();
// Parsing is most of this step, so it is shared between two threads (one per core here).
const { corpus: all, problems } = await inspectCorpusOnThreads(
  contentDir,
  Math.min(2, os.availableParallelism()),
  previousOutput,
);
if (problems.length) {
  write({ problems: formatProblems(problems) });
  process.exit(0);
}
const check = performance.now() - t0;
// Drafts (draft: true) are for the preview only: nothing of them is published.
const { corpus, drafts } = withoutDrafts(all);
const report = draftsReport(drafts);
if (report) console.log(report);
writeSnapshot(corpus, snapshot);
// Astro can start now, while this process writes its result and ends.
process.send?.('snapshot', () => process.disconnect?.());
write({
  registry: corpus.registry,
  pages: indexedPages(corpus),
  timings: { check, prepare: performance.now() - t0 - check },
});
