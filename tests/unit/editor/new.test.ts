import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { type NewRequest, parseNewArgs, writeScaffold } from '../../../src/editor/new.ts';
import { isUntouchedScaffold } from '../../../src/editor/scaffold.ts';
import { EditionSchema, WorkSchema } from '../../../src/schemas/index.ts';
import { edit, mutatedFixture } from '../corpus/fixture-copy.ts';

/** Problems as an editor reads them, the copy's folder written `<corpus>`. */
const problemsOf = (dir: string) =>
  inspectCorpus(dir)
    .problems.map(formatProblem)
    .map((m) => m.split(dir).join('<corpus>'));

/** A copy of the fixture corpus with `args` run through `npm run new`'s parser and writer. */
function scaffolded(...args: string[]): { dir: string; req: NewRequest; written: string[] } {
  const req = parseNewArgs(args);
  if (req === 'help' || 'error' in req) throw new Error(`bad test arguments: ${JSON.stringify(req)}`);
  let written: string[] = [];
  const dir = mutatedFixture((d) => {
    const r = writeScaffold(d, req);
    if ('error' in r) throw new Error(r.error);
    written = r.written;
  });
  return { dir, req, written };
}

const DOC = 'documents/2030/new-text';
const undraft = (dir: string, rel: string) => edit(dir, rel, (t) => t.replace(/^draft: true\n/m, ''));
const placeholder = (file: string, field: string, value: string) =>
  `<corpus>/${file} — ${field}: still holds the placeholder "${value}" written by npm run new: replace it with what the sources give (docs/content.md), or keep \`draft: true\` while the record is being written (a draft is never published)`;

/** Field names written in meta.yaml, as keys or commented out (`# key:`), at the top level. */
const fieldsIn = (yaml: string) => new Set([...yaml.matchAll(/^(?:# )?([a-zA-Z]+):/gm)].map((m) => m[1]));
const shape = (schema: unknown) => Object.keys((schema as { out: { shape: object } }).out.shape);

describe('npm run new, a document', () => {
  it('writes a draft meta.yaml and original text that pass the content check', () => {
    const { dir, written } = scaffolded('2030/new-text', '--kind', 'report');
    expect(written.map((f) => path.relative(dir, f))).toEqual([`${DOC}/meta.yaml`, `${DOC}/en.mdx`]);
    expect(problemsOf(dir)).toEqual([]);
    const rec = inspectCorpus(dir).corpus.documents.get('2030/new-text');
    expect(rec?.meta).toMatchObject({ kind: 'report', original: 'en', revision: 1, draft: true });
    expect(rec?.versions.get('en')?.clauses.map((c) => c.eId)).toEqual(['para_1']);
  });

  it('writes every field of the work schema, optional ones commented out, each explained', () => {
    const { dir } = scaffolded('2030/new-text', '--kind', 'report');
    const yaml = fs.readFileSync(path.join(dir, DOC, 'meta.yaml'), 'utf8');
    expect([...fieldsIn(yaml)].sort()).toEqual(expect.arrayContaining(shape(WorkSchema).sort()));
    for (const line of yaml.split('\n').filter((l) => /^[a-z]+:/.test(l) && !l.startsWith('sources:')))
      expect(yaml.slice(yaml.indexOf(line)).split('\n').slice(0, 2).join('\n')).toMatch(/#/);
  });

  it('is refused once `draft` is removed while the placeholders are still there, field by field', () => {
    const { dir } = scaffolded('2030/new-text', '--kind', 'report');
    undraft(dir, `${DOC}/meta.yaml`);
    expect(problemsOf(dir)).toEqual([
      placeholder(`${DOC}/meta.yaml`, 'status', 'TODO: status'),
      placeholder(`${DOC}/meta.yaml`, 'date', 'TODO: date'),
      placeholder(`${DOC}/meta.yaml`, 'text', 'TODO: text'),
      placeholder(`${DOC}/meta.yaml`, 'sources.0.id', 'todo-source'),
      placeholder(`${DOC}/meta.yaml`, 'sources.0.title', "TODO: the source's title as printed"),
    ]);
  });

  it("is refused when the facts are filled in but the text keeps the scaffold's title or paragraph", () => {
    const { dir } = scaffolded('2030/new-text', '--kind', 'report');
    undraft(dir, `${DOC}/meta.yaml`);
    edit(dir, `${DOC}/meta.yaml`, (t) =>
      t
        .replace('"TODO: status"', 'announced')
        .replace('"TODO: date"', '2030-09')
        .replace('"TODO: text"', 'editorial-record')
        .replace('"TODO: the source\'s title as printed"', 'A source'),
    );
    edit(dir, `${DOC}/en.mdx`, (t) => t.replaceAll('todo-source', 'fixture-source'));
    edit(dir, `${DOC}/meta.yaml`, (t) => t.replace('id: todo-source', 'id: fixture-source'));
    const text = (v: string) =>
      `still holds the placeholder "${v}" written by npm run new: write the text, or keep \`draft: true\` in meta.yaml while it is being written (a draft is never published)`;
    expect(problemsOf(dir)).toEqual([
      `<corpus>/${DOC}/en.mdx — title: ${text('TODO: title in this language')}`,
      `<corpus>/${DOC}/en.mdx:12 — para_1: ${text('TODO: …')}`,
    ]);
  });

  it('writes the original in the language given with --lang', () => {
    const { dir, written } = scaffolded('2030/new-text', '--kind', 'initiative', '--lang', 'zh');
    expect(written.map((f) => path.basename(f))).toEqual(['meta.yaml', 'zh.mdx']);
    expect(inspectCorpus(dir).corpus.documents.get('2030/new-text')?.meta.original).toBe('zh');
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('npm run new, an edition', () => {
  it('writes a draft edition record with every field of the edition schema, and a text with theme and place', () => {
    const { dir, written } = scaffolded('2031', '--lang', 'fr');
    expect(written.map((f) => path.relative(dir, f))).toEqual(['editions/2031/meta.yaml', 'editions/2031/fr.mdx']);
    expect(problemsOf(dir)).toEqual([]);
    const yaml = fs.readFileSync(path.join(dir, 'editions/2031/meta.yaml'), 'utf8');
    expect([...fieldsIn(yaml)]).toEqual(expect.arrayContaining(shape(EditionSchema)));
    const rec = inspectCorpus(dir).corpus.editions.get('2031');
    expect(rec?.meta).toMatchObject({ original: 'fr', draft: true });
    expect(rec?.versions.get('fr')?.data).toMatchObject({ version: 'original', basedOn: 1 });
    expect(Object.keys(rec?.versions.get('fr')?.data ?? {})).toEqual(
      expect.arrayContaining(['title', 'theme', 'place']),
    );
  });

  it('is refused once `draft` is removed while the placeholders are still there', () => {
    const { dir } = scaffolded('2031');
    undraft(dir, 'editions/2031/meta.yaml');
    expect(problemsOf(dir)).toContain(placeholder('editions/2031/meta.yaml', 'city', 'TODO: host city'));
  });
});

describe('the stub npm run new writes', () => {
  it('is an untouched scaffold until the editor changes it', () => {
    const { dir } = scaffolded('2030/new-text', '--kind', 'report');
    const file = path.join(dir, DOC, 'en.mdx');
    expect(isUntouchedScaffold(fs.readFileSync(file, 'utf8'))).toBe(true);
    edit(dir, `${DOC}/en.mdx`, (t) => t.replace('TODO: write the first', 'Write the first'));
    expect(isUntouchedScaffold(fs.readFileSync(file, 'utf8'))).toBe(false);
  });
});

describe('npm run new refuses', () => {
  it('to overwrite a record that exists, and writes nothing', () => {
    const dir = mutatedFixture(() => {});
    const meta = path.join(dir, 'documents/2030/model-convention/meta.yaml');
    const before = fs.readFileSync(meta, 'utf8');
    const r = writeScaffold(dir, { edition: '2030', slug: 'model-convention', kind: 'report', lang: 'en' });
    expect(r).toEqual({
      error: `${meta} and ${path.join(dir, 'documents/2030/model-convention/en.mdx')} already exist; nothing was written: edit the existing record, or choose another slug`,
    });
    expect(fs.readFileSync(meta, 'utf8')).toBe(before);
  });

  it('to write a meta.yaml beside a text that exists (nothing is written)', () => {
    const dir = mutatedFixture((d) => {
      fs.mkdirSync(path.join(d, DOC), { recursive: true });
      fs.writeFileSync(path.join(d, DOC, 'en.mdx'), 'mine');
    });
    expect(writeScaffold(dir, { edition: '2030', slug: 'new-text', kind: 'report', lang: 'en' })).toEqual({
      error: `${path.join(dir, DOC, 'en.mdx')} already exists; nothing was written: edit the existing record, or choose another slug`,
    });
    expect(fs.readdirSync(path.join(dir, DOC))).toEqual(['en.mdx']);
    expect(fs.readFileSync(path.join(dir, DOC, 'en.mdx'), 'utf8')).toBe('mine');
  });

  it.each([
    [[], 'say what to start: npm run new -- <edition>/<slug> --kind <kind>, or npm run new -- <edition>'],
    [
      ['2030/x', '2031'],
      'one record at a time: got 2030/x 2031; write <edition>/<slug> or <edition>, and the options after npm run new -- (without the --, npm takes --kind and --lang for itself)',
    ],
    [
      ['30/x', '--kind', 'report'],
      '"30/x" is not <edition>/<slug> or <edition>: the edition is a year (for example 2025/data-security-consensus)',
    ],
    [
      ['2030/x/y', '--kind', 'report'],
      '"2030/x/y" is not <edition>/<slug> or <edition>: the edition is a year (for example 2025/data-security-consensus)',
    ],
    [
      ['2030/New_Text', '--kind', 'report'],
      '"New_Text" is not a slug: use lowercase ASCII letters, digits and single hyphens (for example data-security-consensus)',
    ],
    [
      ['2030/x'],
      'say what kind of document it is: add --kind <kind> after npm run new --, one of concept-paper, initiative, consensus, report, statement, declaration, commitments, other',
    ],
    [
      ['2030/x', '--kind', 'treaty'],
      '--kind treaty is not a kind: use one of concept-paper, initiative, consensus, report, statement, declaration, commitments, other',
    ],
    [['2030/x', '--kind'], '--kind needs a value: write --kind <kind>'],
    [
      ['2030/x', '--kind', 'report', '--lang', 'de'],
      '--lang de is not a language of the archive: use one of en, zh, fr, ru, es, ar',
    ],
    [
      ['2031', '--kind', 'report'],
      'an edition has no kind: leave out --kind report, or start a document with 2031/<slug>',
    ],
    [
      ['2030/x', '--kind', 'report', '--force'],
      'unknown option --force: the options are --kind and --lang (npm run new -- --help)',
    ],
  ])('bad arguments %j with one line saying what to do', (args, error) => {
    expect(parseNewArgs(args)).toEqual({ error });
  });

  it('accepts --kind=… and --lang=…, and defaults the language to English', () => {
    expect(parseNewArgs(['2030/x', '--kind=report', '--lang=ar'])).toEqual({
      edition: '2030',
      slug: 'x',
      kind: 'report',
      lang: 'ar',
    });
    expect(parseNewArgs(['2031'])).toEqual({ edition: '2031', lang: 'en' });
  });
});

describe('the draft schema', () => {
  const meta = (extra: Record<string, unknown>) => ({
    kind: 'report',
    status: 'TODO: status',
    date: 'TODO: date',
    text: 'editorial-record',
    original: 'en',
    revision: 1,
    sources: [{ id: 'a', title: 'A' }],
    ...extra,
  });
  it('lets placeholders through in a draft only, reading status and date as stand-ins', () => {
    expect(WorkSchema.safeParse(meta({ draft: true })).data).toMatchObject({ status: 'forthcoming', date: '0001' });
    expect(WorkSchema.safeParse(meta({})).success).toBe(false);
    expect(WorkSchema.safeParse(meta({ draft: false })).success).toBe(false);
  });
  it('keeps a draft to the schema otherwise (a wrong status is still wrong)', () => {
    expect(WorkSchema.safeParse(meta({ draft: true, status: 'signed' })).success).toBe(false);
    expect(parseYaml('draft: yes')).toEqual({ draft: 'yes' });
    expect(WorkSchema.safeParse(meta({ draft: 'yes' })).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'status',
      'date',
    ]);
  });
});
