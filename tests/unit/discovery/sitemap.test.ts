import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { hreflangSets, type SitemapRecord, sitemapFiles, sitemapItems } from '../../../src/discovery/sitemap.ts';

const ORIGIN = 'https://texts.example.org';
const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

const records: SitemapRecord[] = [
  { edition: '2030', original: 'en', langs: ['en', 'fr'] },
  { edition: '2030', slug: 'full', original: 'zh', langs: ['en', 'zh', 'fr', 'ru', 'es', 'ar'] },
  { edition: '2030', slug: 'partial', original: 'fr', langs: ['en', 'fr'] },
];
const items = sitemapItems(hreflangSets(records), ORIGIN);
const byUrl = new Map(items.map((i) => [i.url, i]));
const abs = (p: string) => `${ORIGIN}${p}`;

/** Each <url>: its <loc> and its alternates as lang → href, read back from the XML. */
function parseUrlset(xml: string): Map<string, Map<string, string>> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.documentElement?.localName).toBe('urlset');
  return new Map(
    Array.from(doc.getElementsByTagNameNS(SM, 'url')).map((u) => [
      u.getElementsByTagNameNS(SM, 'loc')[0]?.textContent ?? '',
      new Map(
        Array.from(u.getElementsByTagNameNS(XHTML, 'link')).map((l) => [
          l.getAttribute('hreflang') ?? '',
          l.getAttribute('href') ?? '',
        ]),
      ),
    ]),
  );
}

describe('sitemap alternates', () => {
  it('lists only the language versions that exist, not fallback pages', () => {
    expect(byUrl.has(abs('/en/2030/partial/'))).toBe(true);
    expect(byUrl.has(abs('/fr/2030/partial/'))).toBe(true);
    for (const l of ['zh', 'ru', 'es', 'ar']) {
      expect(byUrl.has(abs(`/${l}/2030/partial/`))).toBe(false);
      expect(byUrl.has(abs(`/${l}/2030/`))).toBe(false);
    }
    expect(byUrl.get(abs('/en/2030/partial/'))?.links.map((l) => l.lang)).toEqual(['en', 'fr', 'x-default']);
  });

  it('is reciprocal: every alternate is an entry that lists the same set', () => {
    for (const item of items)
      for (const link of item.links) {
        const other = byUrl.get(link.url);
        expect(other, `${item.url} → ${link.url}`).toBeDefined();
        expect(other?.links).toEqual(item.links);
        expect(other?.links.some((l) => l.url === item.url)).toBe(true);
      }
  });

  it("points x-default at the original's version, the English site page, or the language chooser", () => {
    const xd = (url: string) => byUrl.get(abs(url))?.links.find((l) => l.lang === 'x-default')?.url;
    expect(xd('/ar/2030/full/')).toBe(abs('/zh/2030/full/'));
    expect(xd('/en/2030/partial/')).toBe(abs('/fr/2030/partial/'));
    expect(xd('/fr/2030/')).toBe(abs('/en/2030/'));
    expect(xd('/ru/documents/')).toBe(abs('/en/documents/'));
    expect(xd('/ar/')).toBe(abs('/'));
    expect(byUrl.has(abs('/'))).toBe(true);
  });

  it('leaves out permalinks, revisions, comparisons and 404 pages', () => {
    for (const item of items) {
      expect(item.url).toMatch(/^https:\/\/texts\.example\.org\/((en|zh|fr|ru|es|ar)\/.*)?$/);
      expect(item.url).not.toMatch(/\/rev\/|\/compare\/|404/);
    }
    expect(byUrl.has(abs('/2030/full/'))).toBe(false);
  });

  it('writes the alternates into the XML with absolute URLs', async () => {
    const files = await sitemapFiles(items, ORIGIN);
    expect([...files.keys()]).toEqual(['/sitemap.xml']);
    const urls = parseUrlset(files.get('/sitemap.xml') ?? '');
    expect(urls.size).toBe(items.length);
    expect(Object.fromEntries(urls.get(abs('/en/2030/partial/')) ?? [])).toEqual({
      en: abs('/en/2030/partial/'),
      fr: abs('/fr/2030/partial/'),
      'x-default': abs('/fr/2030/partial/'),
    });
  });

  it('splits into a sitemap index past the limit', async () => {
    const files = await sitemapFiles(items, ORIGIN, 10);
    const parts = Math.ceil(items.length / 10);
    expect([...files.keys()]).toEqual([
      '/sitemap.xml',
      ...Array.from({ length: parts }, (_, i) => `/sitemap-${i + 1}.xml`),
    ]);
    const index = new DOMParser().parseFromString(files.get('/sitemap.xml') ?? '', 'application/xml');
    expect(index.documentElement?.localName).toBe('sitemapindex');
    expect(Array.from(index.getElementsByTagNameNS(SM, 'loc')).map((l) => l.textContent)).toEqual(
      Array.from({ length: parts }, (_, i) => abs(`/sitemap-${i + 1}.xml`)),
    );
    const all = [...files.entries()]
      .filter(([p]) => p !== '/sitemap.xml')
      .flatMap(([, xml]) => [...parseUrlset(xml).keys()]);
    expect(all).toEqual(items.map((i) => i.url));
    for (const [p, xml] of files) if (p !== '/sitemap.xml') expect(parseUrlset(xml).size).toBeLessThanOrEqual(10);
  });
});
