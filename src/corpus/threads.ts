import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readAndCheckRegistry } from '../registry/registry.ts';
import { titleFrom } from '../plugins/remark-resolve-refs.ts';
import { checkCorpus } from './check.ts';
import type { Corpus, CorpusRecord, CorpusVersion, DocumentRecord, EditionRecord } from './model.ts';
import type { Problem } from './problems.ts';
import { allRecords, checkContentDir } from './read.ts';

/**
 * inspectCorpus on several threads: parsing is most of the build's content step
 * and uses one core, so the record folders are shared out between workers
 * (parallel-worker.ts), each reading, checking and rendering its share. A
 * cross-reference's title may live in another share: workers write a placeholder
 * that is filled in here, once the whole corpus is known. Same result as
 * inspectCorpus (a unit test compares them).
 */
interface Share { editions: SharedRecord[]; documents: SharedRecord[]; problems: Problem[]; broken: string[] }
type SharedRecord = Omit<CorpusRecord, 'versions'> & { versions: CorpusVersion[] };

export const REF_TITLE = /\uE000([^\uE001]*)\uE001([a-z]+)\uE002/g;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runShare(dir: string, index: number, of: number): Promise<Share> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: { dir, index, of } });
    worker.once('message', (m: Share) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`content worker ${index} stopped with code ${code}`)));
  });
}

/** `previousOutput`: the previous build's output folder, whose registry copy is a baseline (registry/baseline.ts). */
export async function inspectCorpusParallel(dir: string, threads = 2, previousOutput?: string): Promise<{ corpus: Corpus; problems: Problem[] }> {
  const shares = await Promise.all(Array.from({ length: threads }, (_, i) => runShare(path.resolve(dir), i, threads)));
  const corpus: Corpus = { dir: path.resolve(dir), editions: new Map(), documents: new Map(), registry: { documents: {} }, broken: [] };
  const problems: Problem[] = [];
  // Records arrive with their versions as arrays (maps do not cross threads as such).
  const revive = <T extends CorpusRecord>(r: SharedRecord) => ({ ...r, versions: new Map(r.versions.map((v) => [v.lang, v])) }) as T;
  for (const share of shares) {
    for (const r of share.editions) corpus.editions.set(r.key, revive<EditionRecord>(r));
    for (const r of share.documents) corpus.documents.set(r.key, revive<DocumentRecord>(r));
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
  if (problems.length) return { corpus, problems };
  const title = titleFrom(corpus);
  for (const rec of allRecords(corpus)) {
    for (const v of rec.versions.values()) {
      if (v.html) v.html = v.html.replace(REF_TITLE, (_, key: string, lang: string) => esc(title(key, lang as never)));
    }
  }
  return { corpus, problems };
}
