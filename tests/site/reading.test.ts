import fs from 'node:fs';
import { parse } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../../src/build/links.ts';
import { getLanguage, LANG_CODES } from '../../src/i18n/languages.ts';
import { launch } from './browser.ts';

const read = (root: string, p: string) => parse(fs.readFileSync(`${root}${p}index.html`, 'utf8'));

describe('every built page declares its language and direction', () => {
  it.each(['dist', 'tests/.out/fixture-dist'])('in %s', (root) => {
    const wrong: string[] = [];
    for (const file of htmlFiles(root)) {
      const html = parse(fs.readFileSync(file, 'utf8')).querySelector('html');
      const lang = html?.getAttribute('lang') ?? '';
      const first = urlPathOf(root, file).split('/')[1] ?? '';
      const expected = LANG_CODES.includes(first as never) ? first : null;
      if (!lang || (expected && lang !== expected)) wrong.push(`${file}: lang="${lang}"`);
      else if (html?.getAttribute('dir') !== getLanguage(lang).dir)
        wrong.push(`${file}: dir="${html?.getAttribute('dir')}" for ${lang}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('every language has every page, and the language links agree', () => {
  it.each(['dist', 'tests/.out/fixture-dist'])('in %s', (root) => {
    const byLang = new Map<string, Set<string>>();
    for (const file of htmlFiles(root)) {
      const [, first = '', ...rest] = urlPathOf(root, file).split('/');
      // Earlier revisions (…/rev/<n>/) and their comparisons (…/compare/<a>-<b>/) exist per language
      // version: each has its own revision sequence.
      if (!LANG_CODES.includes(first as never) || /\/(rev\/\d+|compare\/\d+-\d+)\/$/.test(urlPathOf(root, file)))
        continue;
      byLang.set(first, (byLang.get(first) ?? new Set()).add(rest.join('/')));
    }
    const en = [...(byLang.get('en') ?? [])].sort();
    expect(en.length).toBeGreaterThan(10);
    for (const l of LANG_CODES) expect([...(byLang.get(l) ?? [])].sort(), l).toEqual(en);
  });

  it.each(['dist', 'tests/.out/fixture-dist'])(
    'switcher links and hreflang alternates point at the same page (%s)',
    (root) => {
      const wrong: string[] = [];
      for (const file of htmlFiles(root)) {
        const doc = parse(fs.readFileSync(file, 'utf8'));
        const switcher = new Map(
          doc.querySelectorAll('.lang-switcher a').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]),
        );
        for (const link of doc.querySelectorAll('link[rel=alternate][hreflang]')) {
          const lang = link.getAttribute('hreflang');
          if (lang === 'x-default' || !switcher.size) continue;
          const alt = new URL(link.getAttribute('href') ?? '').pathname;
          if (switcher.get(lang) !== alt)
            wrong.push(`${file}: ${lang} switcher ${switcher.get(lang)} vs alternate ${alt}`);
        }
        const self = urlPathOf(root, file);
        const current = doc.querySelector('.lang-switcher a[aria-current=page]')?.getAttribute('href');
        if (current && current !== self && !self.endsWith('404.html'))
          wrong.push(`${file}: current-language link ${current} is not this page`);
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('documents and their editions', () => {
  it('every document page of the shipped site links back to its edition, in every language', () => {
    const missing: string[] = [];
    for (const file of htmlFiles('dist')) {
      const m = /^\/([a-z]{2})\/(\d{4})\/[a-z0-9-]+\/$/.exec(urlPathOf('dist', file));
      if (!m) continue;
      const doc = parse(fs.readFileSync(file, 'utf8'));
      if (!doc.querySelector(`.facts a[href="/${m[1]}/${m[2]}/"]`)) missing.push(file);
    }
    expect(missing).toEqual([]);
  });
});

describe('clause ids in the built pages', () => {
  it('are identical in all six versions of a structured text, each numbered in its own way', () => {
    const ids = (l: string) =>
      read('tests/.out/fixture-dist', `/${l}/2030/model-convention/`)
        .querySelectorAll('section.text [id][data-pagefind-title]')
        .map((e) => e.getAttribute('id'));
    const en = ids('en');
    expect(en).toEqual([
      'preamble',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_1__point_a',
      'art_2__para_1__point_b',
      'art_2__para_1__point_c',
      'art_2__para_2',
    ]);
    for (const l of LANG_CODES) expect(ids(l), l).toEqual(en);
  });
  it('carry localized titles for search results', () => {
    const title = (l: string) =>
      read('tests/.out/fixture-dist', `/${l}/2030/model-convention/`)
        .querySelector('#art_2__para_1')
        ?.getAttribute('data-pagefind-title');
    expect(title('en')).toBe('Article 2 (1)');
    expect(title('zh')).toBe('第2条 (1)');
    expect(title('ru')).toBe('Статья 2 (1)');
  });
});

describe('a page whose language version is missing (fallback)', () => {
  const root = 'tests/.out/fixture-dist';
  const page = read(root, '/zh/2030/partial-note/');
  it("says so in the reader's language and links to every version that exists", () => {
    const notice = page.querySelector('.fallback-notice');
    expect(notice?.text).toContain('English');
    const links = notice?.querySelectorAll('a').map((a) => a.getAttribute('hreflang'));
    expect(links).toEqual(['en', 'fr']);
  });
  it("shows the original text inside an element with the original's lang and dir", () => {
    const text = page.querySelector('section.text');
    expect(text?.getAttribute('lang')).toBe('en');
    expect(text?.getAttribute('dir')).toBe('ltr');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh');
  });
  it('is not indexed, not an hreflang alternate, and points canonical at the original', () => {
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    // (Its feed and data links are alternates in other formats, not other languages.)
    expect(page.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0);
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(/\/en\/2030\/partial-note\/$/);
  });
  it('the real versions list only real versions as alternates', () => {
    const en = read(root, '/en/2030/partial-note/');
    expect(en.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual([
      'en',
      'fr',
    ]);
    expect(en.querySelector('[data-pagefind-body]')).not.toBeNull();
  });
});

describe('honest labels', () => {
  const root = 'tests/.out/fixture-dist';
  it('marks an archive translation, an official translation and an out-of-date one', () => {
    expect(read(root, '/fr/2030/model-convention/').querySelector('.badges')?.text).toContain('Traduction');
    expect(read(root, '/es/2030/model-convention/').querySelector('.notice')?.text).toContain('Fixture');
    expect(read(root, '/ru/2030/model-convention/').querySelector('.notice')?.text).toMatch(/1.*2/);
  });
  it('says that an editorial record is not the official text', () => {
    const en = read('dist', '/en/2023/data-security-consensus/');
    expect(en.querySelector('.badges')?.text).toContain('Editorial record');
    expect(en.querySelector('.notice')?.text).toContain('not the official text');
  });
  it('calls an edition record a record of the edition, not of a document', () => {
    const notice = read('dist', '/en/2023/').querySelector('.notice')?.text ?? '';
    expect(notice).toContain('record of this edition of the forum');
    expect(notice).not.toContain('of the document');
  });
  it('shows HTML-like text in a title or paragraph as text, never as markup', () => {
    const en = read(root, '/en/2030/partial-note/');
    expect(en.querySelector('h1')?.text).toBe('Partial note on <b>markup</b> (fixture)');
    expect(en.querySelector('h1 b')).toBeNull();
    expect(en.querySelector('#para_1')?.text).toContain('<script>alert("xss")</script>');
    expect(en.querySelectorAll('section.text script, section.text img')).toHaveLength(0);
  });
});

describe('in the browser', () => {
  let ctx: BrowserContext;
  let noJs: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
    noJs = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await ctx?.close();
    await noJs?.close();
  });

  it('lays Arabic out right to left: the brand starts at the right edge, the text runs from the right', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/ar/2023/data-security-consensus/`);
    const width = page.viewportSize()!.width;
    const brand = (await page.locator('.brand').boundingBox())!;
    const clause = (await page.locator('#para_1 > p > a:first-child').boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan(width * 0.6);
    expect(clause.x).toBeGreaterThan(width * 0.3);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.text')!).direction)).toBe('rtl');
    await page.close();
  });

  it('reads a whole document without JavaScript: text, clause links and sources are there', async () => {
    const page = await noJs.newPage();
    await page.goto(`${inject('siteUrl')}/fr/2023/data-security-consensus/`);
    await expect(page.locator('#para_1').isVisible()).resolves.toBe(true);
    expect(
      await page.locator('.text .clause > a:first-child, .text .clause > p:first-child > a:first-child').count(),
    ).toBeGreaterThan(2);
    expect(await page.locator('#sources-heading').isVisible()).toBe(true);
    expect(await page.locator('.clause-tools').count()).toBe(0);
    await page.close();
  });

  it('reaches the skip link first by keyboard, and it moves focus to the main content', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('switches language by keyboard alone', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/documents/`);
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))) !== 'ru' && guard++ < 40)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/ru/documents/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.close();
  });

  it.each(['en', 'zh', 'ar'])('fits a 320 px wide screen without sideways scrolling (%s)', async (lang) => {
    const narrow = await launch({ viewport: { width: 320, height: 700 } });
    const page = await narrow.newPage();
    await page.goto(`${inject('siteUrl')}/${lang}/2023/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await narrow.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('highlights the clause a link targets', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/#para_2`);
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('para_2')!).backgroundColor);
    const other = await page.evaluate(() => getComputedStyle(document.getElementById('para_1')!).backgroundColor);
    expect(bg).not.toBe(other);
    await page.close();
  });

  it('prints clause ids in the margin', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    await page.emulateMedia({ media: 'print' });
    const content = await page.evaluate(() => getComputedStyle(document.getElementById('para_2')!, '::before').content);
    expect(content).toBe('"para_2"');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });
});
