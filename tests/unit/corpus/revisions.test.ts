import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { addLatestLinks } from '../../../src/utils/latest-links.ts';
import { clausesOnlyInEarlier, currentRevision, revisionHistory } from '../../../src/utils/revisions.ts';
import { edit, FIXTURE, mutatedFixture } from './fixture-copy.ts';

const NOTE = 'documents/2030/partial-note';

/** Problems as an editor reads them, the mutated copy's folder written `<corpus>`. */
function problemsAfter(mutate: (dir: string) => void): string[] {
  const dir = mutatedFixture(mutate);
  const { problems } = inspectCorpus(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return problems.map(formatProblem).map((m) => m.split(dir).join('<corpus>'));
}

describe('revisions in the content model', () => {
  const { corpus, problems } = inspectCorpus(FIXTURE);
  const note = corpus.documents.get('2030/partial-note')!;
  const en = note.versions.get('en')!;
  const fr = note.versions.get('fr')!;

  it('reads each earlier revision of a version from revisions/<lang>/<n>.mdx, with its date and note', () => {
    expect(problems).toEqual([]);
    expect(revisionHistory(note, en)).toEqual([
      { n: 1, date: '2030-09-12', note: 'First published (fixture).', current: false },
      { n: 2, date: '2030-10-05', note: 'The paragraph about lanternfish is removed (fixture).', current: false },
      {
        n: 3,
        date: '2030-11-02',
        note: "Paragraph 2 names the edition's first paragraph as the reference (fixture).",
        current: true,
      },
    ]);
    expect(en.revisions?.[0]?.clauses.map((c) => c.eId)).toEqual(['para_1', 'para_2', 'para_3', 'para_5']);
  });

  it("gives a translation its own revision (1 unless it says otherwise), apart from the original's", () => {
    expect(currentRevision(note, fr)).toEqual({ n: 1, date: undefined, note: undefined, current: true });
    expect(currentRevision(note, en).n).toBe(3);
  });

  it('names the clauses of the original that changed since the revision a translation was made from', () => {
    // fr is basedOn 2; between revision 2 and 3 only paragraph 2's wording changed.
    expect(fr.changedSince).toEqual([{ eId: 'para_2', change: 'changed' }]);
    const cov = coverageOf(note).find((e) => e.lang === 'fr');
    expect(cov).toMatchObject({
      state: 'stale',
      basedOn: 2,
      revision: 3,
      changedSince: [{ eId: 'para_2', change: 'changed' }],
    });
  });

  it('names added and removed clauses too, by clause id', () => {
    const dir = mutatedFixture((d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 1')));
    const fr1 = inspectCorpus(dir).corpus.documents.get('2030/partial-note')!.versions.get('fr')!;
    fs.rmSync(dir, { recursive: true, force: true });
    expect(fr1.changedSince).toEqual([
      { eId: 'para_2', change: 'changed' },
      { eId: 'para_5', change: 'removed' },
    ]);
  });

  it('knows the last revision a clause gone from the latest stood in', () => {
    expect([...clausesOnlyInEarlier(en)]).toEqual([['para_5', 1]]);
  });
});

describe('bad revisions fail with the file, the field and the fix', () => {
  it('clause ids that collide in a revision file', () => {
    const msgs = problemsAfter((d) =>
      edit(d, `${NOTE}/revisions/en/2.mdx`, (t) => t.replace('\n3. Its third', '\n2. Its third')),
    );
    expect(
      msgs.some((m) => m.startsWith('<corpus>/documents/2030/partial-note/revisions/en/2.mdx:10 — clause id:')),
    ).toBe(true);
  });

  it('a gap in the revisions (2 without 1)', () => {
    expect(problemsAfter((d) => fs.rmSync(path.join(d, NOTE, 'revisions/en/1.mdx')))).toContain(
      "<corpus>/documents/2030/partial-note/revisions/en/ — revision: revision 1 missing: the earlier revisions of en run from 1.mdx to 2.mdx without a gap (current: 3, <corpus>/documents/2030/partial-note/meta.yaml `revision`); add 1.mdx from the repository's history, or renumber the files",
    );
  });

  it('a revision file numbered as the current revision or later', () => {
    expect(
      problemsAfter((d) =>
        fs.copyFileSync(path.join(d, NOTE, 'revisions/en/2.mdx'), path.join(d, NOTE, 'revisions/en/3.mdx')),
      ),
    ).toContain(
      '<corpus>/documents/2030/partial-note/revisions/en/3.mdx — revision: revision 3 is not earlier than the current revision 3 (<corpus>/documents/2030/partial-note/meta.yaml `revision`): the current text is en.mdx, so rename this file to the earlier revision it is, or raise the current revision above 3',
    );
  });

  it('basedOn pointing to a revision of the original that does not exist', () => {
    expect(problemsAfter((d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 4')))).toContain(
      "<corpus>/documents/2030/partial-note/fr.mdx — basedOn: basedOn 4 is later than the original's revision 3 (meta.yaml `revision`): lower basedOn to a revision of the original that exists (1 to 3), or raise revision",
    );
  });

  it("a translation's earlier revision that does not say what it was made from", () => {
    expect(
      problemsAfter((d) => {
        fs.mkdirSync(path.join(d, NOTE, 'revisions/fr'));
        fs.writeFileSync(path.join(d, NOTE, 'revisions/fr/1.mdx'), '---\ndate: 2030-09-12\nnote: First.\n---\n');
        edit(d, `${NOTE}/fr.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 2\nrevision: 2'));
      }),
    ).toContain(
      "<corpus>/documents/2030/partial-note/revisions/fr/1.mdx — basedOn: a translation's earlier revision says which revision of the original it was made from: add `basedOn: <n>` (the basedOn fr.mdx had then)",
    );
  });

  it('a revision file without its date or note, and an original that keeps its own revision', () => {
    const msgs = problemsAfter((d) => {
      edit(d, `${NOTE}/revisions/en/1.mdx`, (t) => t.replace('date: 2030-09-12\n', ''));
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('basedOn: 3', 'basedOn: 3\nrevision: 3'));
    });
    expect(msgs).toContain(
      '<corpus>/documents/2030/partial-note/revisions/en/1.mdx — date: a date is required: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-09-20)',
    );
    expect(msgs).toContain(
      "<corpus>/documents/2030/partial-note/en.mdx — revision: the original's revision is the work's: move `revision` to <corpus>/documents/2030/partial-note/meta.yaml (a translation only has its own)",
    );
  });

  it('a revision file with a wrong name, and revisions of a language that has no version', () => {
    const msgs = problemsAfter((d) => {
      fs.writeFileSync(path.join(d, NOTE, 'revisions/en/first.mdx'), '');
      fs.mkdirSync(path.join(d, NOTE, 'revisions/zh'));
      fs.copyFileSync(path.join(d, NOTE, 'revisions/en/1.mdx'), path.join(d, NOTE, 'revisions/zh/1.mdx'));
    });
    expect(msgs).toContain(
      '<corpus>/documents/2030/partial-note/revisions/en/first.mdx: unexpected file: an earlier revision is named by its number (1.mdx, 2.mdx, …); rename or move it',
    );
    expect(msgs).toContain(
      '<corpus>/documents/2030/partial-note/revisions/zh: earlier revisions of zh.mdx, which does not exist: add zh.mdx (the current revision) or remove this folder',
    );
  });

  it('a registered revision whose file is gone, and a clause gone from every revision', () => {
    const msgs = problemsAfter((d) => {
      fs.rmSync(path.join(d, NOTE, 'revisions'), { recursive: true });
      edit(d, `${NOTE}/meta.yaml`, (t) => t.replace('revision: 3', 'revision: 1'));
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('basedOn: 3', 'basedOn: 1'));
      edit(d, `${NOTE}/fr.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 1'));
    });
    expect(msgs).toContain(
      '<corpus>/registry.yaml — documents."2030/partial-note".revisions.en: revision 2 of the en version was published (/en/2030/partial-note/rev/2/) but its text is gone: restore revisions/en/2.mdx in the record\'s folder from the repository\'s history',
    );
    expect(
      msgs.some((m) => m.includes('clause para_5 of "2030/partial-note" was published but no longer exists')),
    ).toBe(true);
  });
});

describe('earlier revisions on their point-in-time pages', () => {
  it('link each clause still in the latest revision to it there, after its number', () => {
    const html =
      '<ol>\n<li id="para_1" class="clause" data-pagefind-title="Paragraph 1">\n<p><a href="#para_1" aria-label="1. Permanent link">1.</a> One.</p>\n</li>\n<li id="para_5" class="clause" data-pagefind-title="Paragraph 5">\n<p><a href="#para_5">5.</a> Five.</p>\n</li>\n</ol>';
    const out = addLatestLinks(html, (eId) =>
      eId === 'para_1'
        ? { href: `/en/2030/x/#${eId}`, text: 'In the latest revision', label: 'Paragraph 1 "now"' }
        : undefined,
    );
    expect(out).toContain(
      '<a href="#para_1" aria-label="1. Permanent link">1.</a> <a class="in-latest" href="/en/2030/x/#para_1" aria-label="Paragraph 1 &quot;now&quot;">In the latest revision</a> One.',
    );
    expect(out).toContain('<a href="#para_5">5.</a> Five.');
  });
});

describe('the backfill of the corrections of issue 13 (tracker #10)', () => {
  // 1141cbd raised the revisions; its parent holds the wording the archive published before.
  const BEFORE = '1141cbd^';
  const files = execFileSync('git', ['ls-files', 'content/'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\/revisions\/[a-z]+\/1\.mdx$/.test(f));
  const body = (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, '');

  it('publishes the earlier wording of every corrected record', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    const { corpus } = inspectCorpus('content');
    for (const rec of [...corpus.editions.values(), ...corpus.documents.values()])
      expect(rec.versions.get(rec.meta.original)?.revisions?.length, rec.key).toBe(rec.meta.revision - 1);
  });

  it.each([0, 1])('keeps each revision 1 as the repository had it before the corrections (%#)', (half) => {
    for (const file of files.filter((_, i) => i % 2 === half)) {
      const current = file.replace(/\/revisions\/([a-z]+)\/1\.mdx$/, '/$1.mdx');
      const old = execFileSync('git', ['show', `${BEFORE}:${current}`], { encoding: 'utf8' });
      expect(body(fs.readFileSync(file, 'utf8')), file).toBe(body(old));
    }
  });
});
