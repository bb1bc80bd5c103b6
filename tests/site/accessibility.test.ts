import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const base = (site: 'site' | 'fixture') => (site === 'site' ? inject('siteUrl') : inject('fixtureUrl'));

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe, WCAG 2.2 A/AA), ${colorScheme} colour scheme`, () => {
    let ctx: BrowserContext;
    beforeAll(async () => {
      ctx = await launch({ colorScheme });
    });
    afterAll(async () => ctx?.close());

    it.each(PAGE_CASES)('$type page in $lang ($path) has no violations', async ({ site, path, waitFor }) => {
      const page = await ctx.newPage();
      await page.goto(base(site) + path);
      if (waitFor) await page.locator(waitFor).first().waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      await page.close();
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  });
}

describe('accessibility of the notice for a clause that does not exist', () => {
  it.each(['en', 'ar'])('in %s', async (lang) => {
    const ctx = await launch();
    const page = await ctx.newPage();
    await page.goto(`${base('site')}/${lang}/2023/data-security-consensus/#para_99`);
    await page.locator('.fragment-notice').waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    await ctx.close();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe('accessibility of what readers without JavaScript get', () => {
  it.each([
    ['site', '/2023/data-security-consensus/'],
    ['site', '/2023/'],
    ['fixture', '/2030/retired-note/'],
    ['fixture', '/en/2030/old-convention/'],
    ['fixture', '/ar/2030/old-convention/'],
  ] as const)('the permalink or redirect page (%s) %s is accessible as it stands', async (site, path) => {
    // axe needs JavaScript itself, so the page's own script is blocked instead (it would redirect).
    const ctx = await launch();
    const page = await ctx.newPage();
    await page.route('**/_astro/*.js', (r) => r.abort());
    await page.goto(base(site) + path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    await ctx.close();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
