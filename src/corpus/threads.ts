import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LangCode } from '../i18n/languages.ts';
import { readAndCheckRegistry } from '../registry/registry.ts';
import { checkCorpus, findRecord } from './check.ts';
import type { Corpus, CorpusRecord, CorpusVersion, DocumentRecord, EditionRecord } from './model.ts';
import type { Problem } from './problems.ts';
import { checkContentDir } from './read.ts';
import type { TitleTable } from './record-lookup.ts';

/**
 * inspectCorpus on several threads: parsing is most of the build's content step
 * and uses one core, so the record folders are shared out between threads
 * (thread-worker.ts). It goes in two rounds:
 *
 * 1. each thread reads and checks its share and sends it here with its records' titles;
 *    the checks that need the whole corpus run here;
 * 2. when the corpus is clean, every thread gets all the titles and renders its share
 *    (a cross-reference may name a record of another share), and sends the HTML back.
 *
 * Same result as inspectCorpus (tests/unit/corpus/threads.test.ts compares them).
 */
export interface ReadShare {
  editions: SharedRecord[];
  documents: SharedRecord[];
  problems: Problem[];
  broken: string[];
  titles: TitleTable;
}
/** Round 2's answer: each version's HTML. */
export type RenderedShare = { key: string; lang: LangCode; rev?: number | undefined; html: string }[];
/** Round 2's request: every record's titles, or null when the corpus has problems (nothing is rendered). */
export type RenderRequest = { titles: TitleTable } | null;
type SharedRecord = Omit<CorpusRecord, 'versions'> & { versions: CorpusVersion[] };

/** The thread's next message; a thread that fails or stops before it answers rejects. */
function nextMessage<T>(worker: Worker, index: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const onMessage = (m: T) => {
      done();
      resolve(m);
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`content thread ${index} stopped (code ${code}) before it answered`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** `previousOutput`: the previous build's output folder, whose registry copy is a baseline (registry/baseline.ts). */
export async function inspectCorpusOnThreads(
  dir: string,
  threads = 2,
  previousOutput?: string,
): Promise<{ corpus: Corpus; problems: Problem[] }> {
  const workers = Array.from(
    { length: threads },
    (_, index) =>
      new Worker(new URL('./thread-worker.ts', import.meta.url), {
        workerData: { dir: path.resolve(dir), index, of: threads },
      }),
  );
  try {
    const shares = await Promise.all(workers.map((w, i) => nextMessage<ReadShare>(w, i)));
    const corpus: Corpus = {
      dir: path.resolve(dir),
      editions: new Map(),
      documents: new Map(),
      registry: { documents: {} },
      broken: [],
    };
    const problems: Problem[] = [];
    // Records arrive with their versions as arrays (a record's other fields are plain data).
    const revive = <T extends CorpusRecord>(r: SharedRecord) =>
      ({ ...r, versions: new Map(r.versions.map((v) => [v.lang, v])) }) as T;
    const titles: TitleTable = new Map();
    for (const share of shares) {
      for (const r of share.editions) corpus.editions.set(r.key, revive<EditionRecord>(r));
      for (const r of share.documents) corpus.documents.set(r.key, revive<DocumentRecord>(r));
      for (const [key, t] of share.titles) titles.set(key, t);
      problems.push(...share.problems);
      corpus.broken.push(...share.broken);
    }
    // Sorted as the serial reader sorts them, so messages and maps come in the same order.
    corpus.editions = new Map([...corpus.editions].sort(([a], [b]) => a.localeCompare(b)));
    corpus.documents = new Map([...corpus.documents].sort(([a], [b]) => a.localeCompare(b)));
    problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    checkContentDir(corpus, problems);
    checkCorpus(corpus, problems);
    corpus.registry = readAndCheckRegistry(corpus, problems, previousOutput);
    // As the serial path, a corpus with problems is not rendered.
    const request: RenderRequest = problems.length ? null : { titles };
    const rendered = workers.map((w, i) => (request ? nextMessage<RenderedShare>(w, i) : null));
    for (const w of workers) w.postMessage(request);
    for (const share of await Promise.all(rendered)) {
      for (const { key, lang, rev, html } of share ?? []) {
        const current = findRecord(corpus, key)?.versions.get(lang);
        const v = rev === undefined ? current : current?.revisions?.find((r) => r.rev?.n === rev);
        if (v) v.html = html;
      }
    }
    return { corpus, problems };
  } finally {
    // Threads end by themselves once they have answered; this ends any that failed half-way.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
