import fs from 'node:fs';
import type { Corpus, CorpusRecord, CorpusVersion } from './model.ts';

/**
 * The checked and rendered corpus, handed from the build script to Astro's page
 * rendering (FORUM_SNAPSHOT), so the content is read and rendered once per build.
 */
interface SnapshotRecord extends Omit<CorpusRecord, 'versions'> { versions: CorpusVersion[] }
interface Snapshot { dir: string; registry: Corpus['registry']; editions: SnapshotRecord[]; documents: SnapshotRecord[] }

const flat = (rec: CorpusRecord): SnapshotRecord => ({ ...rec, versions: [...rec.versions.values()] });
const revive = <T extends CorpusRecord>(rec: SnapshotRecord) => ({ ...rec, versions: new Map(rec.versions.map((v) => [v.lang, v])) }) as unknown as T;

export function writeSnapshot(corpus: Corpus, file: string): void {
  const data: Snapshot = { dir: corpus.dir, registry: corpus.registry, editions: [...corpus.editions.values()].map(flat), documents: [...corpus.documents.values()].map(flat) };
  fs.writeFileSync(file, JSON.stringify(data));
}

/** The snapshot for this content folder, if the build provided one. */
export function readSnapshot(dir: string): Corpus | null {
  const file = process.env.FORUM_SNAPSHOT;
  if (!file || !fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  if (data.dir !== dir) return null;
  return {
    dir: data.dir,
    registry: data.registry,
    editions: new Map(data.editions.map((r) => [r.key, revive(r)])),
    documents: new Map(data.documents.map((r) => [r.key, revive(r)])),
  };
}
