import fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

/**
 * Texts over time in real Chromium, on the fixture: partial-note's English original is at revision 3
 * (revisions/en/1.mdx had a paragraph 5, revision 2 an older paragraph 2); its French translation
 * was made from revision 2.
 */
const OUT = 'tests/.out/fixture-dist';
const page$ = (p: string) => fs.readFileSync(`${OUT}${p}index.html`, 'utf8');

describe('earlier revisions and what changed since', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch({ locale: 'en-GB' });
  });
  afterAll(async () => ctx?.close());

  it("opens an old revision's clause link and reaches the same clause in the latest revision", async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/en/2030/partial-note/rev/2/#para_2`);
    expect(await page.locator('.revision-notice').textContent()).toContain('revision 2 of this text');
    // Paragraph 2 as it stood in revision 2, not as it stands now.
    expect(await page.locator('#para_2').textContent()).toContain('only.');
    await page.locator('#para_2 a.in-latest').click();
    await page.waitForURL('**/en/2030/partial-note/#para_2');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('para_2');
    expect(await page.locator('#para_2').textContent()).toContain('first paragraph');
    await page.close();
  });

  it('resolves a clause that stands only in an earlier revision to a notice linking that revision', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/en/2030/partial-note/#para_5`);
    const stub = page.locator('#para_5');
    expect(await stub.textContent()).toContain('Paragraph 5 is not in the latest revision');
    // The fragment resolver leaves it there: no "paragraph not found" notice.
    await page.waitForLoadState('load');
    expect(await page.locator('.fragment-notice').count()).toBe(0);
    await stub.locator('a').click();
    await page.waitForURL('**/en/2030/partial-note/rev/1/#para_5');
    expect(await page.locator('#para_5').textContent()).toContain('lanternfish');
    // Gone from the latest: no link to it there.
    expect(await page.locator('#para_5 a.in-latest').count()).toBe(0);
    await page.close();
  });

  it('names exactly the changed paragraph on the stale translation, linking to the comparison', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/fr/2030/partial-note/`);
    const items = page.locator('.changed-since li');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.clause))).toEqual(['para_2']);
    expect(await items.first().textContent()).toBe('Paragraphe 2 : modifié');
    expect(await items.locator('a').getAttribute('href')).toBe('/en/2030/partial-note/compare/2-3/');
    // The link leads to the comparison, which shows that paragraph's change word by word, and only it.
    await items.locator('a').click();
    await page.waitForURL('**/en/2030/partial-note/compare/2-3/');
    const changed = page.locator('.cmp-clause');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('.cmp-label a').getAttribute('href')).toBe('/en/2030/partial-note/#para_2');
    expect(await changed.locator('.cmp-after del').first().textContent()).toContain('only');
    expect(await changed.locator('.cmp-after ins').first().textContent()).toContain('first');
    // The original, up to date, says nothing of the kind.
    await page.goto(`${inject('fixtureUrl')}/en/2030/partial-note/`);
    expect(await page.locator('.changed-since').count()).toBe(0);
    await page.close();
  });

  it('shows the revision, the last update and the history, each earlier revision linked', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('fixtureUrl')}/en/2030/partial-note/`);
    expect(await page.locator('.revision-line').textContent()).toMatch(
      /Revision 3 · last updated 2 November 2030 · History/,
    );
    await page.locator('.revision-line a').click();
    const entries = await page.locator('#history li').allTextContents();
    expect(entries.map((e) => e.replace(/\s+/g, ' ').trim())).toEqual([
      "Revision 3 (current revision) · 2 November 2030 · Paragraph 2 names the edition's first paragraph as the reference (fixture).",
      'Revision 2 · 5 October 2030 · The paragraph about lanternfish is removed (fixture).',
      'Revision 1 · 12 September 2030 · First published (fixture).',
    ]);
    expect(await page.locator('#history a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/en/2030/partial-note/rev/2/',
      '/en/2030/partial-note/rev/1/',
    ]);
    await page.close();
  });
});

describe('point-in-time pages are for readers, not for search', () => {
  it('say noindex, point their canonical to the latest, and carry no search body', () => {
    for (const rel of ['rev/1/', 'rev/2/', 'compare/1-2/', 'compare/1-3/', 'compare/2-3/']) {
      const html = page$(`/en/2030/partial-note/${rel}`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/2030\/partial-note\/">/);
      expect(html).not.toContain('data-pagefind-body');
    }
    // Each revision against the next and against the current one, no other pair.
    const pairs = fs.readdirSync(`${OUT}/en/2030/partial-note/compare/`).sort();
    expect(pairs).toEqual(['1-2', '1-3', '2-3', 'lineage']);
    for (const n of [1, 2]) {
      const html = page$(`/en/2030/partial-note/rev/${n}/`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/2030\/partial-note\/">/);
      expect(html).not.toContain('data-pagefind-body');
    }
    expect(page$('/en/2030/partial-note/')).toContain('data-pagefind-body');
  });

  it('are not found by the site search', async () => {
    const ctx = await launch();
    const page = await ctx.newPage();
    // "lanternfish" stands only in revision 1; "zebrafish" in every revision and the latest.
    for (const [q, expected] of [
      ['zebrafish', 1],
      ['lanternfish', 0],
    ] as const) {
      await page.goto(`${inject('fixtureUrl')}/en/search/?q=${q}&scope=all`);
      await page.locator(`#search-results[data-query="${q}"]:not([aria-busy])`).waitFor({ state: 'attached' });
      const urls = await page.locator('.result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(urls.filter((u) => u.includes('/rev/'))).toEqual([]);
      expect(new Set(urls.map((u) => u.split('#')[0])).size, q).toBe(expected);
    }
    await ctx.close();
  });

  it('list the changed clauses in the coverage report too', () => {
    const report = JSON.parse(fs.readFileSync(`${OUT}/coverage.json`, 'utf8')) as {
      entries: { key: string; lang: string; state: string; changedSince?: unknown }[];
    };
    expect(report.entries.find((e) => e.key === '2030/partial-note' && e.lang === 'fr')).toMatchObject({
      state: 'stale',
      changedSince: [{ eId: 'para_2', change: 'changed' }],
    });
    // On the page, linked to the comparison of the original's revisions.
    expect(page$('/en/coverage/')).toMatch(
      /<a href="\/en\/2030\/partial-note\/compare\/2-3\/" hreflang="en">Changed in the original since: para_2<\/a>/,
    );
  });
});
