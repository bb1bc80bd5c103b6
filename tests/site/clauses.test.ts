import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocale } from '../../src/i18n/i18n.ts';
import { siteConfig } from '../../src/site-config.ts';
import { launch } from './browser.ts';

const targetBg = (page: Page, id: string) =>
  page.evaluate((i) => getComputedStyle(document.getElementById(i)!).backgroundColor, id);
const plainBg = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.text')!).backgroundColor);

describe('clauses in the browser', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch({ locale: 'fr-FR' });
  });
  afterAll(async () => ctx?.close());

  it('keeps the clause when switching from Chinese to French, and highlights it there', async () => {
    const page = await ctx.newPage();
    const site = inject('fixtureUrl');
    await page.goto(`${site}/zh/2030/model-convention/#art_2__para_1__point_b`);
    await page.locator('.lang-switcher a[hreflang="fr"]').click();
    await page.waitForURL('**/fr/2030/model-convention/#art_2__para_1__point_b');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('art_2__para_1__point_b');
    expect(await targetBg(page, 'art_2__para_1__point_b')).not.toBe(await plainBg(page));
    await page.close();
  });

  it('without JavaScript, the switcher still reaches the same document in the other language', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${inject('fixtureUrl')}/zh/2030/model-convention/`);
    expect(await page.locator('.lang-switcher a[hreflang="ar"]').getAttribute('href')).toBe(
      '/ar/2030/model-convention/',
    );
    await noJs.close();
  });

  it('highlights the clause after arriving from a cross-reference on another page', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/fr/2030/partial-note/`);
    await page.locator('#para_2 a.xref').first().click();
    await page.waitForURL('**/fr/2030/model-convention/#art_1');
    expect(await targetBg(page, 'art_1')).not.toBe(await plainBg(page));
    await page.close();
  });

  it("resolves a language-neutral permalink to the reader's language, keeping the clause", async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/2030/model-convention/#art_2__para_2`);
    await page.waitForURL('**/fr/2030/model-convention/#art_2__para_2');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.close();
  });

  it("falls back to the original when the reader's language has no version", async () => {
    const de = await launch({ locale: 'ru-RU' });
    const page = await de.newPage();
    await page.goto(`${inject('fixtureUrl')}/2030/partial-note/#para_3`);
    await page.waitForURL('**/en/2030/partial-note/#para_3');
    await de.close();
  });

  it('copies a localized, honest citation of a clause to the clipboard', async () => {
    const page = await ctx.newPage();
    const site = inject('siteUrl');
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    await page.goto(`${site}/fr/2023/data-security-consensus/`);
    await page.locator('#para_2').hover();
    await page.getByRole('button', { name: `${readLocale('fr')['clause.copyCitation']}\u202f: Paragraphe 2` }).click();
    await expect.poll(() => page.locator('#para_2 [role="status"]').textContent()).not.toBe('');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const title = await page.locator('h1').textContent();
    expect(text).toContain(`« ${title} »`);
    expect(text).toContain('notice éditoriale'); // cited as the archive's record, not as the document itself
    expect(text).toContain('Paragraphe 2');
    expect(text.endsWith(` ${siteConfig.origin}/fr/2023/data-security-consensus/#para_2`)).toBe(true);
    await page.locator('#para_2 .clause-tools button').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/fr\/2023\/data-security-consensus\/#para_2$/,
    );
    await page.close();
  });

  it('offers the copy buttons to keyboard users once they reach the clause', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    await page.locator('#para_1 > p > a:first-child').focus();
    let label: string | null = null;
    for (let i = 0; i < 6 && !label?.startsWith('Copy'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(label).toBe('Copy link: Paragraph 1');
    expect(await page.locator('#para_1 .clause-tools button').first().isVisible()).toBe(true);
    await page.close();
  });
});
