import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, inspectCorpus } from '../../../src/corpus/index.ts';
import { markScaffold } from '../../../src/editor/scaffold.ts';
import { contentCopy, FIXTURES, runImport } from './import-runner.ts';

const WORK = 'documents/2030/sample-convention';

const to = ['--to', '2030/sample-convention'];
const fixture = (name: string) => path.join(FIXTURES, name);
const target = (dir: string, lang: string) => path.join(dir, WORK, `${lang}.mdx`);
const idsOf = (dir: string, lang: 'en' | 'zh' | 'ar') => {
  const { corpus, problems } = inspectCorpus(dir);
  expect(problems.length ? formatProblems(problems) : '').toBe('');
  return corpus.documents
    .get('2030/sample-convention')
    ?.versions.get(lang)
    ?.clauses.map((c) => c.eId);
};

const EXPECTED = [
  'preamble',
  'art_1',
  'art_1__para_1',
  'art_1__para_2',
  'art_1__para_2__point_a',
  'art_1__para_2__point_b',
  'art_1__para_2__point_b__point_i',
  'art_1__para_2__point_b__point_ii',
  'art_1__para_2__point_c',
  'art_2',
  'art_2__para_1',
  'art_2__para_1__point_a',
  'art_2__para_1__point_b',
  'art_2__para_2',
];

describe('npm run import with the .docx files LibreOffice wrote', () => {
  const dir = contentCopy();

  it('imports the English original: the content check passes and the clause ids come from Word numbering and typed numbers', () => {
    const r = runImport(dir, fixture('en.docx'), ...to, '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(idsOf(dir, 'en')).toEqual(EXPECTED);
    const text = fs.readFileSync(target(dir, 'en'), 'utf8');
    expect(text).toMatch(
      /^---\ntitle: Sample Convention for the Importer's Tests\nversion: original\nbasedOn: 3\n---\n/,
    );
    expect(text).toContain('## Article 1 Scope');
    expect(text).toContain('*test fixtures*'); // emphasis
    expect(text).toContain('**sample**');
    expect(text).toContain('[^1]: A sample footnote'); // footnote
    expect(text).toMatch(/\| Item +\| Value \|/); // table, its first row as header
    // The report: each label, the clause id it becomes, where the label came from, the line.
    expect(r.out).toMatch(/line +9 +Article 1 +→ art_1 +\(Word's numbering, from the paragraph's style\)/);
    expect(r.out).toMatch(/line +19 +\(i\) +→ art_1__para_2__point_b__point_i +\(Word's numbering\)/);
    expect(r.out).toMatch(/line +27 +1\. +→ art_2__para_1 +\(typed in the text\)/);
    expect(r.out).toContain(
      `title: "Sample Convention for the Importer's Tests" (the document's first heading, its title)`,
    );
    expect(text.split('\n')[8]).toBe('## Article 1 Scope'); // line 9, as the report says
  });

  it('escapes what MDX would misread: braces, angle brackets, a line starting with import', () => {
    const text = fs.readFileSync(target(dir, 'en'), 'utf8');
    expect(text).toContain('the Parties \\{and\\} \\<others\\> agree');
    expect(text).toContain('&#105;mport this line');
  });

  it('imports the Chinese translation (archive) with the same clause ids, 第%2条 and （一） from Word numbering', () => {
    const r = runImport(dir, fixture('zh.docx'), ...to, '--lang', 'zh', '--version', 'archive');
    expect(r.code).toBe(0);
    expect(idsOf(dir, 'zh')).toEqual(EXPECTED);
    const text = fs.readFileSync(target(dir, 'zh'), 'utf8');
    expect(text).toContain('version: archive\nbasedOn: 3');
    expect(text).toContain('## 第一条 适用范围');
    expect(text).toContain('（一） 第一项；');
    expect(text).toContain('&#101;xport');
    expect(r.out).toContain('the same 14 clause ids');
  });

  it('imports the Arabic translation (official, with its source) with the same clause ids', () => {
    const r = runImport(
      dir,
      fixture('ar.docx'),
      ...to,
      '--lang',
      'ar',
      '--version',
      'official',
      '--source',
      'sample-official',
    );
    expect(r.code).toBe(0);
    expect(idsOf(dir, 'ar')).toEqual(EXPECTED);
    const text = fs.readFileSync(target(dir, 'ar'), 'utf8');
    expect(text).toContain(
      "source:\n  title: Sample publication for the importer's tests (fictional)\n  outlet: Sample Gazette",
    );
    expect(text).toContain('## المادة 1 النطاق');
    expect(text).toContain('(أ) بند مكتوب يدويا؛');
  });

  it('refuses to overwrite an edited text without --force, and replaces it with --force', () => {
    const before = fs.readFileSync(target(dir, 'zh'), 'utf8');
    const r = runImport(dir, fixture('zh.docx'), ...to, '--lang', 'zh', '--version', 'archive');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toMatch(/zh\.mdx exists and has been edited: add --force to replace it/);
    expect(r.out).toBe('');
    expect(fs.readFileSync(target(dir, 'zh'), 'utf8')).toBe(before);
    fs.writeFileSync(target(dir, 'zh'), `${before}\nAn editor's change.\n`);
    expect(runImport(dir, fixture('zh.docx'), ...to, '--lang', 'zh', '--version', 'archive', '--force').code).toBe(0);
    expect(fs.readFileSync(target(dir, 'zh'), 'utf8')).toBe(before);
  });
});

describe('npm run import: translations', () => {
  it('names the clause a translation lacks, and the one the original lacks', () => {
    const dir = contentCopy();
    expect(runImport(dir, fixture('en.docx'), ...to, '--lang', 'en').code).toBe(0);
    const md = path.join(dir, 'fr.md');
    fs.writeFileSync(
      md,
      '# Convention d’exemple\n\nTexte d’exemple pour les tests de l’importateur.\n\n## Article 1\n\n1. Premier paragraphe.\n\n2. Deuxième paragraphe.\n\n(a) premier alinéa ;\n\n(b) deuxième alinéa ;\n\n(i) premier sous-alinéa ;\n\n(ii) deuxième sous-alinéa ;\n\n## Article 2\n\n1. Un paragraphe.\n\n(a) un alinéa ;\n\n(b) un autre.\n\n2. Un autre paragraphe.\n\n3. Un paragraphe de trop.\n',
    );
    const r = runImport(dir, md, ...to, '--lang', 'fr', '--version', 'archive');
    expect(r.code).toBe(0);
    expect(r.out).toContain('missing here: art_1__para_2__point_c');
    expect(r.out).toContain('not in the original: art_2__para_3');
  });

  it('stops a translation without --version, naming both ways to say what it is, and writes nothing', () => {
    const dir = contentCopy();
    const r = runImport(dir, fixture('zh.docx'), ...to, '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      'npm run import: zh is a translation (the original is en): say what it is: add --version archive (made by this archive) or --version official --source <id> (issued by the forum; <id> one of sample-official, sample-other)',
    ]);
    expect(fs.existsSync(target(dir, 'zh'))).toBe(false);
  });

  it('refuses an official translation whose --source is not one of the work’s sources', () => {
    const dir = contentCopy();
    const r = runImport(
      dir,
      fixture('zh.docx'),
      ...to,
      '--lang',
      'zh',
      '--version',
      'official',
      '--source',
      'elsewhere',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("--source elsewhere is not one of this work's sources");
  });
});

describe('npm run import: what it writes, and when', () => {
  it('replaces an untouched stub of npm run new without --force', () => {
    const dir = contentCopy();
    fs.writeFileSync(
      target(dir, 'en'),
      markScaffold('---\ntitle: TITLE\nversion: original\nbasedOn: 1\n---\n', '\n1. TEXT\n'),
    );
    const r = runImport(dir, fixture('en.docx'), ...to, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('replaces the untouched stub written by npm run new');
    expect(fs.readFileSync(target(dir, 'en'), 'utf8')).toContain('## Article 1 Scope');
  });

  it('--dry-run prints the report and writes nothing', () => {
    const dir = contentCopy();
    const r = runImport(dir, fixture('en.docx'), ...to, '--lang', 'en', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(dry run: nothing is written)');
    expect(r.out).toContain('→ art_2__para_2');
    expect(fs.readdirSync(path.join(dir, WORK))).toEqual(['meta.yaml']);
  });

  it('says to run npm run new when the work does not exist', () => {
    const dir = contentCopy();
    const r = runImport(dir, fixture('en.docx'), '--to', '2030/no-such-work', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('start the work first with npm run new -- 2030/no-such-work --kind <kind>');
  });

  it('imports a .txt: title from its first line, { } < > and import/export escaped, the content check passes', () => {
    const dir = contentCopy();
    const txt = path.join(dir, 'sample.txt');
    fs.writeFileSync(
      txt,
      'Sample Text for the Importer\n\nSample text for the importer’s tests: {braces} and <b>tags</b> stay text.\n\n1. import nothing from here.\n\nexport is a word too, at the start of a paragraph.\n\n2. a > b and c < d.\n',
    );
    const r = runImport(dir, txt, ...to, '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.out).toContain('(the first line of the text file)');
    const text = fs.readFileSync(target(dir, 'en'), 'utf8');
    expect(text).toContain('\\{braces\\} and \\<b\\>tags\\</b\\> stay text');
    expect(text).toContain('1. &#105;mport nothing');
    expect(text).toContain('&#101;xport is a word too');
    expect(text).toContain('2. a \\> b and c \\< d.');
    const { problems } = inspectCorpus(dir);
    expect(formatProblems(problems)).toBe('0 content problems:\n');
  });
});

describe('npm run import: files it cannot read fail with one line, and nothing is written', () => {
  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: { name: string; file: string; bytes: Buffer | string; says: RegExp }[] = [
    { name: 'an empty file', file: 'empty.docx', bytes: '', says: /empty\.docx is empty \(0 bytes\)/ },
    {
      name: 'a damaged zip',
      file: 'corrupt.docx',
      bytes: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64, 7)]),
      says: /corrupt\.docx is damaged .*save it again as \.docx/,
    },
    {
      name: 'a password-protected (encrypted) Word file',
      file: 'locked.docx',
      bytes: Buffer.concat([CFB, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]),
      says: /locked\.docx is password-protected \(an encrypted Word file\): .*remove the password/,
    },
    {
      name: 'an old .doc saved as .docx',
      file: 'old.docx',
      bytes: Buffer.concat([CFB, Buffer.alloc(504)]),
      says: /old binary Word file \(\.doc\)/,
    },
    {
      name: 'a text file named .docx',
      file: 'text.docx',
      bytes: 'plain text',
      says: /text\.docx is not a \.docx file/,
    },
    {
      name: 'a file of another type',
      file: 'sample.pdf',
      bytes: '%PDF-1.7',
      says: /reads \.docx, \.md and \.txt files, not \.pdf/,
    },
    {
      name: 'a zip that is not a Word document',
      file: 'other.docx',
      bytes: '',
      says: /not a Word document \(it has no word\/document\.xml\)/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const dir = contentCopy();
      const file = path.join(dir, c.file);
      if (c.file === 'other.docx') {
        const JSZip = (await import('jszip')).default;
        const zip = new JSZip();
        zip.file('hello.txt', 'hello');
        fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
      } else fs.writeFileSync(file, c.bytes);
      const r = runImport(dir, file, ...to, '--lang', 'en');
      expect(r.code).toBe(1);
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(1); // one line, no stack trace
      expect(lines[0]).toMatch(c.says);
      expect(r.out).toBe('');
      expect(fs.readdirSync(path.join(dir, WORK))).toEqual(['meta.yaml']);
    });
  }

  it('--help prints the usage', () => {
    const r = runImport(contentCopy(), '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: npm run import -- <file> --to <edition>\/<slug> --lang <code> \[options\]/);
    expect(r.out).toContain('--version official --source <id>');
  });

  it('bad arguments: one line saying what to do', () => {
    const dir = contentCopy();
    for (const [args, says] of [
      [[fixture('en.docx'), '--lang', 'en'], /say which work the text belongs to: --to <edition>\/<slug>/],
      [[fixture('en.docx'), ...to, '--lang', 'xx'], /--lang xx is not one of the archive's languages/],
      [[fixture('en.docx'), ...to, '--lang', 'en', '--colour'], /Unknown option '--colour'/],
      [[...to, '--lang', 'en'], /name the file to import/],
    ] as const) {
      const r = runImport(dir, ...args);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(says);
    }
  });
});
