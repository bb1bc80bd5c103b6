import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch } from './browser.ts';

const statusOf = (page: Page) => page.locator('#search-status').textContent();
/** Results arrive one by one; the list is aria-busy until the page of results is complete. */
const settled = (page: Page, q: string) =>
  page.locator(`#search-results[data-query="${q}"]:not([aria-busy])`).waitFor({ state: 'attached' });

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
    await expect
      .poll(async () => {
        const metas = await page.locator('.result-meta').allTextContents();
        return metas.length > 0 && metas.every((m) => m.endsWith('2024 edition'));
      })
      .toBe(true);
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
    expect(
      await page.evaluate(() => document.activeElement?.closest('.result') === document.querySelectorAll('.result')[5]),
    ).toBe(true);
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
    await expect
      .poll(() => page.locator('a.hit-link[href^="/ar/2023/data-security-consensus/#para_"]').count())
      .toBeGreaterThan(0);
    const marks = await page.locator('.excerpt mark').allTextContents();
    expect(marks.some((m) => m.includes('البيانات'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/عُثر على/);
    await page.close();
  });

  it("searches all six languages on request, the reader's own first, labelling each hit with its language", async () => {
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
    expect(await page.locator('#q').evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent)).toBe(
      'Search the archive',
    );
    // Tab from the field: the filters come first, then the results; both work with the keyboard.
    let reachedFilter = false;
    let reachedResult = false;
    for (let i = 0; i < 40 && !reachedResult; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => ({
        filter: (document.activeElement as HTMLInputElement | null)?.name === 'edition',
        result: !!document.activeElement?.closest('#search-results'),
      }));
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

/** Clicks "More results" until every result is on screen. */
async function everyResult(page: Page, q: string) {
  await settled(page, q);
  const more = page.locator('button.search-more');
  while (await more.isVisible()) {
    await more.click();
    await settled(page, q);
  }
}
const countIn = (text: string | null) => Number((text ?? '').match(/\d+/)?.[0] ?? NaN);
/** Facet counts as shown, e.g. { 'edition:2023': 6 }. */
const facets = (page: Page) =>
  page
    .locator('[data-count-for]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [(e as HTMLElement).dataset.countFor!, Number(e.textContent!.replace(/\D/g, ''))]),
      ),
    );
/** What the list shows, per facet value: texts by edition and by kind. */
const listed = async (page: Page) => {
  const metas = await page.locator('.result').evaluateAll((els) =>
    els.map((e) => ({
      kind: e.querySelector('.result-meta')!.textContent!,
      href: e.querySelector('h2 a')!.getAttribute('href')!,
    })),
  );
  return metas.map((m) => ({ edition: m.href.split('/')[2]!, meta: m.kind }));
};

describe('search counts what the list shows', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  for (const [what, query] of [
    ['in all six languages', '?q=security&scope=all'],
    ['in all six languages, filtered', '?q=security&scope=all&kind=consensus&kind=edition'],
    ['in this language', '?q=security'],
    ['in this language, filtered', '?q=security&edition=2024'],
  ] as const) {
    it(`says as many texts as the list shows, ${what}`, async () => {
      const page = await ctx.newPage();
      await page.goto(`${inject('siteUrl')}/en/search/${query}`);
      await everyResult(page, 'security');
      const shown = await page.locator('.result').count();
      expect(shown).toBeGreaterThan(0);
      expect(countIn(await statusOf(page))).toBe(shown);
      await page.close();
    });
  }

  it('gives each edition the number of texts the list shows for it, in all six languages', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=security&scope=all`);
    await everyResult(page, 'security');
    const list = await listed(page);
    const counts = await facets(page);
    for (const year of ['2015', '2023', '2024'])
      expect(counts[`edition:${year}`], year).toBe(list.filter((r) => r.edition === year).length);
    expect(counts['kind:consensus']).toBe(list.filter((r) => r.meta.startsWith('Consensus')).length);
    await page.close();
  });

  it('shows, when browsing by filter alone, the same number of texts as the list and as the ticked filter', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?edition=2024`);
    await everyResult(page, '');
    const shown = await page.locator('.result').count();
    expect(shown).toBeGreaterThan(0);
    expect(countIn(await statusOf(page))).toBe(shown);
    const counts = await facets(page);
    expect(counts['edition:2024']).toBe(shown);
    // What each box alone would give: the other editions' texts too.
    expect(counts['edition:2023']).toBeGreaterThan(0);
    expect(
      Object.entries(counts)
        .filter(([k]) => k.startsWith('kind:'))
        .reduce((n, [, v]) => n + v, 0),
    ).toBeGreaterThanOrEqual(shown);
    await page.close();
  });
});

describe('search excerpts, junk queries and the way back', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  it("shows Arabic excerpts with every word of the clause, the linked document's title included, and highlights the word inside it", async () => {
    const page = await ctx.newPage();
    const q = 'البيانات';
    await page.goto(`${inject('siteUrl')}/ar/search/?q=${encodeURIComponent(q)}`);
    await everyResult(page, q);
    const hits = await page.locator('#search-results li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        excerpt: li.querySelector('.excerpt')!.textContent!,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
      })),
    );
    expect(hits.length).toBeGreaterThan(0);
    let withLink = 0;
    for (const hit of hits) {
      const [url, id] = hit.href.split('#');
      const html = await (await page.request.get(`${inject('siteUrl')}${url}`)).text();
      const clause = await page.evaluate(
        ([h, i]) => {
          const el = new DOMParser().parseFromString(h!, 'text/html').getElementById(i!);
          return {
            text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            link: el?.querySelector('a.xref')?.textContent ?? null,
          };
        },
        [html, id],
      );
      // Each piece of the excerpt (between "…") is a stretch of the clause as the page shows it.
      for (const piece of hit.excerpt
        .split('…')
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean))
        expect(clause.text, hit.href).toContain(piece);
      if (clause.link?.includes(q)) {
        withLink++;
        // The title is there up to and including the word found in it (the excerpt may start inside it).
        expect(hit.excerpt).toContain(clause.link.slice(clause.link.indexOf(q)));
        expect(hit.marks).toContain(q);
      }
    }
    expect(withLink).toBeGreaterThan(0);
    await page.close();
  });

  it('finds nothing, and says so, for a query none of whose words is in any text, including words drawn at random', async () => {
    const page = await ctx.newPage();
    // Seeded, so every run draws the same words; each is checked absent from the texts before it is searched.
    let seed = 20261206;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // Every built page's text, in every language (the site is served from dist/).
    const texts = fs
      .readdirSync('dist', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) =>
        fs
          .readFileSync(path.join('dist', f), 'utf8')
          .replace(/<[^>]*>/g, ' ')
          .toLowerCase(),
      )
      .join(' ');
    const junk = ['aaaaaaaaaaaaaaaaaaaa'];
    while (junk.length < 6) {
      const w = Array.from(
        { length: 5 + Math.floor(next() * 6) },
        () => 'bcdfghjklmnpqrstvwxz'[Math.floor(next() * 20)],
      ).join('');
      if (!new RegExp(`(^|[^\\p{L}])${w}`, 'u').test(texts)) junk.push(w);
    }
    await page.goto(`${inject('siteUrl')}/en/search/?scope=all`);
    for (const w of junk) {
      await page.locator('#q').fill(w);
      await settled(page, w);
      expect(await page.locator('.result').count(), w).toBe(0);
      expect(await statusOf(page), w).toBe('Nothing found. Try another word, fewer words, or all six languages.');
    }
    await page.close();
  });

  it('matches a two-letter word only as a whole word, never inside longer words', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=in`);
    await everyResult(page, 'in');
    const marks = await page.locator('.excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase().replace(/[^\p{L}]/gu, '')).toBe('in');
    await page.close();
  });

  it('brings, in all six languages, only hits that contain the word: "data" finds no French "date"', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=data&scope=all`);
    await everyResult(page, 'data');
    const fr = await page.locator('#search-results li:has(.hit-lang[lang="fr"]) .excerpt').allTextContents();
    for (const e of fr) expect(e.toLowerCase()).toMatch(/(^|[^\p{L}])data/u);
    const marks = await page.locator('#search-results li:has(.hit-lang[lang="fr"]) mark').allTextContents();
    for (const m of marks) expect(m.toLowerCase()).not.toMatch(/^date/);
    await page.close();
  });

  it('restores the results the reader had, and where they were, on Back from a result opened after "More results"', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=security`);
    await settled(page, 'security');
    await page.locator('button.search-more').click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(5);
    await settled(page, 'security');
    const had = await page.locator('.result').count();
    const target = page
      .locator('.result')
      .nth(had - 1)
      .locator('h2 a');
    await target.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(100);
    const href = await target.getAttribute('href');
    await target.click();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await settled(page, 'security');
    await expect.poll(() => page.locator('.result').count()).toBe(had);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 20);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(20);
    await page.close();
  });

  it('keeps the query and filters when the reader switches language on the search page', async () => {
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=security&edition=2024`);
    await settled(page, 'security');
    expect(await page.locator('.lang-switcher a[hreflang="fr"]').getAttribute('href')).toBe(
      '/fr/search/?q=security&edition=2024',
    );
    await page.locator('#q').fill('training');
    await settled(page, 'training');
    await page.locator('.lang-switcher a[hreflang="fr"]').click();
    await page.waitForURL('**/fr/search/?q=training&edition=2024');
    expect(await page.locator('#q').inputValue()).toBe('training');
    expect(await page.locator('input[name=edition][value="2024"]').isChecked()).toBe(true);
    await page.close();
  });
});

describe('the search page before and without script, and on a phone', () => {
  it('shows without JavaScript only the explanation and the catalogue link, first, and no form', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=test`);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(
      await page
        .locator('main input, main button')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    // The notice comes right after the heading, before anything else.
    expect(await page.locator('main h1 + .search-nojs a').getAttribute('href')).toBe('/en/documents/');
    await noJs.close();
  });

  it('shows the form and no "needs JavaScript" notice where the script runs', async () => {
    const ctx = await launch();
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/`);
    await expect.poll(() => page.locator('#search-form').isVisible()).toBe(true);
    expect(await page.locator('.search-nojs').count()).toBe(0);
    expect(await page.locator('.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await ctx.close();
  });

  it('keeps "Narrow the results" closed on a phone, so the first result is in view', async () => {
    const ctx = await launch({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/search/?q=security`);
    await settled(page, 'security');
    expect(await page.locator('.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const top = await page
      .locator('.result')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    await ctx.close();
  });
});
