import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages.ts';
import { siteConfig } from '../../src/site-config.ts';

/** The sitemap, robots.txt and Atom feeds of the fixture build (issue 17, items 5 and 6). */
const ROOT = 'tests/.out/fixture-dist';
const ORIGIN = siteConfig.origin;
const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';
const abs = (p: string) => new URL(p, ORIGIN).href;
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

function htmlFiles(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name.startsWith('_') ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}
/** Each built page by its URL, with what its head says about indexing. */
const pages = htmlFiles().map((file) => {
  const rel = `/${path.relative(ROOT, file).split(path.sep).join('/')}`;
  const url = abs(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  const head = parse(fs.readFileSync(file, 'utf8')).querySelector('head')!;
  return {
    url,
    lang: /^\/([a-z]{2})\//.exec(rel)?.[1],
    noindex: !!head.querySelector('meta[name="robots"][content*="noindex"]'),
    refresh: !!head.querySelector('meta[http-equiv="refresh"]'),
    canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    hreflang: Object.fromEntries(
      head
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .filter((l) => !l.getAttribute('type'))
        .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    ),
    feeds: head
      .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
      .map((l) => l.getAttribute('href')),
  };
});

const sitemap = new DOMParser().parseFromString(read('sitemap.xml'), 'application/xml');
const entries = new Map(
  Array.from(sitemap.getElementsByTagNameNS(SM, 'url')).map((u) => [
    u.getElementsByTagNameNS(SM, 'loc')[0]?.textContent ?? '',
    Object.fromEntries(
      Array.from(u.getElementsByTagNameNS(XHTML, 'link')).map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    ),
  ]),
);

describe('the sitemap', () => {
  it('is a urlset naming robots.txt', () => {
    expect(sitemap.documentElement?.localName).toBe('urlset');
    expect(read('robots.txt')).toContain(`Sitemap: ${abs('/sitemap.xml')}\n`);
  });

  it('lists exactly the built pages that are indexable and their own canonical', () => {
    const indexable = pages.filter((p) => !p.noindex && !p.refresh && p.canonical === p.url).map((p) => p.url);
    expect([...entries.keys()].sort()).toEqual(indexable.sort());
  });

  it('leaves out fallback pages, permalinks, moved and withdrawn URLs, revisions and comparisons', () => {
    const urls = [...entries.keys()];
    expect(urls).toContain(abs('/fr/2030/partial-note/'));
    for (const left of [
      '/zh/2030/partial-note/',
      '/ar/2030/',
      '/2030/model-convention/',
      '/en/2030/old-convention/',
      '/en/2030/retired-note/',
      '/en/2030/partial-note/rev/1/',
      '/en/404.html',
    ])
      expect(urls, left).not.toContain(abs(left));
    expect(urls.filter((u) => /\/(rev|compare)\//.test(u))).toEqual([]);
    expect(pages.some((p) => p.url.includes('/rev/'))).toBe(true);
  });

  it("gives each page the hreflang set its own head gives, and x-default to the original's version", () => {
    for (const [url, links] of entries) {
      const page = pages.find((p) => p.url === url)!;
      const { 'x-default': xDefault, ...langs } = links;
      const { 'x-default': _, ...ownLangs } = page.hreflang;
      expect(langs, url).toEqual(ownLangs);
      expect(entries.has(xDefault ?? ''), url).toBe(true);
    }
    expect(entries.get(abs('/ar/2030/amended-convention/'))?.['x-default']).toBe(abs('/en/2030/amended-convention/'));
    expect(Object.keys(entries.get(abs('/en/2030/partial-note/')) ?? {})).toEqual(['en', 'fr', 'x-default']);
  });
});

describe('the Atom feeds', () => {
  it.each(LANG_CODES)('%s: parses as Atom, in its language, newest first, linking to built pages', (lang) => {
    const feed = parseFeed(read(`${lang}/feed.xml`));
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(lang);
    expect(feed.self).toBe(abs(`/${lang}/feed.xml`));
    const dates = feed.items.map((i) => i.updated?.getTime() ?? Number.NaN);
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of feed.items) {
      expect(item.url?.startsWith(abs(`/${lang}/`)), item.url ?? '').toBe(true);
      expect(entries.has(item.url ?? ''), item.url ?? '').toBe(true);
    }
  });

  it('lists new and revised texts with their notes, not fallbacks or texts with no day', () => {
    const en = parseFeed(read('en/feed.xml'));
    const note = en.items.find((i) => i.url === abs('/en/2030/partial-note/'));
    expect(note?.updated?.toISOString()).toBe('2030-11-02T00:00:00.000Z');
    expect(note?.description).toMatch(/^Paragraph 2 names/);
    expect(note?.title).toMatch(/^Editorial record: /);
    const fr = parseFeed(read('fr/feed.xml'));
    expect(fr.items.map((i) => i.url)).toContain(abs('/fr/2030/'));
    expect(parseFeed(read('zh/feed.xml')).items.map((i) => i.url)).not.toContain(abs('/zh/2030/partial-note/'));
  });

  it('is announced in the head of every page of its language', () => {
    for (const p of pages.filter((x) => x.lang)) expect(p.feeds, p.url).toEqual([`/${p.lang}/feed.xml`]);
    expect(pages.find((p) => p.url === abs('/'))?.feeds).toEqual(LANG_CODES.map((l) => `/${l}/feed.xml`));
  });
});
