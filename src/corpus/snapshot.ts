import fs from 'node:fs';
import type { Corpus, CorpusRecord, CorpusVersion } from './model.ts';

/**
 * The checked and rendered corpus, handed from the build script to Astro's page
 * rendering (FORUM_SNAPSHOT), so the content is read and rendered once per build.
 */
interface SnapshotRecord extends Omit<CorpusRecord, 'versions'> { versions: CorpusVersion[] }
interface Snapshot { dir: string; registry: Corpus['registry']; editions: SnapshotRecord[]; documents: SnapshotRecord[] }

const revive = <T extends CorpusRecord>(rec: SnapshotRecord) => ({ ...rec, versions: new Map(rec.versions.map((v) => [v.lang, v])) }) as unknown as T;

/**
 * Two files: the corpus without its HTML (what pages need, cached for the whole
 * build) and the HTML alone (`<file>.html.json`, read once by the content loader),
 * so Astro does not keep every text twice in memory.
 */
export function writeSnapshot(corpus: Corpus, file: string): void {
  const html: Record<string, string> = {};
  const lean = (rec: CorpusRecord): SnapshotRecord => ({
    ...rec,
    versions: [...rec.versions.values()].map(({ html: h, ...v }) => {
      if (h !== undefined) html[`${rec.key}/${v.lang}`] = h;
      return v;
    }),
  });
  const data: Snapshot = { dir: corpus.dir, registry: corpus.registry, editions: [...corpus.editions.values()].map(lean), documents: [...corpus.documents.values()].map(lean) };
  fs.writeFileSync(file, JSON.stringify(data));
  fs.writeFileSync(`${file}.html.json`, JSON.stringify(html));
}

/** The rendered HTML of every version ("<key>/<lang>" → HTML), if the build provided a snapshot. */
export function readSnapshotHtml(): Record<string, string> | null {
  const file = process.env.FORUM_SNAPSHOT;
  return file && fs.existsSync(`${file}.html.json`) ? (JSON.parse(fs.readFileSync(`${file}.html.json`, 'utf8')) as Record<string, string>) : null;
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
