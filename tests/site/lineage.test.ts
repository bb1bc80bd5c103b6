import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

/**
 * Lineage across editions (issue 16, items 3 and 6), on the fixture: 2030/amended-convention
 * supersedes 2030/model-convention (en, zh, ar versions; its preamble, Article 1 and Article 2 (2)
 * changed, point (c) removed, Article 3 added), and 2030/partial-note continues it.
 */
const ROOT = 'tests/.out/fixture-dist';
const read = (p: string) => parse(fs.readFileSync(`${ROOT}${p}index.html`, 'utf8'));
const COMPARE = '/2030/amended-convention/compare/lineage/';
const en = (locale: string) => JSON.parse(fs.readFileSync(`locales/${locale}.json`, 'utf8')) as Record<string, string>;

describe('the lineage comparison page, as built', () => {
  it('shows the changed words with <ins> and <del>, each announced in words', () => {
    const page = read(`/en${COMPARE}`);
    const clause = page.querySelectorAll('.cmp-clause').find((c) => c.querySelector('a[href$="#art_2__para_2"]'));
    expect(clause?.classList.contains('cmp-changed')).toBe(true);
    const after = clause!.querySelector('.cmp-after .cmp-words')!;
    const words = (els: { text: string }[]) => els.map((e) => e.text.replace(/\s+/g, ' '));
    expect(words(after.querySelectorAll('del'))).toEqual(['deleted: test']);
    expect(words(after.querySelectorAll('ins'))).toEqual(['inserted: review', 'inserted: every year']);
    // The same markup on both sides.
    expect(clause!.querySelector('.cmp-before .cmp-words')!.innerHTML).toBe(after.innerHTML);
  });

  it('marks added and removed clauses and collapses the unchanged ones', () => {
    const page = read(`/en${COMPARE}`);
    const kinds = page
      .querySelectorAll('.cmp-list > li')
      .map((li) => li.classList.value.find((c) => c !== 'cmp-clause'));
    expect(kinds).toEqual([
      'cmp-changed', // preamble
      'cmp-changed', // Article 1
      'cmp-unchanged', // Article 2, 2 (1), 2 (1)(a)
      'cmp-changed', // (b): ";" → "."
      'cmp-removed', // (c)
      'cmp-changed', // Article 2 (2)
      'cmp-added', // Article 3
    ]);
    expect(page.querySelector('.cmp-removed .cmp-kind')?.text).toBe('Removed');
    expect(page.querySelector('.cmp-added .cmp-after ins')?.text).toBe(
      'inserted: Each Party shall report on its tests.',
    );
    expect(page.querySelectorAll('.cmp-unchanged details li')).toHaveLength(3);
  });

  it('compares Chinese word by word and Arabic right to left, in the reader’s language', () => {
    const zh = read(`/zh${COMPARE}`);
    expect(zh.querySelector('.cmp-clause .cmp-after .cmp-words')?.getAttribute('lang')).toBe('zh');
    // Whole words: 检验 → 每年检查, not a character-level 检[-验][+查].
    const para2 = zh.querySelectorAll('.cmp-clause').find((c) => c.querySelector('a[href$="#art_2__para_2"]'));
    expect(para2?.querySelectorAll('.cmp-after del').map((i) => i.text)).toEqual(['删除： 检验']);
    expect(para2?.querySelectorAll('.cmp-after ins').map((i) => i.text)).toEqual(['插入： 每年检查']);
    const ar = read(`/ar${COMPARE}`);
    const words = ar.querySelector('.cmp-clause .cmp-after .cmp-words');
    expect([words?.getAttribute('lang'), words?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(ar.querySelector('.cmp-after ins')?.text).toBe('مُدرَج: مجددًا ');
  });

  it('compares the originals where the reader’s language has no version, and says so', () => {
    const fr = read(`/fr${COMPARE}`);
    expect(fr.querySelector('.fallback-notice')?.text).toContain("n'est pas encore disponible en français");
    expect(fr.querySelector('.cmp-clause .cmp-words')?.getAttribute('lang')).toBe('en');
    // The announcements are in the page's language, inside the English text.
    expect(fr.querySelector('.cmp-after ins .visually-hidden')?.getAttribute('lang')).toBe('fr');
  });

  it('is not indexed: noindex, canonical to the document, no search section', () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const page = read(`/${lang}${COMPARE}`);
      expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
        new RegExp(`/${lang}/2030/amended-convention/$`),
      );
      expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    }
  });
});

describe('lineage on the documents’ pages and in the catalogue', () => {
  it('says at the top of a superseded document that it was superseded, with links to its successor and the comparison', () => {
    const page = read('/en/2030/model-convention/');
    const notice = page.querySelector('header .lineage-notice.warn');
    expect(notice?.querySelector('p')?.text).toContain(en('en')['lineage.supersededNotice']);
    const links = notice!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/en/2030/amended-convention/');
    expect(links).toContain(`/en${COMPARE}`);
    // …and what continues it.
    expect(links).toContain('/en/2030/partial-note/');
    expect(page.querySelector('.facts')?.text).toContain('Superseded by');
  });

  it('names on the later document what it supersedes or continues, with the comparison', () => {
    const amended = read('/ar/2030/amended-convention/');
    const notice = amended.querySelector('header .lineage-notice');
    expect(notice?.classList.contains('warn')).toBe(false);
    expect(notice?.text).toContain(en('ar')['lineage.supersedesNotice']);
    expect(notice?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/ar/2030/model-convention/',
      `/ar${COMPARE}`,
    ]);
    const note = read('/en/2030/partial-note/').querySelector('header .lineage-notice');
    expect(note?.text).toContain(en('en')['lineage.continuesNotice']);
    expect(note?.querySelector('a[href="/en/2030/partial-note/compare/lineage/"]')).not.toBeNull();
  });

  it('shows lineage in the catalogue, both ways', () => {
    const items = read('/en/documents/').querySelectorAll('.doc-list li');
    const of = (href: string) => items.find((li) => li.querySelector(`a[href="${href}"]`)?.parentNode === li);
    expect(of('/en/2030/model-convention/')?.querySelector('.lineage-links')?.text).toMatch(
      /Continued by: Partial note.*Superseded by: Amended Model Convention/,
    );
    expect(of('/en/2030/amended-convention/')?.querySelector('.lineage-links')?.text).toBe(
      'Supersedes: Model Convention (fixture)',
    );
  });
});

// The page loads no script (checked below), so what Chromium shows is what a reader without
// JavaScript sees; JavaScript stays on for the test's own probes (page.evaluate needs it).
describe('the comparison in Chromium, with no script on the page', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ctx = await launch();
    page = await ctx.newPage();
  });
  afterAll(async () => ctx?.close());
  const visible = (sel: string) => page.locator(sel).first().isVisible();
  /** The words a sighted reader sees in an element (not the visually hidden announcements). */
  const seen = (sel: ReturnType<Page['locator']>) =>
    sel.evaluate((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement!;
        if (parent.checkVisibility() && !parent.closest('.visually-hidden')) out.push(n.textContent ?? '');
      }
      return out.join('');
    });

  it('shows one text with insertions and deletions inline, then both texts side by side', async () => {
    await page.goto(`${inject('fixtureUrl')}/en${COMPARE}`);
    expect(await page.locator('script').count()).toBe(0);
    const clause = page.locator('.cmp-clause', { has: page.locator('a[href$="#art_2__para_2"]') });
    expect(await clause.locator('.cmp-before').isVisible()).toBe(false);
    expect(await seen(clause.locator('.cmp-after .cmp-words'))).toBe(
      'Each Party shall testreview data security and cooperation every year.',
    );
    expect(await clause.locator('.cmp-after del').evaluate((d) => getComputedStyle(d).textDecorationLine)).toBe(
      'line-through',
    );
    await page.getByLabel('Side by side').check({ timeout: 10_000 });
    expect(await seen(clause.locator('.cmp-before .cmp-words'))).toBe(
      'Each Party shall test data security and cooperation.',
    );
    expect(await seen(clause.locator('.cmp-after .cmp-words'))).toBe(
      'Each Party shall review data security and cooperation every year.',
    );
    expect(await visible('.cmp-added .cmp-before .cmp-absent')).toBe(true);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it('prints both texts, each without the other’s changes', async () => {
    await page.goto(`${inject('fixtureUrl')}/ar${COMPARE}`);
    await page.emulateMedia({ media: 'print' });
    const clause = page.locator('.cmp-clause', { has: page.locator('a[href$="#art_2__para_2"]') });
    expect(await clause.locator('.cmp-before .cmp-side-name').isVisible()).toBe(true);
    expect(await clause.locator('.cmp-before ins').first().isVisible()).toBe(false);
    expect(await clause.locator('.cmp-after del').first().isVisible()).toBe(false);
    expect(await clause.locator('.cmp-after ins').first().isVisible()).toBe(true);
    expect(await visible('.cmp-views')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
