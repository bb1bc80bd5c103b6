import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { htmlFiles } from '../../src/build/links.ts';
import { siteConfig } from '../../src/site-config.ts';
import { launch, watch } from './browser.ts';

/** Links that must keep working for years, in any language, with or without JavaScript (issue 12, items 1–6). */
// The copy buttons show when the keyboard reaches the clause (hover would depend on where scrolling leaves the mouse).
const reveal = (page: Page, id: string) => page.locator(`#${id} > p > a:first-child`).focus();
const targetId = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id);

describe('language-neutral permalinks', () => {
  let ctx: BrowserContext;
  let noJs: BrowserContext;
  beforeAll(async () => {
    ctx = await launch({ locale: 'fr-FR' });
    noJs = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await ctx?.close();
    await noJs?.close();
  });

  it('without JavaScript, lands on the linked clause and offers it in every language', async () => {
    const page = await noJs.newPage();
    await page.goto(`${inject('siteUrl')}/2023/data-security-consensus/#para_4`);
    expect(await targetId(page)).toBe('para_4');
    const row = page.locator('#para_4');
    expect(await row.isVisible()).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
    // The targeted row stands out from the others.
    const bg = (id: string) => page.evaluate((i) => getComputedStyle(document.getElementById(i)!).backgroundColor, id);
    expect(await bg('para_4')).not.toBe(await bg('para_3'));
    await row.locator('a[hreflang="ar"]').click();
    await page.waitForURL('**/ar/2023/data-security-consensus/#para_4');
    expect(await targetId(page)).toBe('para_4');
    await page.close();
  });

  it('without JavaScript, says that a linked paragraph is highlighted further down', async () => {
    const page = await noJs.newPage();
    await page.goto(`${inject('siteUrl')}/2023/data-security-consensus/`);
    expect(await page.locator('main').textContent()).toContain('highlighted below');
    await page.close();
  });

  it.each(['2023', '2015'])(
    "exists for the %s edition, and resolves to the reader's language keeping the clause",
    async (year) => {
      const page = await ctx.newPage();
      const res = await page.goto(`${inject('siteUrl')}/${year}/#para_2`);
      expect(res?.status()).toBe(200);
      await page.waitForURL(`**/fr/${year}/#para_2`);
      expect(await targetId(page)).toBe('para_2');
      await page.close();
    },
  );

  it.each(['dist', 'tests/.out/fixture-dist'])('exists for every key the registry has published (%s)', (root) => {
    const content = root === 'dist' ? 'content' : 'tests/fixtures/site';
    const keys = Object.keys(
      (parseYaml(fs.readFileSync(`${content}/registry.yaml`, 'utf8')) as { documents: object }).documents,
    );
    expect(keys.filter((k) => !k.includes('/')).length).toBeGreaterThan(0);
    expect(keys.filter((k) => !fs.existsSync(`${root}/${k}/index.html`))).toEqual([]);
  });

  it("of a moved document with renumbered clauses lands on the clause's new place", async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/2030/draft-statement/#para_1`);
    await page.waitForURL('**/fr/2030/partial-note/#para_3');
    await page.close();
  });

  it('of a moved document keeps the clause', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/2030/old-convention/#art_2__para_1`);
    await page.waitForURL('**/fr/2030/model-convention/#art_2__para_1');
    await page.close();
  });

  it("of a renumbered clause lands on the clause's new id, with or without JavaScript", async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/2030/model-convention/#art_3`);
    await page.waitForURL('**/fr/2030/model-convention/#art_2__para_2');
    await page.close();
    const plain = await noJs.newPage();
    await plain.goto(`${inject('fixtureUrl')}/2030/model-convention/#art_3`);
    expect(await plain.locator('#art_3 a[hreflang="en"]').getAttribute('href')).toBe(
      '/en/2030/model-convention/#art_2__para_2',
    );
    await plain.close();
  });

  it('of a withdrawn document leads to its tombstone, with or without JavaScript', async () => {
    const page = await ctx.newPage();
    const res = await page.goto(`${inject('fixtureUrl')}/2030/retired-note/`);
    expect(res?.status()).toBe(200);
    await page.waitForURL('**/fr/2030/retired-note/');
    expect(await page.locator('h1').textContent()).toBe('Ce document a été retiré');
    await page.close();
    const plain = await noJs.newPage();
    await plain.goto(`${inject('fixtureUrl')}/2030/retired-note/`);
    expect(await plain.locator('h1').textContent()).toBe('This document was withdrawn');
    expect(await plain.locator('blockquote').textContent()).toContain('withdrawn for tests');
    expect(await plain.locator('main a[href="/2030/partial-note/"]').count()).toBe(1);
    await plain.close();
  });
});

describe('copying links and citations', () => {
  const origin = siteConfig.origin;

  it('uses no placeholder host: without FORUM_SITE, the origin npm start serves', () => {
    // Where `npm start` serves the site, so that a local copy cites itself.
    if (!process.env.FORUM_SITE) expect(origin).toBe('http://127.0.0.1:4321');
    const placeholder = htmlFiles('dist').filter((f) => fs.readFileSync(f, 'utf8').includes('.example'));
    expect(placeholder).toEqual([]);
    const canonical = fs
      .readFileSync('dist/en/2023/index.html', 'utf8')
      .match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical).toBe(`${origin}/en/2023/`);
  });

  it('copies the language-neutral link of a clause', async () => {
    const ctx = await launch();
    const site = inject('siteUrl');
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    const page = await ctx.newPage();
    await page.goto(`${site}/zh/2023/data-security-consensus/`);
    await reveal(page, 'para_3');
    await page.getByRole('button', { name: '复制适用于所有语言的链接：第3段' }).click();
    await expect.poll(() => page.locator('#para_3 [role="status"]').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}/2023/data-security-consensus/#para_3`,
    );
    await ctx.close();
  });

  it.each([
    [
      'refuses the write',
      () =>
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        }),
    ],
    [
      'is missing (a page served without https)',
      () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    ],
  ])('never says "Copied" when the clipboard %s, and selects the link to copy by hand', async (_name, script) => {
    const ctx = await launch();
    const page = await ctx.newPage();
    await page.addInitScript(script);
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    await reveal(page, 'para_2');
    await page.getByRole('button', { name: 'Copy link: Paragraph 2' }).click();
    const status = page.locator('#para_2 [role="status"]');
    await expect.poll(() => status.textContent()).not.toBe('');
    expect(await status.textContent()).not.toContain('Copied');
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.value?.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    });
    expect(selected).toBe(`${origin}/en/2023/data-security-consensus/#para_2`);
    await ctx.close();
  });
});

describe('a link to a clause that does not exist', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  it.each([
    ['en', 'This text has no paragraph “para_99”'],
    ['zh', '本文本中没有“para_99”段落'],
    ['ar', 'لا توجد في هذا النص فقرة «para_99»'],
  ])("says so in the reader's language and offers the text's clauses (%s)", async (lang, words) => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/${lang}/2023/data-security-consensus/#para_99`);
    const notice = page.locator('.fragment-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(words);
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#para_1', '#para_2', '#para_3', '#para_4', '#para_5', '#para_6']);
    await notice.locator('a[href="#para_5"]').click();
    expect(await targetId(page)).toBe('para_5');
    expect(await notice.count()).toBe(0);
    await page.close();
  });

  it('treats a malformed fragment as an unknown clause, on the text and at the neutral permalink', async () => {
    const page = await ctx.newPage();
    const { problems } = watch(page, inject('siteUrl'));
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/#%E0%A4%A`);
    await page.locator('.fragment-notice').waitFor();
    await page.goto(`${inject('siteUrl')}/2023/data-security-consensus/#%E0%A4%A`);
    await page.waitForURL(/\/en\/2023\/data-security-consensus\/#%E0%A4%A$/);
    await page.locator('.fragment-notice').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says nothing for a clause that exists, or for a withdrawn clause whose note explains', async () => {
    const page = await ctx.newPage();
    for (const id of ['para_4', 'para_2']) {
      await page.goto(`${inject('fixtureUrl')}/en/2030/partial-note/#${id}`);
      expect(await targetId(page)).toBe(id);
      expect(await page.locator('.fragment-notice').count()).toBe(0);
    }
    await page.close();
  });
});

describe('the clause number link', () => {
  it.each([
    ['en', '1. Permanent link to Paragraph 1'],
    ['zh', '1. 第1段的永久链接'],
    ['ar', '1. رابط دائم إلى الفقرة 1'],
  ])('is named by the clause label and its purpose (%s)', async (lang, name) => {
    const ctx = await launch({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/${lang}/2023/data-security-consensus/`);
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    await ctx.close();
  });
});
