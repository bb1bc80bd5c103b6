import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import type { CorpusRecord } from '../corpus/model.ts';
import { LANG_CODES, type LangCode } from '../i18n/languages.ts';
import {
  catalogueUrl,
  coverageUrl,
  documentUrl,
  editionUrl,
  homeUrl,
  PROSE_PAGES,
  proseUrl,
  searchUrl,
} from '../utils/urls.ts';

/**
 * The sitemap (issue 17, item 5): every indexable page with its hreflang alternates.
 *
 * Pages come in hreflang sets: the same page in each language that really has it. Every member
 * of a set lists the whole set (so the alternates are reciprocal by construction) and `x-default`:
 * the original's version of a text, the English page of a site page (English is the locales'
 * source), and the language chooser `/` for the language homes.
 *
 * Left out, because search engines must not index them or they are not pages of their own:
 * fallback pages (a language without a version shows the original; canonical to it), neutral
 * permalinks (`/<edition>/<slug>/`, which redirect to a language), moved and withdrawn URLs
 * (redirects, tombstones), point-in-time revisions (`…/rev/<n>/`) and comparisons (`…/compare/…`),
 * 404 pages: all of them noindex or canonical elsewhere. Drafts are never built.
 */

/** Search engines read at most 50,000 URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** A text as the sitemap sees it: where it lives and which language versions exist. */
export interface SitemapRecord {
  edition: string;
  /** Absent for an edition record. */
  slug?: string | undefined;
  original: LangCode;
  /** Languages that have a real version (not a fallback). */
  langs: LangCode[];
}

export interface HreflangSet {
  /** Each language's URL (absolute path); `x-default` may be a member of its own. */
  members: { lang: LangCode | 'x-default'; path: string }[];
  xDefault: string;
}

export function sitemapRecord(rec: CorpusRecord): SitemapRecord {
  return {
    edition: rec.edition,
    slug: rec.type === 'document' ? rec.slug : undefined,
    original: rec.meta.original as LangCode,
    langs: LANG_CODES.filter((l) => rec.versions.has(l)),
  };
}

const everyLang = (url: (l: LangCode) => string): HreflangSet => ({
  members: LANG_CODES.map((lang) => ({ lang, path: url(lang) })),
  xDefault: url('en'),
});

/** The hreflang sets of the whole site: site pages, then editions and documents in the order given. */
export function hreflangSets(records: SitemapRecord[]): HreflangSet[] {
  const textUrl = (r: SitemapRecord, l: LangCode) =>
    r.slug ? documentUrl(l, r.edition, r.slug) : editionUrl(l, r.edition);
  return [
    {
      members: [...LANG_CODES.map((lang) => ({ lang, path: homeUrl(lang) })), { lang: 'x-default', path: '/' }],
      xDefault: '/',
    },
    everyLang(catalogueUrl),
    everyLang(coverageUrl),
    everyLang(searchUrl),
    ...PROSE_PAGES.map((page) => everyLang((l) => proseUrl(l, page))),
    ...records
      .filter((r) => r.langs.length > 0)
      .map((r) => ({
        members: r.langs.map((lang) => ({ lang, path: textUrl(r, lang) })),
        xDefault: textUrl(r, r.langs.includes(r.original) ? r.original : (r.langs[0] as LangCode)),
      })),
  ];
}

export interface SitemapItem {
  url: string;
  links: { lang: string; url: string }[];
}

/** One sitemap entry per member of each set, each listing the whole set and x-default (absolute URLs). */
export function sitemapItems(sets: HreflangSet[], origin: string): SitemapItem[] {
  const abs = (p: string) => new URL(p, origin).href;
  return sets.flatMap((set) => {
    const links = [
      ...set.members.filter((m) => m.lang !== 'x-default').map((m) => ({ lang: m.lang, url: abs(m.path) })),
      { lang: 'x-default', url: abs(set.xDefault) },
    ];
    return set.members.map((m) => ({ url: abs(m.path), links }));
  });
}

async function urlset(items: SitemapItem[]): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: true } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/**
 * The sitemap files by path: `/sitemap.xml` alone while the URLs fit in `limit`; past it,
 * `/sitemap.xml` is a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`… (`limit` is a
 * parameter so that tests can split a small site).
 */
export async function sitemapFiles(
  items: SitemapItem[],
  origin: string,
  limit = SITEMAP_LIMIT,
): Promise<Map<string, string>> {
  if (items.length <= limit) return new Map([['/sitemap.xml', await urlset(items)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * limit < items.length; i++)
    files.set(`/sitemap-${i + 1}.xml`, await urlset(items.slice(i * limit, (i + 1) * limit)));
  const index = new SitemapIndexStream();
  const indexXml = await streamToPromise(
    Readable.from([...files.keys()].map((p) => ({ url: new URL(p, origin).href }))).pipe(index),
  );
  return new Map([['/sitemap.xml', indexXml.toString('utf8')], ...files]);
}
