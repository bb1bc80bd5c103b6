import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentError, type Corpus } from '../../../src/corpus/index.ts';
import { LiveCorpus } from '../../../src/corpus/live.ts';
import { edit, mutatedFixture } from './fixture-copy.ts';

/**
 * The dev server's corpus (src/corpus/live.ts): a saved file shows on the next request, with
 * the same checks as a build, re-reading only the folder that changed.
 */
const NOTE = 'documents/2030/partial-note';
const CONVENTION = 'documents/2030/model-convention';

function save(live: LiveCorpus, dir: string, rel: string, change: (text: string) => string) {
  edit(dir, rel, change);
  live.touch(path.join(dir, rel));
}
const textOf = (live: LiveCorpus, corpus: Corpus, key: string, lang: 'en' | 'fr') => {
  const rec = corpus.documents.get(key);
  const v = rec?.versions.get(lang);
  if (!v) throw new Error(`${key}/${lang} missing`);
  return live.versionHtml(v);
};
const problemsOf = (live: LiveCorpus) => {
  try {
    live.current();
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
};

describe('the dev server’s live corpus', () => {
  it('shows an edited text on the next request, and renders it with the build’s plugins', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    expect(textOf(live, live.current(), '2030/partial-note', 'en')).toContain('zebrafish');
    save(live, dir, `${NOTE}/en.mdx`, (t) => t.replace('zebrafish', 'axolotl'));
    const html = textOf(live, live.current(), '2030/partial-note', 'en');
    expect(html).toContain('axolotl');
    expect(html).not.toContain('zebrafish');
    // Still the build's rendering: clause ids and resolved references.
    expect(html).toMatch(/id="para_3"/);
    expect(html).toContain('href="/en/2030/model-convention/#art_1"');
  });

  it('re-reads an earlier revision saved in revisions/<lang>/, and renders it with the build’s plugins', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    const first = () => live.current().documents.get('2030/partial-note')?.versions.get('en')?.revisions?.[0];
    expect(live.versionHtml(first()!)).toContain('lanternfish');
    save(live, dir, `${NOTE}/revisions/en/1.mdx`, (t) => t.replace('lanternfish', 'hatchetfish'));
    const html = live.versionHtml(first()!);
    expect(html).toContain('hatchetfish');
    expect(html).toMatch(/id="para_5"/);
    // A gap saved in the folder is reported as the build reports it.
    fs.rmSync(path.join(dir, NOTE, 'revisions/en/1.mdx'));
    live.touch(path.join(dir, NOTE, 'revisions/en/1.mdx'));
    expect(
      problemsOf(live)
        .map((p) => p.message)
        .join('\n'),
    ).toContain('revision 1 missing');
  });

  it('re-renders a text that refers to a record whose title changed', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    expect(textOf(live, live.current(), '2030/partial-note', 'en')).toContain('Model Convention (fixture)');
    save(live, dir, `${CONVENTION}/en.mdx`, (t) => t.replace('Model Convention (fixture)', 'Renamed Convention'));
    expect(textOf(live, live.current(), '2030/partial-note', 'en')).toContain('Renamed Convention');
  });

  it('reports a broken reference with file and line, and forgets it once fixed', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    const original = fs.readFileSync(path.join(dir, NOTE, 'en.mdx'), 'utf8');
    save(live, dir, `${NOTE}/en.mdx`, (t) => t.replace('2030/model-convention#art_1', '2030/no-such-text'));
    const problems = problemsOf(live);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/partial-note\/en\.mdx$/), line: 9 });
    expect(problems[0]?.message).toMatch(/unknown document "2030\/no-such-text"/);
    save(live, dir, `${NOTE}/en.mdx`, () => original);
    expect(problemsOf(live)).toEqual([]);
  });

  it('takes in an added text and drops a removed one', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    fs.cpSync(path.join(dir, NOTE), path.join(dir, 'documents/2030/second-note'), { recursive: true });
    live.touch(path.join(dir, 'documents/2030/second-note/en.mdx'));
    expect(live.current().documents.has('2030/second-note')).toBe(true);
    fs.rmSync(path.join(dir, NOTE, 'fr.mdx'));
    live.touch(path.join(dir, NOTE, 'fr.mdx'));
    expect([...(live.current().documents.get('2030/partial-note')?.versions.keys() ?? [])]).toEqual(['en']);
    fs.rmSync(path.join(dir, 'documents/2030/second-note'), { recursive: true });
    live.touch(path.join(dir, 'documents/2030/second-note'));
    expect(live.current().documents.has('2030/second-note')).toBe(false);
  });

  it('runs the build’s other checks too: a misnamed folder, a broken meta.yaml, the registry', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    fs.mkdirSync(path.join(dir, 'documents/2030/Bad_Name'));
    live.touch(path.join(dir, 'documents/2030/Bad_Name'));
    expect(problemsOf(live).map((p) => p.message)).toEqual([expect.stringMatching(/lowercase ASCII slug/)]);
    fs.rmSync(path.join(dir, 'documents/2030/Bad_Name'), { recursive: true });
    save(live, dir, `${NOTE}/meta.yaml`, (t) => t.replace(/^kind: .*$/m, 'kind: poem'));
    expect(problemsOf(live)).toEqual([expect.objectContaining({ field: 'kind' })]);
    save(live, dir, `${NOTE}/meta.yaml`, (t) => t.replace('kind: poem', 'kind: statement'));
    // Removing a published document without a registry entry saying where it went breaks its URLs.
    fs.rmSync(path.join(dir, CONVENTION), { recursive: true });
    live.touch(path.join(dir, CONVENTION, 'en.mdx'));
    expect(problemsOf(live).some((p) => p.file.endsWith('registry.yaml'))).toBe(true);
  });

  it('reads nothing but the folder that changed', () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    const before = live.current();
    // A file changed behind the watcher's back (never touched): it is not read again, so its new fault is not seen.
    edit(dir, `${CONVENTION}/fr.mdx`, (t) => t.replace(/^title: .*$/m, 'title: ""'));
    save(live, dir, `${NOTE}/en.mdx`, (t) => t.replace('zebrafish', 'axolotl'));
    const after = live.current();
    expect(after.documents.get('2030/model-convention')).toBe(before.documents.get('2030/model-convention'));
    expect(after.documents.get('2030/partial-note')).not.toBe(before.documents.get('2030/partial-note'));
    // Touched, it is read, and the fault is reported.
    live.touch(path.join(dir, CONVENTION, 'fr.mdx'));
    expect(problemsOf(live)).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('watches the folder itself: every save is read, the third to one file as the first', async () => {
    const dir = mutatedFixture(() => {});
    const live = new LiveCorpus(dir);
    live.watch();
    try {
      const file = path.join(dir, NOTE, 'en.mdx');
      const good = fs.readFileSync(file, 'utf8');
      const bad = good.replace('2030/model-convention#art_1', '2030/no-such-text');
      for (const [text, problems] of [
        [bad, 1],
        [good, 0],
        [bad, 1],
        [good, 0],
      ] as const) {
        fs.writeFileSync(file, text);
        await vi.waitFor(() => expect(live.currentProblems()).toHaveLength(problems), { timeout: 5000 });
      }
    } finally {
      live.unwatch();
    }
  });
});
