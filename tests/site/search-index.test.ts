import { beforeAll, describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages.ts';
import { foldArabicText } from '../../src/search/fold-arabic.ts';
import { loadPagefind, type PagefindApi, type PagefindData, searchAll } from '../support/pagefind-node.ts';

/** Clause URLs of all hits, the way the search page lists them. */
const clauseUrls = (hits: PagefindData[]) =>
  hits.flatMap((h) => h.sub_results.map((s) => s.url)).filter((u) => u.includes('#'));

describe('the built search index, queried from Node', () => {
  const pf: Record<string, PagefindApi> = {};
  beforeAll(async () => {
    for (const l of LANG_CODES) pf[l] = await loadPagefind('dist', l);
  });

  it('finds an English word and links straight to the clauses that contain it', async () => {
    const urls = clauseUrls(await searchAll(pf.en!, 'talent'));
    expect(urls.some((u) => /^\/en\/2023\/talent-training-action-initiative\/#para_\d+$/.test(u))).toBe(true);
  });

  it('finds "données" in French, in the data security consensus', async () => {
    const urls = clauseUrls(await searchAll(pf.fr!, 'données'));
    expect(urls.some((u) => u.startsWith('/fr/2023/data-security-consensus/#para_'))).toBe(true);
  });

  it('finds Russian text by another form of the word (stemming)', async () => {
    // The instrumental "сотрудничеством" is in no text: only the stem can find the others.
    const hits = await searchAll(pf.ru!, 'сотрудничеством');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.content.includes('сотрудничеством'))).toBe(false);
    expect(hits.every((h) => h.url.startsWith('/ru/'))).toBe(true);
    expect(hits.some((h) => /сотрудничеств(а|у|е)/.test(h.content))).toBe(true);
  });

  it('finds a two-character Chinese word inside a long sentence (数据)', async () => {
    const hits = await searchAll(pf.zh!, '数据');
    const urls = clauseUrls(hits);
    expect(urls).toContain('/zh/2023/data-security-consensus/#para_4');
    expect(hits.every((h) => h.url.startsWith('/zh/'))).toBe(true);
  });

  it('finds an Arabic word with and without its article, and without diacritics or with ه for ة', async () => {
    const withArticle = clauseUrls(await searchAll(pf.ar!, foldArabicText('البيانات')));
    const without = clauseUrls(await searchAll(pf.ar!, foldArabicText('بيانات')));
    expect(withArticle.some((u) => u.startsWith('/ar/2023/data-security-consensus/#para_'))).toBe(true);
    expect(without).toEqual(withArticle);
    const taMarbuta = clauseUrls(await searchAll(pf.ar!, foldArabicText('الشرطه')));
    expect(taMarbuta.length).toBeGreaterThan(0);
  });

  it('keeps the original Arabic spelling available for excerpts', async () => {
    const [hit] = await searchAll(pf.ar!, foldArabicText('بيانات'));
    const clauses = JSON.parse(hit!.meta.clauses ?? '{}') as Record<string, string>;
    expect(Object.values(clauses).join(' ')).toContain('البيانات');
    expect(hit!.content).not.toContain('البيانات'); // the index holds the folded form
  });

  it('narrows by edition and by kind', async () => {
    const all = await searchAll(pf.en!, 'forum');
    const in2024 = await searchAll(pf.en!, 'forum', { edition: { any: ['2024'] } });
    expect(in2024.length).toBeGreaterThan(0);
    expect(in2024.length).toBeLessThan(all.length);
    expect(in2024.every((h) => h.filters.edition?.includes('2024'))).toBe(true);
    const consensus = await searchAll(pf.en!, 'forum', { kind: { any: ['consensus'] } });
    expect(consensus.map((h) => h.url).sort()).toEqual([
      '/en/2023/data-security-consensus/',
      '/en/2023/index-research-consensus/',
    ]);
  });

  it('searches every language when asked: one query finds texts in several languages', async () => {
    const perLang = await Promise.all(
      LANG_CODES.map(async (l) => (await searchAll(pf[l]!, l === 'ar' ? foldArabicText('2023') : '2023')).length),
    );
    expect(perLang.filter((n) => n > 0).length).toBe(6);
  });

  it('indexes document and edition text only: no navigation, notices or fallback pages', async () => {
    expect(await searchAll(pf.en!, 'Skip')).toEqual([]);
    const fixture = await loadPagefind('tests/.out/fixture-dist', 'zh');
    expect(await searchAll(fixture, 'zebrafish')).toEqual([]); // only in en/fr; the zh page is a fallback
    const fixtureEn = await loadPagefind('tests/.out/fixture-dist', 'en');
    const [hit] = await searchAll(fixtureEn, 'zebrafish');
    expect(hit?.url).toBe('/en/2030/partial-note/');
    expect(hit?.sub_results.map((s) => s.url)).toContain('/en/2030/partial-note/#para_3');
    // A word of the editorial-record notice, which every English record page shows but no text uses.
    expect(await searchAll(pf.en!, 'numbered')).toEqual([]);
  });
});
