import { spawnSync } from 'node:child_process';
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
  { name: 'a differing source the record does not list', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  date: { basis: sources-differ, source: fixture-official, differs: elsewhere }\n`), file: `${DOC}/meta.yaml`, field: 'qualifiers.date.differs', says: /`elsewhere` is not one of this record's sources/ },
  { name: 'a differing source on a qualifier whose sources agree', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  date: { basis: single-source, source: fixture-official, differs: fixture-official }\n`), file: `${DOC}/meta.yaml`, field: 'qualifiers.date.differs', says: /`differs` goes with `basis: sources-differ` only/ },
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
  // Issue 11 item 6: links that could run code or read the reader's files never reach a page.
  { name: 'a javascript: link', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](javascript:alert(1)) text.')), file: `${NOTE}/en.mdx`, field: 'link', line: 7, says: /"javascript:alert\(1\)" is not an allowed link: write a web address \(https:\/\/…\), a mailto: address or a page of this site.*javascript: links are not allowed/ },
  { name: 'a link whose scheme hides behind a tab and capitals', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](JaVa&#x09;Script:alert(1)) text.')), file: `${NOTE}/en.mdx`, field: 'link', line: 7, says: /javascript: links are not allowed/ },
  { name: 'a data: URL in a reference link', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain][x] text.').concat('\n[x]: data:text/html,hello\n')), file: `${NOTE}/en.mdx`, field: 'link definition', line: 13, says: /"data:text\/html,hello" is not an allowed link.*data: links are not allowed/ },
  { name: 'a link that leaves the site without a scheme', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](//evil.example/x) text.')), file: `${NOTE}/en.mdx`, field: 'link', line: 7, says: /links starting with \/\/ are not allowed/ },
  { name: 'a file: URL as a source address', mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace('    outlet: Fixture Daily', '    outlet: Fixture Daily\n    url: file:///etc/passwd')), file: `${NOTE}/meta.yaml`, field: 'sources.0.url', says: /write a full web address \(https:\/\/…\) or a mailto: address.*javascript:, data:, file:/ },
  { name: 'a javascript: URL as the source of an official translation', mutate: (d) => edit(d, `${DOC}/es.mdx`, (t) => t.replace(/^source: \{/m, 'source: { url: "javascript:alert(1)",')), file: `${DOC}/es.mdx`, field: 'source.url', says: /write a full web address/ },
  // Item 7: the site promises that no request leaves it.
  { name: 'an image from another site', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as ![a map](https://example.org/map.png) text.')), file: `${NOTE}/en.mdx`, field: 'image', line: 7, says: /"https:\/\/example\.org\/map\.png" is not a file of this site: the archive makes no requests to other sites; put the image in public\// },
  { name: 'an image from another site through a reference', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as ![a map][m] text.').concat('\n[m]: https://example.org/map.png\n')), file: `${NOTE}/en.mdx`, field: 'image', line: 7, says: /is not a file of this site/ },
  // Item 8: import/export lines are code, not text.
  { name: 'an import line', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', "\nimport Widget from './widget.js'\n\n1. This")), file: `${NOTE}/en.mdx`, field: 'import/export', line: 7, says: /import and export lines are not part of the texts .*remove the line/ },
  { name: 'an export line', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => `${t}\nexport const x = 1\n`), file: `${NOTE}/en.mdx`, field: 'import/export', line: 13, says: /import and export lines are not part of the texts/ },
  // Item 9: a day that the calendar does not have.
  { name: 'an impossible date', mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('date: 2030-09-09', 'date: 2030-02-30')), file: `${DOC}/meta.yaml`, field: 'date', says: /2030-02-30 is not a day of the calendar \(that month is shorter\): check the date in the source/ },
  { name: 'an impossible date of a source', mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace('    date: 2030-09-10', '    date: 2030-04-31')), file: `${NOTE}/meta.yaml`, field: 'sources.0.date', says: /2030-04-31 is not a day of the calendar/ },
  // Item 10: files that are not plain files.
  { name: 'a dangling symbolic link', mutate: (d) => fs.symlinkSync('nowhere.mdx', path.join(d, NOTE, 'es.mdx')), file: `${NOTE}/es.mdx`, says: /a link to something that does not exist \(nowhere\.mdx\): remove the link, or put the file itself here/ },
  { name: 'a link to a file outside the content folder', mutate: (d) => { fs.rmSync(path.join(d, NOTE, 'fr.mdx')); fs.symlinkSync(path.resolve('tests/fixtures/site', NOTE, 'fr.mdx'), path.join(d, NOTE, 'fr.mdx')); }, file: `${NOTE}/fr.mdx`, says: /a link to .*fr\.mdx, outside the content folder: the archive publishes only what is in the content folder; copy the file in/ },
  { name: 'a link to a folder outside the content folder', mutate: (d) => fs.symlinkSync(path.resolve('tests/fixtures/site', NOTE), path.join(d, 'documents/2030/linked-note')), file: 'documents/2030/linked-note', says: /outside the content folder/ },
  { name: 'a named pipe (which would make the build wait forever)', mutate: (d) => { fs.rmSync(path.join(d, NOTE, 'fr.mdx')); spawnSync('mkfifo', [path.join(d, NOTE, 'fr.mdx')]); }, file: `${NOTE}/fr.mdx`, says: /a named pipe, not a regular file: .*remove it/ },
  { name: 'a named pipe in place of meta.yaml', mutate: (d) => { fs.rmSync(path.join(d, NOTE, 'meta.yaml')); spawnSync('mkfifo', [path.join(d, NOTE, 'meta.yaml')]); }, file: `${NOTE}/meta.yaml`, says: /a named pipe, not a regular file/ },
  { name: 'a named pipe in place of registry.yaml', mutate: (d) => { fs.rmSync(path.join(d, 'registry.yaml')); spawnSync('mkfifo', [path.join(d, 'registry.yaml')]); }, file: 'registry.yaml', says: /a named pipe, not a regular file/ },
  { name: 'a documents folder that is a link out of the content folder', mutate: (d) => { fs.rmSync(path.join(d, 'documents'), { recursive: true }); fs.symlinkSync(path.resolve('tests/fixtures/site/documents'), path.join(d, 'documents')); }, file: 'documents', says: /a link to .*documents, outside the content folder: the archive publishes only what is in the content folder/ },
  { name: 'an editions folder that is a link out of the content folder', mutate: (d) => { fs.rmSync(path.join(d, 'editions'), { recursive: true }); fs.symlinkSync(path.resolve('tests/fixtures/site/editions'), path.join(d, 'editions')); }, file: 'editions', says: /a link to .*editions, outside the content folder/ },
  { name: 'a file named editions', mutate: (d) => { fs.rmSync(path.join(d, 'editions'), { recursive: true }); fs.writeFileSync(path.join(d, 'editions'), ''); }, file: 'editions', says: /^editions must be a folder \(holding editions\/<year>\/\): move this file away and make editions a folder$/ },
  { name: 'a named pipe named documents (which would make the build wait forever)', mutate: (d) => { fs.rmSync(path.join(d, 'documents'), { recursive: true }); spawnSync('mkfifo', [path.join(d, 'documents')]); }, file: 'documents', says: /^documents must be a folder \(holding documents\/<year>\/<slug>\/\): move this file away/ },
  // Item 11: nesting that would take minutes to parse.
  { name: 'a list nested a thousand levels deep', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', `\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n1. This`)), file: `${NOTE}/en.mdx`, line: 39, says: /nested more than 16 levels deep \(lists or quotes inside each other\).*flatten it/ },
  { name: 'a list nested a thousand levels deep inside a quote', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', `\n${Array.from({ length: 1000 }, (_, i) => `> ${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n1. This`)), file: `${NOTE}/en.mdx`, line: 37, says: /nested more than 16 levels deep \(lists or quotes inside each other\).*flatten it/ },
  { name: 'quotes nested a thousand levels deep on one line', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', `\n${'> '.repeat(1000)}deep\n\n1. This`)), file: `${NOTE}/en.mdx`, line: 7, says: /nested more than 16 levels deep/ },
  // Item 14: the editor's own words and line numbers.
  { name: 'a YAML error in the frontmatter, on the line of the file', mutate: (d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace(/^basedOn: 1$/m, 'basedOn: 1\nbasedOn: 2')), file: `${NOTE}/fr.mdx`, line: 5, says: /^invalid YAML in the frontmatter: Map keys must be unique$/ },
  { name: 'an empty meta.yaml', mutate: (d) => fs.writeFileSync(path.join(d, NOTE, 'meta.yaml'), ''), file: `${NOTE}/meta.yaml`, says: /^the file is empty: write the record's facts in it \(kind, status, date, sources/ },
  { name: 'a cross-reference written as an expression', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to={"2030/model-convention#art_1"} />')), file: `${NOTE}/en.mdx`, field: '<Ref>', line: 9, says: /write to="…" with quotes \(for example <Ref to="2023\/data-security-consensus#para_2" \/>\): braces \{…\} are not read/ },
  { name: 'a cross-reference without a target', mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref />')), file: `${NOTE}/en.mdx`, field: '<Ref>', line: 9, says: /say what it points to: <Ref to="<year>\/<slug>" \/>/ },
  { name: 'an invalid clause id override', mutate: (d) => edit(d, `${DOC}/en.mdx`, (t) => t.replace('## Article 1', '## <Clause id="Article One" /> Article 1')), file: `${DOC}/en.mdx`, field: 'clause id', says: /Article One/ },
];

describe('bad content is reported with the file, the field or line, and the fix', () => {
  it('a content folder that does not exist, or holds no records, is an error and not an empty site', async () => {
    const { inspectCorpusOnThreads } = await import('../../../src/corpus/threads.ts');
    for (const dir of ['tests/fixtures/no-such-folder', 'tests/fixtures']) {
      const serial = inspectCorpus(dir).problems.map(formatProblem);
      expect(serial.join('\n')).toMatch(/FORUM_CONTENT_DIR/);
      expect((await inspectCorpusOnThreads(dir, 2)).problems.map(formatProblem)).toEqual(serial);
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

describe('one problem at its root cause, and nothing published that should not be', () => {
  const only = (mutate: (d: string) => void) => {
    const dir = mutatedFixture(mutate);
    const { corpus, problems } = inspectCorpus(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    return { corpus, problems: problems.map(formatProblem) };
  };

  it('reports a broken meta.yaml once, not again as unknown documents or registry advice', () => {
    const { problems } = only((d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: [declaration')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/model-convention\/meta\.yaml:\d+: invalid YAML: /);
  });

  it('reports a broken edition meta.yaml once, not again for each of its documents', () => {
    const { problems } = only((d) => edit(d, 'editions/2030/meta.yaml', (t) => t.replace('city: Testville', 'city: [Testville')));
    expect(problems).toHaveLength(1);
  });

  it('reports an empty meta.yaml in words, once, without "expected object, received null"', () => {
    const { problems } = only((d) => fs.writeFileSync(path.join(d, NOTE, 'meta.yaml'), '\n'));
    expect(problems).toEqual([expect.stringMatching(/partial-note\/meta\.yaml: the file is empty/)]);
  });

  it('reports a frontmatter error of the original once, never as "en.mdx does not exist"', () => {
    const { problems } = only((d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('basedOn: 1', 'basedOn: one')));
    expect(problems).toEqual([expect.stringMatching(/partial-note\/en\.mdx — basedOn: `basedOn` is the revision/)]);
  });

  it('reports a cross-reference written as an expression once, never as unknown document ""', () => {
    const { problems } = only((d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to={target} />')));
    expect(problems).toEqual([expect.stringMatching(/partial-note\/en\.mdx:9 — <Ref>: write to="…" with quotes/)]);
  });

  it('reads a text saved with a byte order mark like any other', () => {
    const { problems, corpus } = only((d) => edit(d, `${NOTE}/fr.mdx`, (t) => `\uFEFF${t}`));
    expect(problems).toEqual([]);
    expect(corpus.documents.get('2030/partial-note')?.versions.get('fr')?.data.version).toBe('archive');
  });

  it('publishes and indexes nothing of an editor\'s comment {/* … */}', () => {
    const { problems, corpus } = only((d) => edit(d, `${NOTE}/en.mdx`, (t) => t
      .replace('as plain text.', 'as plain {/* inline note: quokka */} text.')
      .replace('\n3. Its', '\n{/* a note between clauses: wombat */}\n\n3. Its')));
    expect(problems).toEqual([]);
    const en = corpus.documents.get('2030/partial-note')?.versions.get('en');
    expect(en?.html).toContain('as plain  text.');
    expect(en?.html).not.toMatch(/quokka|wombat|\/\*/);
    // Search indexes the clause texts and the rendered page: neither holds the comments.
    expect(en?.clauses.map((c) => c.text).join(' ')).not.toMatch(/quokka|wombat/);
    expect(en?.clauses.map((c) => c.eId)).toEqual(['para_1', 'para_2', 'para_3']);
  });

  it('skips editors\' lock, backup and swap files without a word', () => {
    const { problems } = only((d) => {
      fs.symlinkSync('root@host.1234:1700000000', path.join(d, NOTE, '.#fr.mdx'));
      fs.writeFileSync(path.join(d, NOTE, 'fr.mdx~'), 'old');
      fs.writeFileSync(path.join(d, NOTE, '.fr.mdx.swp'), 'swap');
      fs.writeFileSync(path.join(d, NOTE, '#en.mdx#'), 'autosave');
    });
    expect(problems).toEqual([]);
  });

  it('accepts web, mail and site links, and images of the site itself', () => {
    const { problems } = only((d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [one](https://example.org/a), [two](http://example.org), [three](mailto:office@example.org), [four](/en/2030/), [five](#para_2), [six](../model-convention/) and ![seal](/seal.png) text.')));
    expect(problems).toEqual([]);
  });
});
