import { LANG_CODES } from '../../src/i18n/languages.ts';
import { PROSE_PAGES } from '../../src/utils/urls.ts';

/**
 * One representative URL per page type, per language; what the accessibility,
 * security and keyboard checks walk. `site` is the shipped corpus, `fixture` the
 * test corpus (fallback pages, structured text, hostile strings).
 */
/** `waitFor`: a selector that must appear before checking (content rendered by a script). */
export interface PageCase {
  type: string;
  lang: string;
  site: 'site' | 'fixture';
  path: string;
  waitFor?: string;
}

const perLang = (type: string, site: PageCase['site'], make: (l: string) => string): PageCase[] =>
  LANG_CODES.map((lang) => ({ type, lang, site, path: make(lang) }));

export const PAGE_CASES: PageCase[] = [
  { type: 'chooser', lang: 'en', site: 'site', path: '/' },
  { type: 'root 404', lang: 'en', site: 'site', path: '/404.html' },
  ...perLang('home', 'site', (l) => `/${l}/`),
  ...perLang('catalogue', 'site', (l) => `/${l}/documents/`),
  ...perLang('edition', 'site', (l) => `/${l}/2023/`),
  ...perLang('document', 'site', (l) => `/${l}/2023/data-security-consensus/`),
  ...perLang('coverage', 'site', (l) => `/${l}/coverage/`),
  ...perLang('search', 'site', (l) => `/${l}/search/`),
  ...perLang('search results', 'site', (l) => `/${l}/search/?q=2023&scope=all`).map((c) => ({
    ...c,
    waitFor: '.result',
  })),
  ...perLang('404', 'site', (l) => `/${l}/404.html`),
  ...PROSE_PAGES.flatMap((page) => perLang(page, 'site', (l) => `/${l}/${page}/`)),
  ...perLang('contact with an address', 'fixture', (l) => `/${l}/contact/`),
  ...perLang('structured document', 'fixture', (l) => `/${l}/2030/model-convention/`),
  ...perLang('fallback', 'fixture', (l) => `/${l}/2030/partial-note/`),
  ...perLang('tombstone', 'fixture', (l) => `/${l}/2030/retired-note/`),
  ...perLang('lineage comparison', 'fixture', (l) => `/${l}/2030/amended-convention/compare/lineage/`),
  // Texts over time: an earlier revision (left to right, and right to left in the shipped corpus), and a stale translation.
  { type: 'earlier revision', lang: 'en', site: 'fixture', path: '/en/2030/partial-note/rev/1/' },
  { type: 'earlier revision', lang: 'ar', site: 'site', path: '/ar/2023/rev/1/' },
  { type: 'stale translation', lang: 'fr', site: 'fixture', path: '/fr/2030/partial-note/' },
  // Revisions compared (left to right in the fixture, right to left in the shipped corpus's backfilled history).
  { type: 'revision comparison', lang: 'en', site: 'fixture', path: '/en/2030/partial-note/compare/2-3/' },
  { type: 'revision comparison', lang: 'ar', site: 'site', path: '/ar/2023/compare/1-2/' },
];
