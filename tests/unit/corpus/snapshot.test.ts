import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRecords, inspectCorpus } from '../../../src/corpus/index.ts';
import { readSnapshot, versionHtml, writeSnapshot } from '../../../src/corpus/snapshot.ts';
import { FIXTURE } from './fixture-copy.ts';

/**
 * The snapshot hands the checked corpus from the build's content step to Astro's pages
 * (src/corpus/snapshot.ts). What the pages read back must be what the content step had.
 */
function roundTrip(dir: string) {
  const { corpus, problems } = inspectCorpus(dir);
  expect(problems).toEqual([]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-snapshot-'));
  writeSnapshot(corpus, folder);
  const back = readSnapshot(corpus.dir, folder);
  return { corpus, back, folder };
}

type Version = NonNullable<ReturnType<ReturnType<typeof allRecords>[number]['versions']['get']>>;
/** A version as pages read it: no HTML, no clause texts, its earlier revisions likewise. */
const leanVersion = ({ html: _, revisions, ...v }: Version): unknown => ({
  ...v,
  clauses: v.clauses.map(({ text: __, ...clause }) => clause),
  ...(revisions ? { revisions: revisions.map(leanVersion) } : {}),
});

describe('the snapshot, written then read', () => {
  it.each([
    ['the fixture corpus', FIXTURE],
    ['the shipped corpus', 'content'],
  ])('gives back every text of %s, rendered HTML included', (_name, dir) => {
    const { corpus, back, folder } = roundTrip(dir);
    expect(back).not.toBeNull();
    // Earlier revisions (revisions/<lang>/<n>.mdx) included: each has its own file in the snapshot.
    const texts = (c: typeof corpus) =>
      allRecords(c).flatMap((r) =>
        [...r.versions.values()]
          .flatMap((v) => [v, ...(v.revisions ?? [])])
          .map((v) => ({ key: r.key, lang: v.lang, rev: v.rev?.n, html: versionHtml(r, v, folder) })),
      );
    expect(texts(back!)).toEqual(texts(corpus));
    // Read from the snapshot's files, not carried over in memory.
    expect(allRecords(back!).every((r) => [...r.versions.values()].every((v) => v.html === undefined))).toBe(true);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('gives back records, versions, clauses and the registry as pages use them, without the clause texts only search reads', () => {
    const { corpus, back, folder } = roundTrip(FIXTURE);
    const lean = (c: typeof corpus) => ({
      registry: c.registry,
      records: allRecords(c).map((r) => ({
        ...r,
        versions: [...r.versions.entries()].map(([lang, version]) => [lang, leanVersion(version)]),
      })),
    });
    expect(lean(back!)).toEqual(lean(corpus));
    expect([...back!.editions.keys()]).toEqual([...corpus.editions.keys()]);
    expect([...back!.documents.keys()]).toEqual([...corpus.documents.keys()]);
    expect(
      allRecords(back!).some((r) => [...r.versions.values()].some((v) => v.clauses.some((c) => c.text !== undefined))),
    ).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is not used for another content folder', () => {
    const { folder } = roundTrip(FIXTURE);
    expect(readSnapshot(path.resolve('content'))).toBeNull();
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
