import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { edit, FIXTURE, mutatedFixture } from './fixture-copy.ts';

const DOC = 'documents/2030/model-convention';
const NOTE = 'documents/2030/partial-note';

interface Case {
  name: string;
  mutate: (dir: string) => void;
  /** The file the message must name (relative to the corpus folder). */
  file: string;
  field?: string;
  line?: number;
  /** Words of the explanation / fix the editor must see. */
  says: RegExp;
}

const CASES: Case[] = [
  { name: 'invalid YAML syntax', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: [declaration')), file: `${DOC}/meta.yaml`, says: /invalid YAML/ },
  { name: 'an unknown kind', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: treaty')), file: `${DOC}/meta.yaml`, field: 'kind', says: /must be one of: concept-paper, initiative, consensus/ },
  { name: 'an unknown status', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('status: adopted', 'status: signed')), file: `${DOC}/meta.yaml`, field: 'status', says: /must be one of: adopted, announced/ },
  { name: 'a qualifier naming a source the record does not list', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  status: { basis: single-source, source: nowhere }\n`), file: `${DOC}/meta.yaml`, field: 'qualifiers.status.source', says: /`nowhere` is not one of this record's sources: use one of/ },
  { name: 'a qualifier with an unknown basis', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  date: { basis: likely, source: nowhere }\n`), file: `${DOC}/meta.yaml`, field: 'qualifiers.date.basis', says: /`basis` must be one of: derived, single-source/ },
  { name: 'a date in another format', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('date: 2030-09-09', 'date: 09/09/2030')), file: `${DOC}/meta.yaml`, field: 'date', says: /YYYY, YYYY-MM or YYYY-MM-DD/ },
  { name: 'a range that ends before it starts', mutate: (d) => edit(d, 'editions/2030/meta.yaml', (t) => t.replace('from: 2030-09-08, to: 2030-09-10', 'from: 2030-09-10, to: 2030-09-08')), file: 'editions/2030/meta.yaml', field: 'date', says: /ends before it starts/ },
  { name: 'no sources', mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace(/sources:[\s\S]*$/, 'sources: []\n')), file: `${NOTE}/meta.yaml`, field: 'sources', says: /at least one source/ },
  { name: 'an unknown field', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}colour: blue\n`), file: `${DOC}/meta.yaml`, says: /unknown field `colour`: remove it or check the spelling/ },
  { name: 'a text kind that does not exist', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('text: official-text', 'text: summary')), file: `${DOC}/meta.yaml`, field: 'text', says: /official-text, editorial-record/ },
  { name: 'an original language the site does not have', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('original: en', 'original: de')), file: `${DOC}/meta.yaml`, field: 'original', says: /must be one of: en, zh, fr, ru, es, ar/ },
  { name: 'a version without title', mutate: (d) => edit(d, `${DOC}/fr.mdx`, (t) => t.replace(/^title: .*\n/m, '')), file: `${DOC}/fr.mdx`, field: 'title', says: /give the version a `title`/ },
  { name: 'an official translation without its source', mutate: (d) => edit(d, `${DOC}/es.mdx`, (t) => t.replace(/^source: .*\n/m, '')), file: `${DOC}/es.mdx`, field: 'source', says: /must say where it was issued/ },
  { name: 'a file for a language the site does not have', mutate: (d) => fs.copyFileSync(path.join(d, DOC, 'fr.mdx'), path.join(d, DOC, 'de.mdx')), file: `${DOC}/de.mdx`, says: /unexpected file.*rename or move it/ },
  { name: 'no version in the original language', mutate: (d) => fs.rmSync(path.join(d, NOTE, 'en.mdx')), file: `${NOTE}/meta.yaml`, field: 'original', says: /en\.mdx does not exist/ },
  { name: 'a second original', mutate: (d) => edit(d, `${DOC}/fr.mdx`, (t) => t.replace('version: archive', 'version: original')), file: `${DOC}/fr.mdx`, field: 'version', says: /only the en version is the original/ },
  { name: 'a translation from a revision that does not exist yet', mutate: (d) => edit(d, `${DOC}/zh.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 5')), file: `${DOC}/zh.mdx`, field: 'basedOn', says: /later than the original's revision 2/ },
  { name: 'a citation of an unknown source', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.<Src id="fixture-source" />', 'as plain text.<Src id="nowhere" />')), file: `${NOTE}/en.mdx`, field: '<Src>', line: 7, says: /no source "nowhere"/ },
  { name: 'a paragraph of an editorial record that cites nothing', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('a word no other fixture uses.<Src id="fixture-source" />', 'a word no other fixture uses.')), file: `${NOTE}/en.mdx`, field: 'para_3', line: 11, says: /cites its source: add <Src/ },
  { name: 'a cross-reference to an unknown document', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to="2030/model-conventoin#art_1" />')), file: `${NOTE}/en.mdx`, field: '<Ref>', line: 9, says: /unknown document "2030\/model-conventoin"; closest: 2030\/model-convention/ },
  { name: 'a cross-reference to an unknown clause', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('#art_1"', '#art_9"')), file: `${NOTE}/en.mdx`, field: '<Ref>', line: 9, says: /no clause "art_9"; closest valid ids: art_1, art_2/ },
  { name: 'a duplicate clause id', mutate: (d) => edit(d, `${DOC}/en.mdx`, (t) => t.replace('## Article 2', '## Article 1')), file: `${DOC}/en.mdx`, field: 'clause id', says: /art_1/ },
  { name: 'an editorial record with an "official" translation', mutate: (d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace('version: archive', 'version: official\nsource: { title: Somewhere }')), file: `${NOTE}/fr.mdx`, field: 'version', says: /editorial record is the archive's own text/ },
  { name: 'an official text without an official source', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('official: true', 'official: false')), file: `${DOC}/meta.yaml`, field: 'text', says: /needs a source that publishes it/ },
  { name: 'a document whose edition has no record', mutate: (d) => fs.cpSync(path.join(d, NOTE), path.join(d, 'documents/2031/partial-note'), { recursive: true }), file: 'documents/2031/partial-note/meta.yaml', says: /edition 2031 has no record: add content\/editions\/2031\// },
  { name: 'lineage to a document that does not exist', mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace('continues: 2030/model-convention', 'continues: 2030/model-treaty')), file: `${NOTE}/meta.yaml`, field: 'continues', says: /no document "2030\/model-treaty"; closest: 2030\/model-convention/ },
  { name: 'invalid MDX', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain <text.')), file: `${NOTE}/en.mdx`, line: 7, says: /invalid MDX/ },
  { name: 'an MDX expression in a text', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain {1 + 1} text.')), file: `${NOTE}/en.mdx`, field: '{…}', line: 7, says: /write \\\{ and \\\} for literal braces/ },
  { name: 'a component the texts may not use', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain <Widget /> text.')), file: `${NOTE}/en.mdx`, field: '<Widget>', line: 7, says: /may use only <Src/ },
  { name: 'a document folder name that is not a slug', mutate: (d) => fs.renameSync(path.join(d, NOTE), path.join(d, 'documents/2030/Partial_Note')), file: 'documents/2030/Partial_Note', says: /lowercase ASCII slug/ },
  { name: 'a version without frontmatter', mutate: (d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace(/^---[\s\S]*?---\n/, '')), file: `${NOTE}/fr.mdx`, says: /must start with a frontmatter block/ },
  { name: 'an invalid clause id override', mutate: (d) => edit(d, `${DOC}/en.mdx`, (t) => t.replace('## Article 1', '## <Clause id="Article One" /> Article 1')), file: `${DOC}/en.mdx`, field: 'clause id', says: /Article One/ },
];

describe('bad content is reported with the file, the field or line, and the fix', () => {
  it('a content folder that does not exist, or holds no records, is an error and not an empty site', async () => {
    const { inspectCorpusParallel } = await import('../../../src/corpus/parallel.ts');
    for (const dir of ['tests/fixtures/no-such-folder', 'tests/fixtures']) {
      const serial = inspectCorpus(dir).problems.map(formatProblem);
      expect(serial.join('\n')).toMatch(/FORUM_CONTENT_DIR/);
      expect((await inspectCorpusParallel(dir, 2)).problems.map(formatProblem)).toEqual(serial);
    }
  });

  it('the fixture corpus itself has no problem', () => {
    expect(inspectCorpus(FIXTURE).problems).toEqual([]);
  });

  it.each(CASES)('$name', ({ mutate, file, field, line, says }) => {
    const dir = mutatedFixture(mutate);
    const { problems } = inspectCorpus(dir);
    const expectedFile = path.relative(process.cwd(), path.join(dir, file));
    const hit = problems.find((p) => (p.file === expectedFile || p.file === path.join(dir, file)) && says.test(p.message + (p.field ?? '')));
    expect(hit, `expected a problem in ${file} matching ${says}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    if (field) expect(hit?.field).toBe(field);
    if (line) expect(hit?.line).toBe(line);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
