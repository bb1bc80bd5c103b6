import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const base = (site: 'site' | 'fixture') => (site === 'site' ? inject('siteUrl') : inject('fixtureUrl'));

/**
 * Each page is loaded once and checked in both colour schemes (switching the emulated
 * prefers-color-scheme re-styles the page as a dark-scheme context would), a few pages at a time
 * in one browser. The dark scheme changes colours only (site.css sets nothing but colour custom
 * properties there: the last test below keeps it so), so in the dark scheme axe runs the rules
 * that read colours; everything else is the same page, checked in the light scheme. axe's time is most of the cost: it is asked for violations only, which skips
 * collecting every passing node and checks the same rules (measured: ~30 % less per page).
 */
let ctx: BrowserContext;
beforeAll(async () => {
  ctx = await launch();
});
afterAll(async () => ctx?.close());

/** The WCAG A/AA rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, only?: string[]): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default runs each frame's part and then
  // finishes in a new blank page, which took two to three times as long here (measured:
  // 1.1-1.9 s against 4.0-4.2 s a page on a loaded machine); it exists for cross-origin
  // iframes, and the site has no iframes at all.
  const axe = new AxeBuilder({ page }).setLegacyMode();
  const { violations } = await (only ? axe.withRules(only) : axe.withTags(WCAG))
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** At most this many tabs at once: on two cores more only adds waiting. */
const TABS = 3;
let open = 0;
const queue: (() => void)[] = [];
async function inTab<T>(work: (page: Page) => Promise<T>): Promise<T> {
  if (open >= TABS) await new Promise<void>((resolve) => queue.push(resolve));
  open++;
  const page = await ctx.newPage();
  try {
    return await work(page);
  } finally {
    await page.close();
    open--;
    queue.shift()?.();
  }
}

describe.concurrent('accessibility (axe, WCAG 2.2 A/AA) in the light and the dark colour scheme', () => {
  it.for(PAGE_CASES)('$type page in $lang ($path) has no violations', async ({ site, path, waitFor }, { expect }) => {
    const found = await inTab(async (page) => {
      await page.goto(base(site) + path);
      if (waitFor) await page.locator(waitFor).first().waitFor();
      const out: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
        out.push(...(await violations(page, rules)).map((v) => `${colorScheme}: ${v}`));
      }
      return out;
    });
    expect(found).toEqual([]);
  });

  it.for(['en', 'ar'])(
    'the notice for a clause that does not exist, in %s, has no violations',
    async (lang, { expect }) => {
      const found = await inTab(async (page) => {
        await page.goto(`${base('site')}/${lang}/2023/data-security-consensus/#para_99`);
        await page.locator('.fragment-notice').waitFor();
        return violations(page);
      });
      expect(found).toEqual([]);
    },
  );

  it.for([
    ['site', '/2023/data-security-consensus/'],
    ['site', '/2023/'],
    ['fixture', '/2030/retired-note/'],
    ['fixture', '/en/2030/old-convention/'],
    ['fixture', '/ar/2030/old-convention/'],
  ] as const)(
    'the permalink or redirect page (%s) %s is accessible as it stands, without its script',
    async ([site, path], { expect }) => {
      const found = await inTab(async (page) => {
        // axe needs JavaScript itself, so the page's own script is blocked instead (it would redirect).
        await page.route('**/_astro/*.js', (r) => r.abort());
        await page.goto(base(site) + path);
        return violations(page);
      });
      expect(found).toEqual([]);
    },
  );
});

describe('the dark colour scheme', () => {
  it('changes colours only (so the dark checks above need only the colour rules)', ({ expect }) => {
    const css = fs.readFileSync('src/styles/site.css', 'utf8');
    const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    // Property names: what follows a `{` or `;` and precedes a `:` (selectors such as :root do not).
    const properties = blocks.flatMap((b) => [...b.matchAll(/[{;]\s*([-\w]+)\s*:/g)].map((m) => m[1]));
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter((p) => !p?.startsWith('--'))).toEqual([]);
  });
});
