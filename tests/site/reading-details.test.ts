import fs from 'node:fs';
import { parse } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../src/build/links.ts';
import { readLocale } from '../../src/i18n/i18n.ts';
import { getLanguage, LANG_CODES } from '../../src/i18n/languages.ts';
import { launch } from './browser.ts';

/** What a reader sees in the details: layout, print, names, quotes, notes, typography, notices (issue 12, items 15–23). */
const read = (root: string, p: string) => parse(fs.readFileSync(`${root}${p}index.html`, 'utf8'));
const SITE = 'dist';
const FIXTURE = 'tests/.out/fixture-dist';

describe('layout and print', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  it.each([
    ['en', 1280],
    ['en', 375],
    ['ar', 1280],
    ['ar', 375],
    ['zh', 1280],
  ] as const)('lines the language bar up with the content (%s, %i px)', async (lang, width) => {
    const page = await ctx.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${inject('siteUrl')}/${lang}/2023/`);
    const first = (await page.locator('.lang-switcher li:first-child a').boundingBox())!;
    const h1 = (await page.locator('main h1').boundingBox())!;
    if (getLanguage(lang).dir === 'rtl') expect(Math.abs(first.x + first.width - (h1.x + h1.width))).toBeLessThan(2);
    else expect(Math.abs(first.x - h1.x)).toBeLessThan(2);
    await page.close();
  });

  it.each(['en', 'ar', 'zh'])('prints clause ids in the inline-start margin, outside the text (%s)', async (lang) => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/${lang}/2023/data-security-consensus/`);
    await page.emulateMedia({ media: 'print' });
    const { clause, left, right, width } = await page.evaluate(() => {
      const el = document.getElementById('para_2')!;
      const cs = getComputedStyle(el, '::before');
      const r = el.getBoundingClientRect();
      return {
        clause: { left: r.left, right: r.right },
        left: parseFloat(cs.left),
        right: parseFloat(cs.right),
        width: parseFloat(cs.width),
      };
    });
    // The id's box, from its offsets inside the clause (the clause is its containing block).
    const box =
      getLanguage(lang).dir === 'rtl'
        ? { start: clause.right - right, end: clause.right - right - width }
        : { start: clause.left + left, end: clause.left + left + width };
    if (getLanguage(lang).dir === 'rtl') expect(box.end).toBeGreaterThanOrEqual(clause.right);
    else expect(box.end).toBeLessThanOrEqual(clause.left);
    await page.close();
  });
});

describe("words and marks in the reader's language", () => {
  it("names the original language in the reader's language", () => {
    const fact = (root: string, p: string, lang: string) => {
      const dl = read(root, p).querySelector('dl.facts')!;
      const dt = dl.querySelectorAll('dt').find((d) => d.text === readLocale(lang)['meta.original']);
      return dt?.nextElementSibling?.text;
    };
    expect(fact(SITE, '/zh/2023/data-security-consensus/', 'zh')).toBe('英语');
    expect(fact(SITE, '/fr/2023/data-security-consensus/', 'fr')).toBe('anglais');
    expect(fact(SITE, '/ar/2023/data-security-consensus/', 'ar')).toBe('الإنجليزية');
    expect(read(FIXTURE, '/fr/2030/model-convention/').querySelector('.notice')?.text).toContain('original en anglais');
    expect(read(FIXTURE, '/ru/2030/partial-note/').querySelector('.fallback-notice p')?.text).toContain('(английский)');
  });

  it.each([SITE, FIXTURE])(
    "never puts a title's own quotes inside the same quotes in a cross-reference (%s)",
    (root) => {
      const wrong: string[] = [];
      for (const file of htmlFiles(root)) {
        const doc = parse(fs.readFileSync(file, 'utf8'));
        const lang = doc.querySelector('html')?.getAttribute('lang') ?? 'en';
        const { open, close } = getLanguage(lang).quotes;
        const count = (text: string, mark: string) => text.split(mark.trim()).length - 1;
        for (const a of doc.querySelectorAll('a.xref')) {
          if (a.text.includes('"') || count(a.text, open) > 1 || count(a.text, close) > 1)
            wrong.push(`${file}: ${a.text}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(
        read(SITE, '/en/2023/')
          .querySelectorAll('a.xref')
          .map((a) => a.text),
      ).toContain('“‘Public Security’ Concept Document”');
    },
  );

  it.each([SITE, FIXTURE])('numbers footnote markers side by side in source-list order (%s)', (root) => {
    const wrong: string[] = [];
    for (const file of htmlFiles(root)) {
      for (const run of fs.readFileSync(file, 'utf8').matchAll(/(?:<sup class="cite">.*?<\/sup>){2,}/g)) {
        const numbers = [...run[0].matchAll(/>\[(\d+)\]</g)].map((m) => Number(m[1]));
        if (numbers.some((n, i) => i > 0 && n < numbers[i - 1]!)) wrong.push(`${file}: ${numbers.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('sets French colons after a narrow no-break space, and Chinese ones full width', () => {
    const frPage = read(FIXTURE, '/fr/2030/partial-note/');
    expect(frPage.querySelector('.badges')?.text).toContain('Cette version\u202f: ');
    for (const file of htmlFiles(`${SITE}/fr`)) {
      const text = parse(fs.readFileSync(file, 'utf8')).querySelector('main')?.text ?? '';
      expect(text, file).not.toMatch(/[^\s\u00a0\u202f] +:/);
    }
    const zh = read(SITE, '/zh/2023/data-security-consensus/').querySelector('.badges')?.text ?? '';
    expect(zh).toContain('本版本：');
    expect(zh).not.toContain(': ');
  });

  it('writes a Chinese date range the Chinese way', () => {
    expect(read(SITE, '/zh/2024/').querySelector('dl.facts time')?.text).toBe('2024年9月8日至10日');
  });
});

describe('honest notices and helpful tables', () => {
  const notice = (lang: string) =>
    read(FIXTURE, `/${lang}/2030/model-convention/`)
      .querySelectorAll('header .notice p')
      .map((p) => p.text);

  it('says what each version of an official text is, and only that', () => {
    expect(notice('en')).toEqual([readLocale('en')['text.officialNotice']]);
    expect(notice('es')).toEqual([
      readLocale('es')['version.officialNotice']!.replace('{{source}}', 'Fixture').replace('{{language}}', 'inglés'),
    ]);
    const fr = notice('fr');
    expect(fr).toHaveLength(1);
    expect(fr[0]).toContain('ne fait pas foi');
    expect(fr[0]).not.toContain(readLocale('fr')['text.officialNotice']);
  });

  it('says on the 404 page only what the site can keep: no contact it does not have', () => {
    for (const lang of LANG_CODES) {
      const text = parse(fs.readFileSync(`${SITE}/${lang}/404.html`, 'utf8')).querySelector('main')?.text ?? '';
      expect(text, lang).not.toMatch(/tell us|signaler|告知我们|сообщить нам|avise|إبلاغنا/);
    }
  });

  it('links every cell of the coverage table to that language version', () => {
    const page = read(FIXTURE, '/en/coverage/');
    const rows = page.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const key = row
        .querySelector('th a')!
        .getAttribute('href')!
        .replace(/^\/en\//, '');
      const cells = row.querySelectorAll('td');
      expect(cells.map((td) => td.querySelector('a')?.getAttribute('href'))).toEqual(
        LANG_CODES.map((l) => `/${l}/${key}`),
      );
      expect(cells.map((td) => td.querySelector('a')?.getAttribute('hreflang'))).toEqual(LANG_CODES);
    }
  });
});
