import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, watch } from './browser.ts';

const statusOf = (page: Page) => page.locator('#search-status').textContent();
/** Results arrive one by one; the list is aria-busy until the page of results is complete. */
const settled = (page: Page, q: string) => page.locator(`#search-results[data-query="${q}"]:not([aria-busy])`).waitFor();

describe('searching in the browser', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  it('shows results as the reader types, filters them, and keeps it all in the URL across reload and back', async () => {
    const page = await ctx.newPage();
    const site = inject('siteUrl');
    const { problems } = watch(page, site);
    await page.goto(`${site}/en/search/`);
    await page.locator('#q').pressSequentially('training', { delay: 30 });
    await expect.poll(() => statusOf(page)).toMatch(/^\d+ texts found$/);
    await settled(page, 'training');
    const before = await page.locator('.result').count();
    expect(page.url()).toContain('?q=training');
    await page.locator('input[name=edition][value="2024"]').check();
    await expect.poll(() => page.url()).toContain('edition=2024');
    // Only 2024 texts remain (the filter's results are on screen once every result says so).
    await expect.poll(async () => {
      const metas = await page.locator('.result-meta').allTextContents();
      return metas.length > 0 && metas.every((m) => m.endsWith('2024 edition'));
    }).toBe(true);
    await settled(page, 'training');
    expect(await page.locator('.result').count()).toBeLessThan(before);
    const filtered = await page.locator('.result h2').allTextContents();
    await page.reload();
    await expect.poll(() => page.locator('.result h2').allTextContents()).toEqual(filtered);
    expect(await page.locator('#q').inputValue()).toBe('training');
    expect(await page.locator('input[name=edition][value="2024"]').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('.result').count()).toBe(before);
    expect(await page.locator('input[name=edition][value="2024"]').isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads results five documents at a time, shown as they arrive, and the rest on request', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=security`);
    await expect.poll(() => statusOf(page)).toMatch(/^\d+ texts found$/);
    const total = Number((await statusOf(page))?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(5);
    await settled(page, 'security');
    expect(await page.locator('.result').count()).toBe(5);
    const more = page.locator('button.search-more');
    await more.click();
    await expect.poll(() => page.locator('.result').count()).toBe(Math.min(total, 10));
    await settled(page, 'security');
    expect(await more.isVisible()).toBe(total > 10);
    // Keyboard readers continue at the first new result.
    expect(await page.evaluate(() => document.activeElement?.closest('.result') === document.querySelectorAll('.result')[5])).toBe(true);
    await page.close();
  });

  it('says so when search cannot load, and tries again on the next query', async () => {
    const page = await ctx.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${inject('siteUrl')}/en/search/?q=security`);
    await expect.poll(() => statusOf(page)).toMatch(/^Search could not be loaded\./);
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('.result').count()).toBe(0);
    await page.unroute('**/pagefind/**');
    await page.locator('#q').fill('training');
    await expect.poll(() => statusOf(page)).toMatch(/^\d+ texts found$/);
    await settled(page, 'training');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens a clause hit on the clause itself, highlighted', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/zh/search/?q=${encodeURIComponent('数据')}`);
    const hit = page.locator('a.hit-link[href="/zh/2023/data-security-consensus/#para_4"]');
    await hit.click();
    await page.waitForURL('**/zh/2023/data-security-consensus/#para_4');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('para_4');
    await page.close();
  });

  it('finds an Arabic word written without its article, showing the excerpt in its original spelling', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/ar/search/?q=${encodeURIComponent('بيانات')}`);
    await expect.poll(() => page.locator('a.hit-link[href^="/ar/2023/data-security-consensus/#para_"]').count()).toBeGreaterThan(0);
    const marks = await page.locator('.excerpt mark').allTextContents();
    expect(marks.some((m) => m.includes('البيانات'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/عُثر على/);
    await page.close();
  });

  it('searches all six languages on request, the reader\'s own first, labelling each hit with its language', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/fr/search/?q=2023&scope=all`);
    await expect.poll(() => page.locator('.hit-lang').count()).toBeGreaterThan(5);
    const langs = new Set(await page.locator('.hit-lang').evaluateAll((els) => els.map((e) => e.getAttribute('lang'))));
    expect(langs.size).toBe(6);
    // The reader's own language comes first: the first document and its first hit are French.
    await settled(page, '2023');
    expect(await page.locator('.hit-lang').first().getAttribute('lang')).toBe('fr');
    expect(await page.locator('.result h2 a').first().getAttribute('lang')).toBe('fr');
    expect(await page.locator('input[name=scope][value=all]').isChecked()).toBe(true);
    await page.close();
  });

  it('shows HTML-like and script-like text in results as text, and runs no script from it', async () => {
    const page = await ctx.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${inject('fixtureUrl')}/en/search/?q=script`);
    await expect.poll(() => page.locator('.excerpt').count()).toBeGreaterThan(0);
    const text = (await page.locator('#search-results').textContent()) ?? '';
    expect(text).toContain('<script>alert("xss")</script>');
    expect(await page.locator('#search-results script, #search-results img').count()).toBe(0);
    expect(await page.locator('.result h2').first().textContent()).toBe('Partial note on <b>markup</b> (fixture)');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard: the field is labelled, and Tab reaches the filters and then the results', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/`);
    await page.locator('#q').focus();
    await page.keyboard.type('security');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('#q').evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent)).toBe('Search the archive');
    // Tab from the field: the filters come first, then the results; both work with the keyboard.
    let reachedFilter = false;
    let reachedResult = false;
    for (let i = 0; i < 40 && !reachedResult; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => ({ filter: (document.activeElement as HTMLInputElement | null)?.name === 'edition', result: !!document.activeElement?.closest('#search-results') }));
      if (where.filter && !reachedFilter) {
        reachedFilter = true;
        await page.keyboard.press('Space');
        await expect.poll(() => page.url()).toContain('edition=');
      }
      reachedResult = where.result;
    }
    expect(reachedFilter).toBe(true);
    expect(reachedResult).toBe(true);
    await page.close();
  });

  it('says so without JavaScript, and links to the catalogue', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${inject('siteUrl')}/ru/search/?q=test`);
    expect(await page.locator('.search-nojs').isVisible()).toBe(true);
    expect(await page.locator('.search-nojs a').getAttribute('href')).toBe('/ru/documents/');
    await noJs.close();
  });

  it('reaches the search page from the search box on any page', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/es/2024/`);
    await page.locator('#site-search-q').fill('formación');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/es/search/?q=formaci*');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    await page.close();
  });
});
