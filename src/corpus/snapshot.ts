import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';
import { liveCorpus } from './live.ts';
import type { Corpus, CorpusRecord, CorpusVersion } from './model.ts';

/**
 * The checked and rendered corpus, handed from the build script to Astro's page
 * rendering (FORUM_SNAPSHOT, a folder, read by src/config.ts), so the content is read and rendered once
 * per build. It holds:
 * - `corpus.json`: records and versions as pages need them, without HTML and
 *   without clause texts (only search uses those, and the build script indexes);
 * - `html/<key>/<lang>.html`: each version's rendered text, read by the page that
 *   shows it. Astro's content store would otherwise carry every text: it is
 *   bundled into one JavaScript module (86 MB at 6,000 pages), which cost the
 *   build seconds and gigabytes (docs/performance.md).
 */
interface SnapshotRecord extends Omit<CorpusRecord, 'versions'> {
  versions: CorpusVersion[];
}
interface Snapshot {
  dir: string;
  registry: Corpus['registry'];
  editions: SnapshotRecord[];
  documents: SnapshotRecord[];
}

const revive = <T extends CorpusRecord>(rec: SnapshotRecord) =>
  ({ ...rec, versions: new Map(rec.versions.map((v) => [v.lang, v])) }) as unknown as T;
/** `<lang>.html`, and `<lang>.rev<n>.html` for an earlier revision. */
const htmlFile = (dir: string, key: string, lang: string, rev?: number) =>
  path.join(dir, 'html', key, rev === undefined ? `${lang}.html` : `${lang}.rev${rev}.html`);

export function writeSnapshot(corpus: Corpus, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const lean = (rec: CorpusRecord): SnapshotRecord => {
    fs.mkdirSync(path.join(dir, 'html', rec.key), { recursive: true });
    return {
      ...rec,
      versions: [...rec.versions.values()].map(function lean({ html, revisions, ...v }): CorpusVersion {
        if (html !== undefined) fs.writeFileSync(htmlFile(dir, rec.key, v.lang, v.rev?.n), html);
        return {
          ...v,
          clauses: v.clauses.map(({ text: _, ...c }) => c),
          ...(revisions ? { revisions: revisions.map(lean) } : {}),
        };
      }),
    };
  };
  const data: Snapshot = {
    dir: corpus.dir,
    registry: corpus.registry,
    editions: [...corpus.editions.values()].map(lean),
    documents: [...corpus.documents.values()].map(lean),
  };
  fs.writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify(data));
}

/** The snapshot for this content folder, if the build provided one (`snapshot`: its folder, by default the build's). */
export function readSnapshot(dir: string, snapshot = config.snapshot): Corpus | null {
  const file = snapshot && path.join(snapshot, 'corpus.json');
  if (!file || !fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  if (data.dir !== dir) return null;
  return {
    dir: data.dir,
    registry: data.registry,
    editions: new Map(data.editions.map((r) => [r.key, revive(r)])),
    documents: new Map(data.documents.map((r) => [r.key, revive(r)])),
    // A snapshot is written only for a corpus without problems.
    broken: [],
  };
}

/** A version's rendered text: kept with the version when the corpus was read here, rendered on request by the dev server, else from the build's snapshot. */
export function versionHtml(rec: CorpusRecord, version: CorpusVersion, snapshot = config.snapshot): string {
  if (version.html !== undefined) return version.html;
  const live = liveCorpus(config.contentDir);
  if (live) return live.versionHtml(version);
  if (!snapshot)
    throw new Error(`${version.file}: not rendered (no snapshot and no HTML: was the corpus read without rendering?)`);
  return fs.readFileSync(htmlFile(snapshot, rec.key, version.lang, version.rev?.n), 'utf8');
}
