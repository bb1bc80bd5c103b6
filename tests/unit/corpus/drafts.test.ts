import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftsReport, withoutDrafts } from '../../../src/corpus/drafts.ts';
import { formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { writeScaffold } from '../../../src/editor/new.ts';
import { unregistered } from '../../../src/registry/index.ts';
import { edit, mutatedFixture } from './fixture-copy.ts';

const problemsOf = (dir: string) =>
  inspectCorpus(dir)
    .problems.map(formatProblem)
    .map((m) => m.split(dir).join('<corpus>'));

/** The fixture with a draft document 2030/new-text (as npm run new writes it) and a draft edition 2031. */
const withDrafts = (more: (dir: string) => void = () => {}) =>
  mutatedFixture((d) => {
    writeScaffold(d, { edition: '2030', slug: 'new-text', kind: 'report', lang: 'en' });
    writeScaffold(d, { edition: '2031', lang: 'en' });
    more(d);
  });
const draft = (d: string, rel: string) => edit(d, rel, (t) => `draft: true\n${t}`);

describe("the production build's corpus", () => {
  it('leaves every draft out, and names them', () => {
    const dir = withDrafts();
    const { corpus, problems } = inspectCorpus(dir);
    expect(problems).toEqual([]);
    const published = withoutDrafts(corpus);
    expect(published.drafts).toEqual(['2031', '2030/new-text']);
    expect([...published.corpus.documents.keys()]).toEqual([
      '2030/amended-convention',
      '2030/model-convention',
      '2030/partial-note',
    ]);
    expect([...published.corpus.editions.keys()]).toEqual(['2030']);
    // The corpus read is left as it was: the preview keeps its drafts.
    expect(corpus.documents.has('2030/new-text')).toBe(true);
    expect(draftsReport(published.drafts)).toBe(
      'Left out 2 drafts (draft: true in meta.yaml; shown by npm run dev only): 2031, 2030/new-text',
    );
  });

  it('is the whole corpus when there is no draft, and the build says nothing', () => {
    const { corpus } = inspectCorpus(mutatedFixture(() => {}));
    const published = withoutDrafts(corpus);
    expect(published.drafts).toEqual([]);
    expect([...published.corpus.documents.keys()]).toEqual([...corpus.documents.keys()]);
    expect(draftsReport([])).toBeUndefined();
  });
});

describe("the build's content step (src/build/prepare.ts)", () => {
  it('hands Astro and the search index no draft, and says which it left out', () => {
    const dir = withDrafts();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-prepare-'));
    const r = spawnSync(
      process.execPath,
      ['src/build/prepare.ts', dir, path.join(out, 'snapshot'), path.join(out, 'result.json')],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Left out 2 drafts (draft: true in meta.yaml; shown by npm run dev only): 2031, 2030/new-text',
    );
    const snapshot = fs.readFileSync(path.join(out, 'snapshot', 'corpus.json'), 'utf8');
    const result = fs.readFileSync(path.join(out, 'result.json'), 'utf8');
    expect(snapshot).toContain('2030/model-convention');
    for (const text of [snapshot, result]) {
      expect(text).not.toContain('new-text');
      expect(text).not.toContain('TODO:');
    }
  });
});

describe('a published record that depends on a draft', () => {
  it('is refused when its text refers to a draft, with the line and the fix', () => {
    const dir = withDrafts((d) =>
      edit(d, 'documents/2030/partial-note/en.mdx', (t) =>
        t.replace(
          'a word no other fixture uses.',
          'a word no other fixture uses; see <Ref to="2030/new-text#para_1" />.',
        ),
      ),
    );
    expect(problemsOf(dir)).toEqual([
      '<corpus>/documents/2030/partial-note/en.mdx:11 — <Ref>: "2030/new-text" is a draft, which is never published, so this link would lead nowhere: remove `draft: true` from its meta.yaml once it is finished, or remove the reference',
    ]);
  });

  it('is refused when it continues a draft', () => {
    const dir = withDrafts((d) =>
      edit(d, 'documents/2030/partial-note/meta.yaml', (t) =>
        t.replace('continues: 2030/model-convention', 'continues: 2030/new-text'),
      ),
    );
    expect(problemsOf(dir)).toEqual([
      '<corpus>/documents/2030/partial-note/meta.yaml — continues: "2030/new-text" is a draft, which is never published: remove `draft: true` from its meta.yaml once it is finished',
    ]);
  });

  it('is refused when it is a document of a draft edition', () => {
    const dir = withDrafts((d) => {
      fs.mkdirSync(path.join(d, 'documents/2031'));
      fs.cpSync(path.join(d, 'documents/2030/new-text'), path.join(d, 'documents/2031/other'), { recursive: true });
      edit(d, 'documents/2031/other/meta.yaml', (t) =>
        t
          .replace(/^draft: true\n/m, '')
          .replace('"TODO: status"', 'announced')
          .replace('"TODO: date"', '2031')
          .replace('"TODO: text"', 'editorial-record')
          .replace('"TODO: the source\'s title as printed"', 'A source')
          .replace('id: todo-source', 'id: a-source'),
      );
      fs.writeFileSync(
        path.join(d, 'documents/2031/other/en.mdx'),
        '---\ntitle: Other\nversion: original\nbasedOn: 1\n---\n\n1. Text.<Src id="a-source" />\n',
      );
    });
    expect(problemsOf(dir)).toEqual([
      '<corpus>/documents/2031/other/meta.yaml: edition 2031 is a draft, which is never published: publish the edition (remove `draft: true` from its meta.yaml once it is finished), or mark this document `draft: true` too',
    ]);
  });

  it('is fine when the referring text is a draft too', () => {
    const dir = withDrafts((d) =>
      edit(d, 'documents/2030/new-text/en.mdx', (t) => t.replace('then cite its source.', 'see <Ref to="2031" />.')),
    );
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('drafts and the registry', () => {
  it('registers no draft: npm run registry:add leaves them for later', () => {
    const { corpus } = inspectCorpus(withDrafts());
    expect(unregistered(corpus, corpus.registry)).toEqual([]);
  });

  it('registers the record once `draft` is gone', () => {
    const { corpus } = inspectCorpus(withDrafts());
    const rec = corpus.documents.get('2030/new-text');
    if (rec) corpus.documents.set(rec.key, { ...rec, meta: { ...rec.meta, draft: undefined } });
    expect(unregistered(corpus, corpus.registry)).toEqual([{ key: '2030/new-text', clauses: ['para_1'] }]);
  });

  it('refuses to make a published (registered) record a draft again: the build would drop its URLs', () => {
    const dir = withDrafts((d) => draft(d, 'documents/2030/model-convention/meta.yaml'));
    expect(problemsOf(dir)).toContain(
      '<corpus>/documents/2030/model-convention/meta.yaml — draft: "2030/model-convention" was published (<corpus>/registry.yaml lists it), so it cannot go back to being a draft: remove `draft: true`',
    );
  });
});

describe('a draft whose `text` is still a placeholder', () => {
  it('is not held to the editorial-record rule yet (an imported official text would show a wall of it), and is once `text` is set', () => {
    const uncited = (d: string) =>
      edit(d, 'documents/2030/new-text/en.mdx', (t) => `${t}\n2. A second paragraph that cites nothing.\n`);
    const cites = /cites its source/;
    expect(problemsOf(withDrafts(uncited)).filter((p) => cites.test(p))).toEqual([]);
    const chosen = withDrafts((d) => {
      uncited(d);
      edit(d, 'documents/2030/new-text/meta.yaml', (t) => t.replace('"TODO: text"', 'editorial-record'));
    });
    expect(problemsOf(chosen).filter((p) => cites.test(p))).toEqual([
      expect.stringMatching(/new-text\/en\.mdx:\d+ — para_2: every paragraph of an editorial record cites its source/),
    ]);
  });
});
