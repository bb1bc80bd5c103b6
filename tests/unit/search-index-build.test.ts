import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { indexedSection, scratchPage } from '../../src/build/index-page.ts';
import { indexedPages } from '../../src/build/indexed-pages.ts';
import { buildSearchIndex, checkUnindexedPages, type IndexedPage } from '../../src/build/search-index.ts';
import { inspectCorpus } from '../../src/corpus/index.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import { allRecords } from '../../src/corpus/read.ts';
import { getLanguage } from '../../src/i18n/languages.ts';
import { foldArabicText } from '../../src/search/fold-arabic.ts';
import { recordUrl } from '../../src/utils/urls.ts';
import { loadPagefind, type PagefindData } from '../support/pagefind-node.ts';

/** Every file under a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f))]),
  );
}

const tmpDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/**
 * Built pages for a corpus, shaped like Astro's (navigation, a heading, the text section,
 * sources after it): enough for the indexer, which takes only the text section. A test
 * input, not a template the build uses.
 */
function fakeSite(corpus: Corpus, dir: string): void {
  for (const rec of allRecords(corpus)) {
    for (const v of rec.versions.values()) {
      const file = path.join(dir, recordUrl(v.lang, rec.key), 'index.html');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        `<!DOCTYPE html><html lang="${v.lang}"><head><title>${v.data.title}</title></head><body><nav><a href="/">Skip</a></nav><main><h1 id="text-heading">${v.data.title}</h1>` +
          `<section class="text" lang="${v.lang}" dir="${getLanguage(v.lang).dir}" aria-labelledby="text-heading" data-pagefind-body>${v.html}</section>` +
          '<section class="sources"><h2>Sources</h2></section></main></body></html>',
      );
    }
  }
}

describe('the section a built page gives the index', () => {
  it('is the whole data-pagefind-body section, a section nested in it (footnotes) included', () => {
    const section =
      '<section class="text" lang="en" data-pagefind-body><p>A claim.<sup><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">Its source.</li></ol></section></section>';
    expect(
      indexedSection(
        `<html><body><section class="intro">Intro</section>${section}<section class="sources"></section></body></html>`,
      ),
    ).toBe(section);
  });

  it('is not fooled by a ">" inside an attribute value', () => {
    const section =
      '<section class="text" aria-label="a > b" data-pagefind-body><p title="</section>">Text</p></section>';
    expect(indexedSection(`<body>${section}</body>`)).toBe(section);
  });

  it('is none on a page without one (a fallback page)', () => {
    expect(
      indexedSection('<body><section class="text" lang="en"><p>The original, not indexed here.</p></section></body>'),
    ).toBeNull();
  });
});

describe('what Pagefind receives for a page', () => {
  const info = {
    filters: { edition: '2030', kind: 'declaration', text: '2030|declaration|2030/model-convention' },
    meta: {
      title: 'A "model" <convention>',
      kind: 'declaration',
      edition: '2030',
      key: '2030/model-convention',
      text: 'official-text',
    },
  };

  it('is the section as built, in a page of its language, with every filter and metadata value escaped', () => {
    const section =
      '<section class="text" lang="en" dir="ltr" data-pagefind-body><p id="para_1" class="clause" data-pagefind-title="Paragraph 1">Data &amp; security.</p></section>';
    const { html, text } = scratchPage(section, 'en', info);
    expect(html).toBe(
      '<!doctype html><html lang="en"><head><title></title></head><body>' +
        section +
        '<div hidden><span data-pagefind-filter="edition:2030"></span><span data-pagefind-filter="kind:declaration"></span><span data-pagefind-filter="text:2030|declaration|2030/model-convention"></span>' +
        '<span data-pagefind-meta="title:A &quot;model&quot; &lt;convention>"></span><span data-pagefind-meta="kind:declaration"></span><span data-pagefind-meta="edition:2030"></span><span data-pagefind-meta="key:2030/model-convention"></span><span data-pagefind-meta="text:official-text"></span></div>' +
        '</body></html>',
    );
    expect(text).toBe('Data & security.');
  });

  it("folds Arabic text (never its markup) and keeps each clause's original text as metadata", () => {
    const section =
      '<section class="text" lang="ar" dir="rtl" data-pagefind-body><p id="para_1" class="clause" data-pagefind-title="الفقرة ١">١. أمن البيانات والتعاون.</p></section>';
    const { html, text } = scratchPage(section, 'ar', info);
    expect(html).toContain(
      `<p id="para_1" class="clause" data-pagefind-title="الفقرة ١">${foldArabicText('١. أمن البيانات والتعاون.')}</p>`,
    );
    expect(html).toContain(
      '<span data-pagefind-meta="clauses:{&quot;para_1&quot;:&quot;١. أمن البيانات والتعاون.&quot;}"></span>',
    );
    expect(text).toBe(foldArabicText('١. أمن البيانات والتعاون.'));
    expect(text).toBe('1. امن بيانات تعاون.'); // the article and the و fused with it go too
  });
});

describe('the search index, made from the built pages', () => {
  let corpus: Corpus;
  let pages: IndexedPage[];
  beforeAll(() => {
    const read = inspectCorpus(path.resolve('tests/fixtures/site'));
    expect(read.problems).toEqual([]);
    corpus = read.corpus;
    pages = indexedPages(corpus);
  });

  it('lists every language version of every record, and no fallback', () => {
    expect(pages.map((p) => p.url).sort()).toEqual(
      allRecords(corpus)
        .flatMap((r) => [...r.versions.keys()].map((l) => recordUrl(l, r.key)))
        .sort(),
    );
    expect(pages.some((p) => p.url === '/zh/2030/partial-note/')).toBe(false);
  });

  it('is the same, file for file and byte for byte, as Pagefind indexing all languages in one process', {
    timeout: 60_000,
  }, async () => {
    const tmp = tmpDir('index-');
    fakeSite(corpus, path.join(tmp, 'site'));

    // The build's way: one process per language, entry file merged.
    const stats = await buildSearchIndex(path.join(tmp, 'site'), pages, path.join(tmp, 'split'));
    expect(Object.keys(stats.languages).length).toBe(6);

    // Pagefind's own way: the same pages, everything in one index.
    for (const p of pages) {
      const file = path.join(tmp, 'whole.src', p.url, 'index.html');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        scratchPage(
          indexedSection(fs.readFileSync(path.join(tmp, 'site', p.url, 'index.html'), 'utf8'))!,
          p.lang,
          p.info,
        ).html,
      );
    }
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: path.join(tmp, 'whole.src') });
    await index!.writeFiles({ outputPath: path.join(tmp, 'whole') });
    await pagefind.close();
    for (const f of fs.readdirSync(path.join(tmp, 'whole')))
      if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(tmp, 'whole', f));

    const split = files(path.join(tmp, 'split'));
    const whole = files(path.join(tmp, 'whole'));
    // The vocabulary files are the indexer's own, beside Pagefind's.
    expect([...split.keys()].filter((f) => f.startsWith('words/'))).toEqual(
      ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l) => `words/${l}.json`),
    );
    expect([...split.keys()].filter((f) => !f.startsWith('words/'))).toEqual([...whole.keys()]);
    for (const [name, bytes] of whole) expect(split.get(name)?.equals(bytes), name).toBe(true);
    // No scratch left behind.
    expect(fs.readdirSync(tmp).sort()).toEqual(['site', 'split', 'whole', 'whole.src']);
  });

  it("gives each page its edition, kind, language, text id and title; Arabic pages their clauses' original text", {
    timeout: 60_000,
  }, async () => {
    const tmp = tmpDir('index-meta-');
    fakeSite(corpus, path.join(tmp, 'site'));
    await buildSearchIndex(path.join(tmp, 'site'), pages, path.join(tmp, 'site', 'pagefind'));
    const data = async (lang: string) => {
      const pf = await loadPagefind(path.join(tmp, 'site'), lang);
      // Every page of the language: a search with no words, filtered on the one edition they all have.
      const found = await pf.search(null, { filters: { edition: { any: ['2030'] } } });
      const all: PagefindData[] = await Promise.all(found.results.map((r) => r.data()));
      return new Map(all.map((d) => [d.url, d]));
    };
    const en = await data('en');
    expect([...en.keys()].sort()).toEqual([
      '/en/2030/',
      '/en/2030/amended-convention/',
      '/en/2030/model-convention/',
      '/en/2030/partial-note/',
    ]);
    const doc = en.get('/en/2030/model-convention/')!;
    expect(doc.filters).toEqual({
      edition: ['2030'],
      kind: ['declaration'],
      text: [expect.stringContaining('2030/model-convention')],
    });
    expect(doc.meta).toMatchObject({
      title: corpus.documents.get('2030/model-convention')!.versions.get('en')!.data.title,
      kind: 'declaration',
      edition: '2030',
      key: '2030/model-convention',
      text: 'official-text',
    });
    expect(doc.meta.clauses).toBeUndefined();
    expect(en.get('/en/2030/')!.filters).toMatchObject({ edition: ['2030'], kind: ['edition'] });

    const ar = await data('ar');
    expect([...ar.keys()].sort()).toEqual(['/ar/2030/amended-convention/', '/ar/2030/model-convention/']);
    const arDoc = ar.get('/ar/2030/model-convention/')!;
    expect(arDoc.filters).toEqual(doc.filters);
    const clauses = JSON.parse(arDoc.meta.clauses!) as Record<string, string>;
    expect(clauses.art_2__para_1).toBe('١. يتحقق كل طرف من أمن البيانات والتعاون.');
    expect(arDoc.content).toContain(foldArabicText('أمن البيانات')); // the index holds the folded form
    expect(arDoc.content).not.toContain('البيانات');
  });

  it('fails, naming the page, when a text page was not built or has no indexed section', async () => {
    const tmp = tmpDir('index-missing-');
    fakeSite(corpus, path.join(tmp, 'site'));
    fs.rmSync(path.join(tmp, 'site/fr/2030/partial-note'), { recursive: true });
    fs.writeFileSync(
      path.join(tmp, 'site/en/2030/partial-note/index.html'),
      '<html lang="en"><body><section class="text">Not marked.</section></body></html>',
    );
    const failed = buildSearchIndex(path.join(tmp, 'site'), pages, path.join(tmp, 'out'));
    await expect(failed).rejects.toThrow(
      /indexing (en|fr) failed: The search index does not match the built pages:\n {2}\/(en|fr)\/2030\/partial-note\/: a text page, but/,
    );
    await expect(failed).rejects.toThrow(
      /\/en\/2030\/partial-note\/: a text page, but the built page has no data-pagefind-body section|\/fr\/2030\/partial-note\/: a text page, but no such page was built/,
    );
    expect(fs.readdirSync(tmp)).toEqual(['site']);
  });
});

describe('checking the built pages against the index', () => {
  it('names a page that carries indexable text but is not a text page', () => {
    const dir = tmpDir('verify-');
    for (const [url, body] of [
      ['en/2030/x', '<section class="text" data-pagefind-body>Text</section>'],
      ['zh/2030/x', '<section class="text" lang="en" data-pagefind-body>Fallback</section>'],
      ['zh/2030', '<p>data-pagefind-body as words</p>'],
    ]) {
      fs.mkdirSync(path.join(dir, url!), { recursive: true });
      fs.writeFileSync(path.join(dir, url!, 'index.html'), `<html><body>${body}</body></html>`);
    }
    expect(() => checkUnindexedPages(dir, [{ url: '/en/2030/x/' }, { url: '/zh/2030/x/' }])).not.toThrow();
    expect(() => checkUnindexedPages(dir, [{ url: '/en/2030/x/' }])).toThrow(
      `The search index does not match the built pages:\n  ${path.join(dir, 'zh/2030/x/index.html')}: carries indexable text (data-pagefind-body) but is not a text page, so it was not indexed`,
    );
  });
});
