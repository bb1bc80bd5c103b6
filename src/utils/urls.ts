/** Every URL the site makes comes from here, so the scheme lives in one place (always trailing slashes). */
export const homeUrl = (lang: string) => `/${lang}/`;
export const catalogueUrl = (lang: string) => `/${lang}/documents/`;
export const searchUrl = (lang: string) => `/${lang}/search/`;
export const coverageUrl = (lang: string) => `/${lang}/coverage/`;
/** The site's own pages, written in prose/<page>/<lang>.mdx, in the order the footer lists them. */
export const PROSE_PAGES = ['about', 'cite', 'policy', 'contact'] as const;
export type ProsePageName = (typeof PROSE_PAGES)[number];
export const proseUrl = (lang: string, page: ProsePageName) => `/${lang}/${page}/`;
export const editionUrl = (lang: string, year: string) => `/${lang}/${year}/`;
export const documentUrl = (lang: string, edition: string, slug: string) => `/${lang}/${edition}/${slug}/`;
/** Language-neutral permalink: resolves to the reader's language. */
export const permalinkUrl = (edition: string, slug: string) => `/${edition}/${slug}/`;
/** Language-neutral permalink of any record key ("2023" or "2023/slug"). */
export const neutralUrl = (key: string) => `/${key}/`;
/** A record key ("2023" or "2023/slug") in a language, with an optional clause fragment. */
export function recordUrl(lang: string, key: string, eId?: string): string {
  const [edition = '', slug] = key.split('/');
  const base = slug ? documentUrl(lang, edition, slug) : editionUrl(lang, edition);
  return eId ? `${base}#${eId}` : base;
}
/** Clause-by-clause comparison of revisions `a` and `b` of a document's language version. */
export const compareUrl = (lang: string, edition: string, slug: string, a: number, b: number) =>
  `${documentUrl(lang, edition, slug)}compare/${a}-${b}/`;
/** Comparison of a document with the one it `continues` or `supersedes`. */
export const lineageCompareUrl = (lang: string, edition: string, slug: string) =>
  `${documentUrl(lang, edition, slug)}compare/lineage/`;
/** Revision `n` of a record's version in `lang` (a point-in-time URL), with an optional clause fragment. */
export function revisionUrl(lang: string, key: string, n: number, eId?: string): string {
  return `${recordUrl(lang, key)}rev/${n}/${eId ? `#${eId}` : ''}`;
}
/** `compareUrl` for any record key ("2023/slug", or an edition's "2023": /<lang>/2023/compare/<a>-<b>/). */
export const recordCompareUrl = (lang: string, key: string, a: number, b: number) =>
  `${recordUrl(lang, key)}compare/${a}-${b}/`;
/** A record's language version as data (docs/data.md): `/<lang>/<edition>/<slug>/data.json`, `/<lang>/<edition>/data.json`. */
export const dataUrl = (lang: string, key: string) => `${recordUrl(lang, key)}data.json`;
/** The corpus index of a language as data: every text with its links. */
export const dataIndexUrl = (lang: string) => `/${lang}/data.json`;
/** A language's Atom feed of new and revised texts. */
export const feedUrl = (lang: string) => `/${lang}/feed.xml`;
