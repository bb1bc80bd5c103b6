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
  /** The field or element concerned, when the problem has one. */
  field?: string;
  /** The line of the file, when the problem has one. */
  line?: number;
  /**
   * The whole message: what is wrong and what to do. `<corpus>` stands for the content folder
   * and `<root>` for the project folder, which differ from run to run.
   */
  message: string;
}

const CASES: Case[] = [
  {
    name: 'invalid YAML syntax',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: [declaration')),
    file: `${DOC}/meta.yaml`,
    line: 3,
    message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  {
    name: 'an unknown kind',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: treaty')),
    file: `${DOC}/meta.yaml`,
    field: 'kind',
    message:
      '`kind` must be one of: concept-paper, initiative, consensus, report, statement, declaration, commitments, other',
  },
  {
    name: 'an unknown status',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('status: adopted', 'status: signed')),
    file: `${DOC}/meta.yaml`,
    field: 'status',
    message: '`status` must be one of: adopted, announced, forthcoming, published, withdrawn',
  },
  {
    name: 'a qualifier naming a source the record does not list',
    mutate: (d) =>
      edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  status: { basis: single-source, source: nowhere }\n`),
    file: `${DOC}/meta.yaml`,
    field: 'qualifiers.status.source',
    message: "`nowhere` is not one of this record's sources: use one of fixture-official",
  },
  {
    name: 'a qualifier with an unknown basis',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}qualifiers:\n  date: { basis: likely, source: nowhere }\n`),
    file: `${DOC}/meta.yaml`,
    field: 'qualifiers.date.basis',
    message: '`basis` must be one of: derived, single-source, sources-differ',
  },
  {
    name: 'a differing source the record does not list',
    mutate: (d) =>
      edit(
        d,
        `${DOC}/meta.yaml`,
        (t) => `${t}qualifiers:\n  date: { basis: sources-differ, source: fixture-official, differs: elsewhere }\n`,
      ),
    file: `${DOC}/meta.yaml`,
    field: 'qualifiers.date.differs',
    message: "`elsewhere` is not one of this record's sources: use one of fixture-official",
  },
  {
    name: 'a differing source on a qualifier whose sources agree',
    mutate: (d) =>
      edit(
        d,
        `${DOC}/meta.yaml`,
        (t) =>
          `${t}qualifiers:\n  date: { basis: single-source, source: fixture-official, differs: fixture-official }\n`,
      ),
    file: `${DOC}/meta.yaml`,
    field: 'qualifiers.date.differs',
    message: '`differs` goes with `basis: sources-differ` only',
  },
  {
    name: 'a date in another format',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('date: 2030-09-09', 'date: 09/09/2030')),
    file: `${DOC}/meta.yaml`,
    field: 'date',
    message:
      'write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-09-20); a time or another format is not accepted',
  },
  {
    name: 'a range that ends before it starts',
    mutate: (d) =>
      edit(d, 'editions/2030/meta.yaml', (t) =>
        t.replace('from: 2030-09-08, to: 2030-09-10', 'from: 2030-09-10, to: 2030-09-08'),
      ),
    file: 'editions/2030/meta.yaml',
    field: 'date',
    message: 'the range ends before it starts: `from` must not be later than `to`',
  },
  {
    name: 'no sources',
    mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace(/sources:[\s\S]*$/, 'sources: []\n')),
    file: `${NOTE}/meta.yaml`,
    field: 'sources',
    message: 'list at least one source: every fact in the archive comes from a named source',
  },
  {
    name: 'an unknown field',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => `${t}colour: blue\n`),
    file: `${DOC}/meta.yaml`,
    field: '(whole file)',
    message: 'unknown field `colour`: remove it or check the spelling (see docs/content.md)',
  },
  {
    name: 'a text kind that does not exist',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('text: official-text', 'text: summary')),
    file: `${DOC}/meta.yaml`,
    field: 'text',
    message: '`text` must be one of: official-text, editorial-record',
  },
  {
    name: 'an original language the site does not have',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('original: en', 'original: de')),
    file: `${DOC}/meta.yaml`,
    field: 'original',
    message: '`original` must be one of: en, zh, fr, ru, es, ar',
  },
  {
    name: 'a version without title',
    mutate: (d) => edit(d, `${DOC}/fr.mdx`, (t) => t.replace(/^title: .*\n/m, '')),
    file: `${DOC}/fr.mdx`,
    field: 'title',
    message: 'give the version a `title` in its own language',
  },
  {
    name: 'an official translation without its source',
    mutate: (d) => edit(d, `${DOC}/es.mdx`, (t) => t.replace(/^source: .*\n/m, '')),
    file: `${DOC}/es.mdx`,
    field: 'source',
    message:
      'an official translation must say where it was issued: add `source: { title: …, outlet: … }`, or mark it `version: archive`',
  },
  {
    name: 'a file for a language the site does not have',
    mutate: (d) => fs.copyFileSync(path.join(d, DOC, 'fr.mdx'), path.join(d, DOC, 'de.mdx')),
    file: `${DOC}/de.mdx`,
    message:
      'unexpected file: a folder holds meta.yaml and one <lang>.mdx per language (en, zh, fr, ru, es, ar); rename or move it',
  },
  {
    name: 'no version in the original language',
    mutate: (d) => fs.rmSync(path.join(d, NOTE, 'en.mdx')),
    file: `${NOTE}/meta.yaml`,
    field: 'original',
    message:
      'the original language is "en" but en.mdx does not exist: add it, or set `original` to the language of an existing version',
  },
  {
    name: 'a second original',
    mutate: (d) => edit(d, `${DOC}/fr.mdx`, (t) => t.replace('version: archive', 'version: original')),
    file: `${DOC}/fr.mdx`,
    field: 'version',
    message:
      'only the en version is the original (meta.yaml `original`): mark this one `archive` or `official`, or change `original`',
  },
  {
    name: 'a translation from a revision that does not exist yet',
    mutate: (d) => edit(d, `${DOC}/zh.mdx`, (t) => t.replace('basedOn: 2', 'basedOn: 5')),
    file: `${DOC}/zh.mdx`,
    field: 'basedOn',
    message:
      "basedOn 5 is later than the original's revision 2 (meta.yaml `revision`): lower basedOn to a revision of the original that exists (1 to 2), or raise revision",
  },
  {
    name: 'a citation of an unknown source',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('as plain text.<Src id="fixture-source" />', 'as plain text.<Src id="nowhere" />'),
      ),
    file: `${NOTE}/en.mdx`,
    field: '<Src>',
    line: 7,
    message: 'no source "nowhere" in <corpus>/documents/2030/partial-note/meta.yaml; known: fixture-source',
  },
  {
    name: 'a paragraph of an editorial record that cites nothing',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('a word no other fixture uses.<Src id="fixture-source" />', 'a word no other fixture uses.'),
      ),
    file: `${NOTE}/en.mdx`,
    field: 'para_3',
    line: 11,
    message: 'every paragraph of an editorial record cites its source: add <Src id="…"/> after the statement',
  },
  {
    name: 'a cross-reference to an unknown document',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to="2030/model-conventoin#art_1" />'),
      ),
    file: `${NOTE}/en.mdx`,
    field: '<Ref>',
    line: 9,
    message:
      'unknown document "2030/model-conventoin"; closest: 2030/model-convention, 2030/amended-convention, 2030/partial-note',
  },
  {
    name: 'a cross-reference to an unknown clause',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('#art_1"', '#art_9"')),
    file: `${NOTE}/en.mdx`,
    field: '<Ref>',
    line: 9,
    message: '"2030/model-convention" has no clause "art_9"; closest valid ids: art_1, art_2, preamble',
  },
  {
    name: 'a duplicate clause id',
    mutate: (d) => edit(d, `${DOC}/en.mdx`, (t) => t.replace('## Article 2', '## Article 1')),
    file: `${DOC}/en.mdx`,
    field: 'clause id',
    line: 14,
    message:
      'Clause id "art_1" is used twice in this version (line 14; first at line 10). Renumber one of them, or give one an explicit id with <Clause id="…" /> written the same in every language.',
  },
  {
    name: 'an editorial record with an "official" translation',
    mutate: (d) =>
      edit(d, `${NOTE}/fr.mdx`, (t) =>
        t.replace('version: archive', 'version: official\nsource: { title: Somewhere }'),
      ),
    file: `${NOTE}/fr.mdx`,
    field: 'version',
    message: "an editorial record is the archive's own text: its translations are `archive`, never `official`",
  },
  {
    name: 'an official text without an official source',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('official: true', 'official: false')),
    file: `${DOC}/meta.yaml`,
    field: 'text',
    message:
      'an official text needs a source that publishes it (a source with `official: true`); otherwise write `text: editorial-record`',
  },
  {
    name: 'a document whose edition has no record',
    mutate: (d) => fs.cpSync(path.join(d, NOTE), path.join(d, 'documents/2031/partial-note'), { recursive: true }),
    file: 'documents/2031/partial-note/meta.yaml',
    message: 'edition 2031 has no record: add <corpus>/editions/2031/ (meta.yaml and at least the original language)',
  },
  {
    name: 'lineage to a document that does not exist',
    mutate: (d) =>
      edit(d, `${NOTE}/meta.yaml`, (t) =>
        t.replace('continues: 2030/model-convention', 'continues: 2030/model-treaty'),
      ),
    file: `${NOTE}/meta.yaml`,
    field: 'continues',
    message:
      'no document "2030/model-treaty"; closest: 2030/model-convention, 2030/partial-note, 2030/amended-convention',
  },
  {
    name: 'invalid MDX',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain <text.')),
    file: `${NOTE}/en.mdx`,
    line: 7,
    message:
      'invalid MDX: Unexpected character `<` (U+003C) before member name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag (escape { } < as \\{ \\} \\< in prose)',
  },
  {
    name: 'an MDX expression in a text',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain {1 + 1} text.')),
    file: `${NOTE}/en.mdx`,
    field: '{…}',
    line: 7,
    message:
      'expressions are not part of the texts: write \\{ and \\} for literal braces (a comment {/* … */} is allowed, and is never published)',
  },
  {
    name: 'a component the texts may not use',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as plain <Widget /> text.')),
    file: `${NOTE}/en.mdx`,
    field: '<Widget>',
    line: 7,
    message: 'unknown component; the texts may use only <Src id="…"/>, <Ref to="…"/> and <Clause id="…"/>',
  },
  {
    name: 'a document folder name that is not a slug',
    mutate: (d) => fs.renameSync(path.join(d, NOTE), path.join(d, 'documents/2030/Partial_Note')),
    file: 'documents/2030/Partial_Note',
    message: 'a document folder name is a lowercase ASCII slug with hyphens (for example data-security-consensus)',
  },
  {
    name: 'a version without frontmatter',
    mutate: (d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace(/^---[\s\S]*?---\n/, '')),
    file: `${NOTE}/fr.mdx`,
    message: 'the file must start with a frontmatter block between two `---` lines (title, version, basedOn)',
  },
  // Issue 11 item 6: links that could run code or read the reader's files never reach a page.
  {
    name: 'a javascript: link',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](javascript:alert(1)) text.')),
    file: `${NOTE}/en.mdx`,
    field: 'link',
    line: 7,
    message:
      '"javascript:alert(1)" is not an allowed link: write a web address (https://…), a mailto: address or a page of this site (/en/2023/…); javascript: links are not allowed',
  },
  {
    name: 'a link whose scheme hides behind a tab and capitals',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](JaVa&#x09;Script:alert(1)) text.')),
    file: `${NOTE}/en.mdx`,
    field: 'link',
    line: 7,
    message:
      '"JaVa\tScript:alert(1)" is not an allowed link: write a web address (https://…), a mailto: address or a page of this site (/en/2023/…); javascript: links are not allowed',
  },
  {
    name: 'a data: URL in a reference link',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('as plain text.', 'as [plain][x] text.').concat('\n[x]: data:text/html,hello\n'),
      ),
    file: `${NOTE}/en.mdx`,
    field: 'link definition',
    line: 13,
    message:
      '"data:text/html,hello" is not an allowed link: write a web address (https://…), a mailto: address or a page of this site (/en/2023/…); data: links are not allowed',
  },
  {
    name: 'a link that leaves the site without a scheme',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as [plain](//evil.example/x) text.')),
    file: `${NOTE}/en.mdx`,
    field: 'link',
    line: 7,
    message:
      '"//evil.example/x" is not an allowed link: write a web address (https://…), a mailto: address or a page of this site (/en/2023/…); links starting with // are not allowed',
  },
  {
    name: 'a file: URL as a source address',
    mutate: (d) =>
      edit(d, `${NOTE}/meta.yaml`, (t) =>
        t.replace('    outlet: Fixture Daily', '    outlet: Fixture Daily\n    url: file:///etc/passwd'),
      ),
    file: `${NOTE}/meta.yaml`,
    field: 'sources.0.url',
    message:
      'write a full web address (https://…) or a mailto: address, or leave `url` out; other kinds of link (javascript:, data:, file:, …) are not allowed',
  },
  {
    name: 'a javascript: URL as the source of an official translation',
    mutate: (d) => edit(d, `${DOC}/es.mdx`, (t) => t.replace(/^source: \{/m, 'source: { url: "javascript:alert(1)",')),
    file: `${DOC}/es.mdx`,
    field: 'source.url',
    message:
      'write a full web address (https://…) or a mailto: address, or leave `url` out; other kinds of link (javascript:, data:, file:, …) are not allowed',
  },
  // Item 7: the site promises that no request leaves it.
  {
    name: 'an image from another site',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('as plain text.', 'as ![a map](https://example.org/map.png) text.')),
    file: `${NOTE}/en.mdx`,
    field: 'image',
    line: 7,
    message:
      '"https://example.org/map.png" is not a file of this site: the archive makes no requests to other sites; put the image in public/ and write its path from the site root (![description](/images/…))',
  },
  {
    name: 'an image from another site through a reference',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('as plain text.', 'as ![a map][m] text.').concat('\n[m]: https://example.org/map.png\n'),
      ),
    file: `${NOTE}/en.mdx`,
    field: 'image',
    line: 7,
    message:
      '"https://example.org/map.png" is not a file of this site: the archive makes no requests to other sites; put the image in public/ and write its path from the site root (![description](/images/…))',
  },
  // Item 8: import/export lines are code, not text.
  {
    name: 'an import line',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', "\nimport Widget from './widget.js'\n\n1. This")),
    file: `${NOTE}/en.mdx`,
    field: 'import/export',
    line: 7,
    message:
      'import and export lines are not part of the texts (<Src>, <Ref> and <Clause> need no import): remove the line (a sentence that begins with the word import or export: begin it with a capital letter)',
  },
  {
    name: 'an export line',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => `${t}\nexport const x = 1\n`),
    file: `${NOTE}/en.mdx`,
    field: 'import/export',
    line: 13,
    message:
      'import and export lines are not part of the texts (<Src>, <Ref> and <Clause> need no import): remove the line (a sentence that begins with the word import or export: begin it with a capital letter)',
  },
  // Item 9: a day that the calendar does not have.
  {
    name: 'an impossible date',
    mutate: (d) => edit(d, `${DOC}/meta.yaml`, (t) => t.replace('date: 2030-09-09', 'date: 2030-02-30')),
    file: `${DOC}/meta.yaml`,
    field: 'date',
    message: '2030-02-30 is not a day of the calendar (that month is shorter): check the date in the source',
  },
  {
    name: 'an impossible date of a source',
    mutate: (d) => edit(d, `${NOTE}/meta.yaml`, (t) => t.replace('    date: 2030-09-10', '    date: 2030-04-31')),
    file: `${NOTE}/meta.yaml`,
    field: 'sources.0.date',
    message: '2030-04-31 is not a day of the calendar (that month is shorter): check the date in the source',
  },
  // Item 10: files that are not plain files.
  {
    name: 'a dangling symbolic link',
    mutate: (d) => fs.symlinkSync('nowhere.mdx', path.join(d, NOTE, 'es.mdx')),
    file: `${NOTE}/es.mdx`,
    message: 'a link to something that does not exist (nowhere.mdx): remove the link, or put the file itself here',
  },
  {
    name: 'a link to a file outside the content folder',
    mutate: (d) => {
      fs.rmSync(path.join(d, NOTE, 'fr.mdx'));
      fs.symlinkSync(path.resolve('tests/fixtures/site', NOTE, 'fr.mdx'), path.join(d, NOTE, 'fr.mdx'));
    },
    file: `${NOTE}/fr.mdx`,
    message:
      'a link to <root>/tests/fixtures/site/documents/2030/partial-note/fr.mdx, outside the content folder: the archive publishes only what is in the content folder; copy the file in instead of linking to it',
  },
  {
    name: 'a link to a folder outside the content folder',
    mutate: (d) =>
      fs.symlinkSync(path.resolve('tests/fixtures/site', NOTE), path.join(d, 'documents/2030/linked-note')),
    file: 'documents/2030/linked-note',
    message:
      'a link to <root>/tests/fixtures/site/documents/2030/partial-note, outside the content folder: the archive publishes only what is in the content folder; copy the file in instead of linking to it',
  },
  {
    name: 'a named pipe (which would make the build wait forever)',
    mutate: (d) => {
      fs.rmSync(path.join(d, NOTE, 'fr.mdx'));
      spawnSync('mkfifo', [path.join(d, NOTE, 'fr.mdx')]);
    },
    file: `${NOTE}/fr.mdx`,
    message:
      'a named pipe, not a regular file: the content folder holds only folders, meta.yaml and <lang>.mdx files; remove it',
  },
  {
    name: 'a named pipe in place of meta.yaml',
    mutate: (d) => {
      fs.rmSync(path.join(d, NOTE, 'meta.yaml'));
      spawnSync('mkfifo', [path.join(d, NOTE, 'meta.yaml')]);
    },
    file: `${NOTE}/meta.yaml`,
    message:
      'a named pipe, not a regular file: the content folder holds only folders, meta.yaml and <lang>.mdx files; remove it',
  },
  {
    name: 'a named pipe in place of registry.yaml',
    mutate: (d) => {
      fs.rmSync(path.join(d, 'registry.yaml'));
      spawnSync('mkfifo', [path.join(d, 'registry.yaml')]);
    },
    file: 'registry.yaml',
    message:
      'a named pipe, not a regular file: the content folder holds only folders, meta.yaml and <lang>.mdx files; remove it',
  },
  {
    name: 'a documents folder that is a link out of the content folder',
    mutate: (d) => {
      fs.rmSync(path.join(d, 'documents'), { recursive: true });
      fs.symlinkSync(path.resolve('tests/fixtures/site/documents'), path.join(d, 'documents'));
    },
    file: 'documents',
    message:
      'a link to <root>/tests/fixtures/site/documents, outside the content folder: the archive publishes only what is in the content folder; copy the file in instead of linking to it',
  },
  {
    name: 'an editions folder that is a link out of the content folder',
    mutate: (d) => {
      fs.rmSync(path.join(d, 'editions'), { recursive: true });
      fs.symlinkSync(path.resolve('tests/fixtures/site/editions'), path.join(d, 'editions'));
    },
    file: 'editions',
    message:
      'a link to <root>/tests/fixtures/site/editions, outside the content folder: the archive publishes only what is in the content folder; copy the file in instead of linking to it',
  },
  {
    name: 'a file named editions',
    mutate: (d) => {
      fs.rmSync(path.join(d, 'editions'), { recursive: true });
      fs.writeFileSync(path.join(d, 'editions'), '');
    },
    file: 'editions',
    message: 'editions must be a folder (holding editions/<year>/): move this file away and make editions a folder',
  },
  {
    name: 'a named pipe named documents (which would make the build wait forever)',
    mutate: (d) => {
      fs.rmSync(path.join(d, 'documents'), { recursive: true });
      spawnSync('mkfifo', [path.join(d, 'documents')]);
    },
    file: 'documents',
    message:
      'documents must be a folder (holding documents/<year>/<slug>/): move this file away and make documents a folder',
  },
  // Item 11: nesting that would take minutes to parse.
  {
    name: 'a list nested a thousand levels deep',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace(
          '\n1. This',
          `\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n1. This`,
        ),
      ),
    file: `${NOTE}/en.mdx`,
    line: 39,
    message:
      'the text is nested more than 16 levels deep (lists or quotes inside each other): a text needs a few levels at most; flatten it',
  },
  {
    name: 'a list nested a thousand levels deep inside a quote',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace(
          '\n1. This',
          `\n${Array.from({ length: 1000 }, (_, i) => `> ${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n1. This`,
        ),
      ),
    file: `${NOTE}/en.mdx`,
    line: 37,
    message:
      'the text is nested more than 16 levels deep (lists or quotes inside each other): a text needs a few levels at most; flatten it',
  },
  {
    name: 'quotes nested a thousand levels deep on one line',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('\n1. This', `\n${'> '.repeat(1000)}deep\n\n1. This`)),
    file: `${NOTE}/en.mdx`,
    line: 7,
    message:
      'the text is nested more than 16 levels deep (lists or quotes inside each other): a text needs a few levels at most; flatten it',
  },
  // Item 14: the editor's own words and line numbers.
  {
    name: 'a YAML error in the frontmatter, on the line of the file',
    mutate: (d) => edit(d, `${NOTE}/fr.mdx`, (t) => t.replace(/^basedOn: 2$/m, 'basedOn: 2\nbasedOn: 1')),
    file: `${NOTE}/fr.mdx`,
    line: 5,
    message: 'invalid YAML in the frontmatter: Map keys must be unique',
  },
  {
    name: 'an empty meta.yaml',
    mutate: (d) => fs.writeFileSync(path.join(d, NOTE, 'meta.yaml'), ''),
    file: `${NOTE}/meta.yaml`,
    message: "the file is empty: write the record's facts in it (kind, status, date, sources, …; see docs/content.md)",
  },
  {
    name: 'a cross-reference written as an expression',
    mutate: (d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to={"2030/model-convention#art_1"} />'),
      ),
    file: `${NOTE}/en.mdx`,
    field: '<Ref>',
    line: 9,
    message:
      'write to="…" with quotes (for example <Ref to="2023/data-security-consensus#para_2" />): braces {…} are not read in the texts',
  },
  {
    name: 'a cross-reference without a target',
    mutate: (d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref />')),
    file: `${NOTE}/en.mdx`,
    field: '<Ref>',
    line: 9,
    message: 'say what it points to: <Ref to="<year>/<slug>" /> or <Ref to="<year>/<slug>#<clause id>" />',
  },
  {
    name: 'an invalid clause id override',
    mutate: (d) =>
      edit(d, `${DOC}/en.mdx`, (t) => t.replace('## Article 1', '## <Clause id="Article One" /> Article 1')),
    file: `${DOC}/en.mdx`,
    field: 'clause id',
    line: 10,
    message:
      'Invalid clause id "Article One" in <Clause id="…" />: write lowercase unit_number segments joined by "__" (e.g. "art_5bis", "art_5__para_2") or "preamble".',
  },
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

  it.each(CASES)('$name', ({ mutate, file, field, line, message }) => {
    const dir = mutatedFixture(mutate);
    const { problems } = inspectCorpus(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    // Each problem whole (file, line, field, message), with this run's folders named as in CASES.
    const seen = problems.map((p) => ({
      file: path.relative(dir, path.resolve(p.file)),
      ...(p.line ? { line: p.line } : {}),
      ...(p.field ? { field: p.field } : {}),
      message: p.message.split(dir).join('<corpus>').split(process.cwd()).join('<root>'),
    }));
    expect(seen).toContainEqual({ file, ...(line ? { line } : {}), ...(field ? { field } : {}), message });
  });
});

describe('one problem at its root cause, and nothing published that should not be', () => {
  const only = (mutate: (d: string) => void) => {
    const dir = mutatedFixture(mutate);
    const { corpus, problems } = inspectCorpus(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    // As an editor reads them, the mutated copy's folder written `<corpus>`.
    return { corpus, problems: problems.map(formatProblem).map((m) => m.split(dir).join('<corpus>')) };
  };

  it('reports a broken meta.yaml once, not again as unknown documents or registry advice', () => {
    const { problems } = only((d) =>
      edit(d, `${DOC}/meta.yaml`, (t) => t.replace('kind: declaration', 'kind: [declaration')),
    );
    expect(problems).toEqual([
      '<corpus>/documents/2030/model-convention/meta.yaml:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a broken edition meta.yaml once, not again for each of its documents', () => {
    const { problems } = only((d) =>
      edit(d, 'editions/2030/meta.yaml', (t) => t.replace('city: Testville', 'city: [Testville')),
    );
    expect(problems).toHaveLength(1);
  });

  it('reports an empty meta.yaml in words, once, without "expected object, received null"', () => {
    const { problems } = only((d) => fs.writeFileSync(path.join(d, NOTE, 'meta.yaml'), '\n'));
    expect(problems).toEqual([
      "<corpus>/documents/2030/partial-note/meta.yaml: the file is empty: write the record's facts in it (kind, status, date, sources, …; see docs/content.md)",
    ]);
  });

  it('reports a frontmatter error of the original once, never as "en.mdx does not exist"', () => {
    const { problems } = only((d) => edit(d, `${NOTE}/en.mdx`, (t) => t.replace('basedOn: 3', 'basedOn: one')));
    expect(problems).toEqual([
      '<corpus>/documents/2030/partial-note/en.mdx — basedOn: `basedOn` is the revision of the original this version was made from (a whole number, e.g. 1)',
    ]);
  });

  it('reports a cross-reference written as an expression once, never as unknown document ""', () => {
    const { problems } = only((d) =>
      edit(d, `${NOTE}/en.mdx`, (t) => t.replace('<Ref to="2030/model-convention#art_1" />', '<Ref to={target} />')),
    );
    expect(problems).toEqual([
      '<corpus>/documents/2030/partial-note/en.mdx:9 — <Ref>: write to="…" with quotes (for example <Ref to="2023/data-security-consensus#para_2" />): braces {…} are not read in the texts',
    ]);
  });

  it('reads a text saved with a byte order mark like any other', () => {
    const { problems, corpus } = only((d) => edit(d, `${NOTE}/fr.mdx`, (t) => `\uFEFF${t}`));
    expect(problems).toEqual([]);
    expect(corpus.documents.get('2030/partial-note')?.versions.get('fr')?.data.version).toBe('archive');
  });

  it("publishes and indexes nothing of an editor's comment {/* … */}", () => {
    const { problems, corpus } = only((d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t
          .replace('as plain text.', 'as plain {/* inline note: quokka */} text.')
          .replace('\n3. Its', '\n{/* a note between clauses: wombat */}\n\n3. Its'),
      ),
    );
    expect(problems).toEqual([]);
    const en = corpus.documents.get('2030/partial-note')?.versions.get('en');
    expect(en?.html).toContain('as plain  text.');
    expect(en?.html).not.toMatch(/quokka|wombat|\/\*/);
    // Search indexes the clause texts and the rendered page: neither holds the comments.
    expect(en?.clauses.map((c) => c.text).join(' ')).not.toMatch(/quokka|wombat/);
    expect(en?.clauses.map((c) => c.eId)).toEqual(['para_1', 'para_2', 'para_3']);
  });

  it("skips editors' lock, backup and swap files without a word", () => {
    const { problems } = only((d) => {
      fs.symlinkSync('root@host.1234:1700000000', path.join(d, NOTE, '.#fr.mdx'));
      fs.writeFileSync(path.join(d, NOTE, 'fr.mdx~'), 'old');
      fs.writeFileSync(path.join(d, NOTE, '.fr.mdx.swp'), 'swap');
      fs.writeFileSync(path.join(d, NOTE, '#en.mdx#'), 'autosave');
    });
    expect(problems).toEqual([]);
  });

  it('accepts web, mail and site links, and images of the site itself', () => {
    const { problems } = only((d) =>
      edit(d, `${NOTE}/en.mdx`, (t) =>
        t.replace(
          'as plain text.',
          'as [one](https://example.org/a), [two](http://example.org), [three](mailto:office@example.org), [four](/en/2030/), [five](#para_2), [six](../model-convention/) and ![seal](/seal.png) text.',
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});
