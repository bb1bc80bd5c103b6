import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatProblems, inspectCorpus } from '../../../src/corpus/index.ts';
import { formatCounter } from '../../../src/editor/import/number-format.ts';
import { contentCopy, runImport } from './import-runner.ts';

/**
 * .docx files built here with jszip, part by part, for what the LibreOffice fixtures do not
 * cover: Word's Arabic formats, start values and restarts, numbering inherited through a
 * style's w:basedOn, a format the importer does not know, and images.
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Lvl {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  pStyle?: string;
}
const lvlXml = (l: Lvl, i: number) =>
  `<w:lvl w:ilvl="${i}">${l.start === undefined ? '' : `<w:start w:val="${l.start}"/>`}${l.restart === undefined ? '' : `<w:lvlRestart w:val="${l.restart}"/>`}${l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : ''}<w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/></w:lvl>`;

/** A paragraph: text, with direct numbering [numId, ilvl] and/or a style. */
const para = (text: string, opts: { num?: [number, number]; style?: string } = {}) =>
  `<w:p><w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function docx(parts: {
  body: string;
  abstracts: Lvl[][];
  /** w:num → abstract index, with optional start overrides per level. */
  nums: { abstract: number; starts?: Record<number, number> }[];
  styles?: string;
  extra?: (zip: JSZip) => void;
}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdI" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.abstracts
      .map((levels, i) => `<w:abstractNum w:abstractNumId="${i}">${levels.map(lvlXml).join('')}</w:abstractNum>`)
      .join('')}${parts.nums
      .map(
        (n, i) =>
          `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${n.abstract}"/>${Object.entries(n.starts ?? {})
            .map(([l, s]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${s}"/></w:lvlOverride>`)
            .join('')}</w:num>`,
      )
      .join('')}</w:numbering>`,
  );
  const title = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>';
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${title}${parts.styles ?? ''}</w:styles>`,
  );
  parts.extra?.(zip);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const WORK = 'documents/2030/sample-convention';

describe("Word's number formats", () => {
  it('writes counters as Word shows them', () => {
    expect([1, 2, 12].map((n) => formatCounter(n, 'hindiNumbers'))).toEqual(['١', '٢', '١٢']);
    expect([1, 5, 6].map((n) => formatCounter(n, 'arabicAbjad'))).toEqual(['أ', 'هـ', 'و']);
    expect([1, 10, 11, 21].map((n) => formatCounter(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十一']);
    expect([1, 26, 27, 28].map((n) => formatCounter(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect([4, 9].map((n) => formatCounter(n, 'upperRoman'))).toEqual(['IV', 'IX']);
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(3, 'thaiLetters')).toBeNull();
  });
});

describe('npm run import: Word numbering built part by part', () => {
  it('Arabic: المادة %1 in Arabic-Indic digits from a style based on a numbered style, (%2) in abjad letters, a restart and a start value', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'ar.docx');
    fs.writeFileSync(
      file,
      await docx({
        abstracts: [
          [{ fmt: 'hindiNumbers', text: 'المادة %1', start: 1, pStyle: 'ArticleBase' }],
          [
            { fmt: 'hindiNumbers', text: '%1.', start: 1 },
            { fmt: 'arabicAbjad', text: '(%2)', start: 1 },
          ],
          [{ fmt: 'bullet', text: '•', start: 1 }],
        ],
        nums: [{ abstract: 0 }, { abstract: 1 }, { abstract: 1, starts: { 0: 5 } }, { abstract: 2 }],
        // "Article" inherits its numbering from "ArticleBase" (w:basedOn), as Word's heading styles do.
        styles:
          '<w:style w:type="paragraph" w:styleId="ArticleBase"><w:name w:val="Article base"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Article"><w:name w:val="heading 2"/><w:basedOn w:val="ArticleBase"/></w:style>',
        body: [
          para('عنوان نموذجي لاختبارات أداة الاستيراد', { style: 'Title' }),
          para('نص نموذجي لاختبارات أداة الاستيراد.'),
          para('التعريفات', { style: 'Article' }),
          para('فقرة أولى.', { num: [2, 0] }),
          para('بند أول؛', { num: [2, 1] }),
          para('بند ثان؛', { num: [2, 1] }),
          para('بند ثالث؛', { num: [2, 1] }),
          para('بند رابع؛', { num: [2, 1] }),
          para('بند خامس.', { num: [2, 1] }),
          para('فقرة ثانية.', { num: [2, 0] }),
          para('بند أول من جديد.', { num: [2, 1] }),
          para('الأحكام', { style: 'Article' }),
          para('فقرة أولى من جديد.', { num: [3, 0] }),
          para('عنصر نقطي أول', { num: [4, 0] }),
          para('عنصر نقطي ثان', { num: [4, 0] }),
        ].join(''),
      }),
    );
    const r = runImport(
      dir,
      file,
      '--to',
      '2030/sample-convention',
      '--lang',
      'ar',
      '--version',
      'archive',
      '--title',
      'عنوان',
    );
    expect(r.err).toBe('');
    const text = fs.readFileSync(path.join(dir, WORK, 'ar.mdx'), 'utf8');
    expect(text).toContain('## المادة ١ التعريفات');
    expect(text).toContain('(هـ) بند خامس.');
    expect(text).toContain('## المادة ٢ الأحكام');
    expect(text).toContain('٥. فقرة أولى من جديد.'); // w:startOverride 5
    expect(text).toContain('- عنصر نقطي أول\n- عنصر نقطي ثان'); // a bulleted list stays a list
    expect(r.out).toMatch(/المادة ١ +→ art_1 +\(Word's numbering, from the paragraph's style\)/);
    expect(r.out).toMatch(/\(هـ\) +→ art_1__para_1__point_e/);
    expect(r.out).toMatch(/\(أ\) +→ art_1__para_2__point_a/);
    expect(r.out).toMatch(/٥\. +→ art_2__para_5/);
    expect(r.out).toMatch(/line \d+: "٥\." is the first of its level here, but not the first number \(art_2__para_5\)/);
    expect(r.out).toContain('Clause ids not compared: the original');
    expect(r.out).toContain(
      'title: "عنوان" (given with --title; the document\'s first heading ("عنوان نموذجي لاختبارات أداة الاستيراد") is left out, as the page shows the title)',
    );
    // The original does not exist yet in this copy: only this version's own checks apply here.
    const { problems } = inspectCorpus(dir);
    expect(formatProblems(problems.filter((p) => !p.message.includes('en.mdx does not exist')))).toBe(
      '0 content problems:\n',
    );
  });

  it('reports an "(i)" after "(h)", a gap, a repeated number and a format it does not know, with their lines', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'en.docx');
    const letters = 'abcdefghi'.split('');
    fs.writeFileSync(
      file,
      await docx({
        abstracts: [
          [
            { fmt: 'decimal', text: '%1.', start: 1 },
            { fmt: 'lowerLetter', text: '(%2)', start: 1 },
          ],
          [{ fmt: 'thaiLetters', text: 'Article %1', start: 1 }],
        ],
        nums: [{ abstract: 0 }, { abstract: 1 }],
        body: [
          para('Sample heading for the importer', { style: 'Title' }),
          para('Sample text for the importer’s tests.'),
          para('The first paragraph:', { num: [1, 0] }),
          ...letters.map((l) => para(`point ${l};`, { num: [1, 1] })),
          para('3. A paragraph typed as 3 after 1: a gap.'),
          para('3. The same number again.'),
          para('A paragraph numbered in a format the importer does not know.', { num: [2, 0] }),
        ].join(''),
      }),
    );
    const r = runImport(dir, file, '--to', '2030/sample-convention', '--lang', 'en', '--dry-run');
    expect(r.err).toBe('');
    const line = (s: string) => Number(/line +(\d+) +/.exec(r.out.split('\n').find((l) => l.includes(s)) ?? '')?.[1]);
    const i = line('→ para_1__point_i');
    expect(i).toBeGreaterThan(0);
    expect(r.out).toContain(
      `line ${i}: "(i)" after "(h)" is read as the next letter (para_1__point_i); if it is the Roman sub-point i, put <Clause id="para_1__point_h__point_i" /> (or the id it belongs to) first in the paragraph`,
    );
    const gap = line('→ para_3');
    expect(r.out).toContain(
      `line ${gap}: gap: "3." follows "1." (line ${line('→ para_1  ')}); 1 missing before para_3`,
    );
    expect(r.out).toMatch(new RegExp(`line ${gap + 2}: "3\\." repeats the number of line ${gap} \\(para_3\\)`));
    expect(r.out).toMatch(/Clause id "para_3" is used twice/);
    expect(r.out).toMatch(
      /line \d+: Word's number format "thaiLetters" is not known to the importer: "Article 1" was written in digits/,
    );
    expect(fs.existsSync(path.join(dir, WORK, 'en.mdx'))).toBe(false);
  });

  it('refuses a document with an image, saying what to do, and writes nothing', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'img.docx');
    const drawing =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" descr="a sample"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdI"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    fs.writeFileSync(
      file,
      await docx({
        abstracts: [],
        nums: [],
        body: para('Sample heading', { style: 'Title' }) + para('Sample text with an image:') + drawing,
        extra: (zip) => zip.file('word/media/image1.png', Buffer.from('89504e470d0a1a0a', 'hex')),
      }),
    );
    const r = runImport(dir, file, '--to', '2030/sample-convention', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('img.docx holds 1 image: the importer does not carry images over');
    expect(r.err).toContain('![description](/images/…)');
    expect(fs.readdirSync(path.join(dir, WORK))).toEqual(['meta.yaml']);
  });
});
