import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

/**
 * Saves what readers see — every page type in English, Arabic and Chinese — to
 * screenshots/ (git-ignored), so anyone can look at the pages after a test run.
 */
describe('screenshots of every page type in en, ar and zh', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch({ viewport: { width: 1100, height: 1300 } });
    fs.mkdirSync('screenshots', { recursive: true });
  });
  afterAll(async () => ctx?.close());

  const cases = PAGE_CASES.filter((c) => ['en', 'ar', 'zh'].includes(c.lang) && !(c.type.startsWith('chooser') && c.lang !== 'en'));
  it.each(cases)('$type in $lang', async ({ type, lang, site, path, waitFor }) => {
    const page = await ctx.newPage();
    await page.goto((site === 'site' ? inject('siteUrl') : inject('fixtureUrl')) + path);
    if (waitFor) await page.locator(waitFor).first().waitFor();
    const file = `screenshots/${type.replace(/\W+/g, '-')}-${lang}.png`;
    await page.screenshot({ path: file });
    await page.close();
    expect(fs.statSync(file).size).toBeGreaterThan(5000);
  });
});
