import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML as decode } from 'entities';
import { describe, expect, it } from 'vitest';
import { dataErrors } from '../../src/data/validate.ts';
import { useT } from '../../src/i18n/i18n.ts';
import { getLanguage, LANG_CODES, type LangCode } from '../../src/i18n/languages.ts';

/**
 * Issue 17: the data files of both built sites, read from disk (no browser, no server): each
 * validates against its schema, each text page links to its data in the head and in its facts,
 * the data's clauses are the page's clauses in order, and each language's index lists every text.
 */
const SITES = ['dist', 'tests/.out/fixture-dist'];

const files = (dir: string, name: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => path.basename(f) === name)
    .map((f) => path.join(dir, f));

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe.each(SITES)('the data files of %s', (root) => {
  const versions = files(root, 'data.json').filter((f) => path.relative(root, f).split(path.sep).length > 2);

  it('every data file validates against its schema (schemas/data/)', () => {
    expect(versions.length).toBeGreaterThan(5);
    const failed = versions.flatMap((f) => dataErrors('version', read(f)).map((e) => `${f}: ${e}`));
    for (const lang of LANG_CODES) {
      const f = path.join(root, lang, 'data.json');
      failed.push(...dataErrors('index', read(f)).map((e) => `${f}: ${e}`));
    }
    expect(failed).toEqual([]);
  });

  it('each language index lists every text once, with a page and a data file that exist', () => {
    for (const lang of LANG_CODES) {
      const index = read(path.join(root, lang, 'data.json'));
      expect(index.lang).toBe(lang);
      const keys = index.texts.map((t: { key: string }) => t.key);
      expect(new Set(keys).size, lang).toBe(keys.length);
      for (const t of index.texts) {
        expect(fs.existsSync(path.join(root, t.page, 'index.html')), t.page).toBe(true);
        expect(fs.existsSync(path.join(root, t.data)), t.data).toBe(true);
        expect(t.data.startsWith(`/${t.translated ? lang : t.titleLang}/`), t.data).toBe(true);
      }
      // Every version file is reachable from the indexes: one per text and language it exists in.
      const listed = index.texts.filter((t: { translated: boolean }) => t.translated).length;
      expect(versions.filter((f) => path.relative(root, f).startsWith(`${lang}${path.sep}`)).length, lang).toBe(listed);
    }
  });

  it('each text page links to its data (head and facts), and the data holds its clauses in the page’s order', () => {
    for (const f of versions) {
      const data = read(f);
      const html = fs.readFileSync(path.join(root, data.links.page, 'index.html'), 'utf8');
      expect(html, f).toContain(`<link rel="alternate" type="application/json" href="${data.links.data}">`);
      expect(html, f).toMatch(new RegExp(`<dd><a href="${data.links.data}" type="application/json"`));
      // The text's clauses (stubs of moved or withdrawn clauses carry no label).
      const pageIds = [...html.matchAll(/<[a-z0-9]+ id="([^"]+)" class="clause" data-pagefind-title=/g)].map(
        (m) => m[1],
      );
      expect(
        data.clauses.map((c: { eId: string }) => c.eId),
        f,
      ).toEqual(pageIds);
      for (const c of data.clauses) expect(c.html, `${f} ${c.eId}`).toContain(`id="${c.eId}"`);
      // What the text is, said in the data itself: an editorial record never passes for the forum's text.
      if (data.text.kind === 'editorial-record') expect(data.text.statement).toMatch(/not the forum's official text/);
    }
  });
});

describe.each(SITES)('descriptions and Open Graph of %s (issue 17 item 7)', (root) => {
  const pages = files(root, 'index.html').concat(files(root, '404.html'));

  it('every page has a description, and Open Graph title, description and locale with its alternates', () => {
    expect(pages.length).toBeGreaterThan(10);
    const failed: string[] = [];
    for (const f of pages) {
      const html = fs.readFileSync(f, 'utf8');
      if (/<meta http-equiv="refresh"/.test(html)) continue; // a redirect page (moved document) is no page of its own
      const description = /<meta name="description" content="([^"]+)">/.exec(html)?.[1];
      if (!description?.trim()) failed.push(`${f}: no description`);
      if (f.endsWith('404.html')) continue;
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1] as LangCode;
      if (!html.includes(`<meta property="og:description" content="${description}">`))
        failed.push(`${f}: og:description`);
      if (!/<meta property="og:title" content="[^"]+">/.test(html)) failed.push(`${f}: og:title`);
      if (!html.includes(`<meta property="og:locale" content="${getLanguage(lang).ogLocale}">`))
        failed.push(`${f}: og:locale`);
      // One og:locale:alternate per other real language version (the hreflang alternates).
      const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="([a-z]{2})"/g)].map((m) => m[1]);
      const ogAlternates = [...html.matchAll(/<meta property="og:locale:alternate" content="([^"]+)">/g)].map(
        (m) => m[1],
      );
      const expected = hreflangs.filter((l) => l !== lang).map((l) => getLanguage(l as LangCode).ogLocale);
      if (ogAlternates.join() !== expected.join())
        failed.push(`${f}: og:locale:alternate ${ogAlternates} ≠ ${expected}`);
    }
    expect(failed).toEqual([]);
  });

  it('a text page describes it honestly: an editorial record as the archive’s record, in the reader’s language', () => {
    for (const lang of LANG_CODES) {
      const t = useT(lang);
      const index = read(path.join(root, lang, 'data.json'));
      for (const text of index.texts) {
        const html = fs.readFileSync(path.join(root, text.page, 'index.html'), 'utf8');
        const description = decode(/<meta name="description" content="([^"]+)">/.exec(html)?.[1] ?? '');
        const tail = t(text.text === 'editorial-record' ? 'meta.description.record' : 'meta.description.official', {
          what: '',
          date: '',
        }).replace(/^\W+/u, '');
        expect(description, `${text.page}`).toContain(tail.slice(-20));
      }
    }
  });
});
