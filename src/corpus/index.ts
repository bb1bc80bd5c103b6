import { readAndCheckRegistry } from '../registry/registry.ts';
import { checkCorpus } from './check.ts';
import { liveCorpus } from './live.ts';
import type { Corpus } from './model.ts';
import { contentDir } from './paths.ts';
import { ContentError, type Problem } from './problems.ts';
import { checkContentDir, readCorpus } from './read.ts';
import { renderAll } from './render-html.ts';
import { readSnapshot } from './snapshot.ts';

export { findRecord, parseRefTarget } from './check.ts';
export { type CoverageEntry, type CoverageState, coverageOf, coverageReport } from './coverage.ts';
export * from './model.ts';
export { contentDir } from './paths.ts';
export { ContentError, formatProblem, formatProblems, type Problem } from './problems.ts';
export { allRecords } from './read.ts';
export { versionHtml, writeSnapshot } from './snapshot.ts';

/** Reads and checks a content folder; returns every problem found, never stopping at the first. */
export function inspectCorpus(dir = contentDir()): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const corpus = readCorpus(dir, problems);
  checkContentDir(corpus, problems);
  checkCorpus(corpus, problems);
  corpus.registry = readAndCheckRegistry(corpus, problems);
  if (!problems.length) renderAll(corpus);
  return { corpus, problems };
}

const cache = new Map<string, Corpus>();

/** The checked corpus (cached per folder for one build); throws a ContentError listing every problem. */
export function loadCorpus(dir = contentDir()): Corpus {
  // In the dev server: the corpus as it is on disk now, kept current as files are saved (live.ts).
  const live = liveCorpus(dir);
  if (live) return live.current();
  const hit = cache.get(dir);
  if (hit) return hit;
  // During `npm run build` the check has already read and rendered everything: reuse it.
  const snapshot = readSnapshot(dir);
  if (snapshot) {
    cache.set(dir, snapshot);
    return snapshot;
  }
  const { corpus, problems } = inspectCorpus(dir);
  if (problems.length) throw new ContentError(problems);
  cache.set(dir, corpus);
  return corpus;
}
