import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inspectCorpus } from '../../src/corpus/index.ts';
import { buildSearchIndex, fingerprints, indexedPages, verifyIndexedPages, writeIndexPages } from '../../src/build/search-index.ts';

/** Every file under a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

describe('the search index, built one language at a time', () => {
  it('is the same, file for file and byte for byte, as Pagefind indexing all languages in one process', { timeout: 60_000 }, async () => {
    const { corpus, problems } = inspectCorpus(path.resolve('tests/fixtures/site'));
    expect(problems).toEqual([]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'index-'));
    onTestFinished(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const pages = indexedPages(corpus);

    // The build's way: one Pagefind process per language, entry file merged.
    const input = writeIndexPages(pages, path.join(tmp, 'split'));
    expect(Object.keys(input.languages).length).toBe(6);
    await buildSearchIndex(input, path.join(tmp, 'split'));

    // Pagefind's own way: everything in one index.
    const { scratch } = writeIndexPages(pages, path.join(tmp, 'whole'));
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: scratch });
    await index!.writeFiles({ outputPath: path.join(tmp, 'whole') });
    await pagefind.close();
    for (const f of fs.readdirSync(path.join(tmp, 'whole'))) if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(tmp, 'whole', f));

    const split = files(path.join(tmp, 'split'));
    const whole = files(path.join(tmp, 'whole'));
    expect([...split.keys()]).toEqual([...whole.keys()]);
    for (const [name, bytes] of whole) expect(split.get(name)?.equals(bytes), name).toBe(true);
  });
});

describe('checking the built pages against the index', () => {
  const site = (section: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, 'en/2030/x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'en/2030/x/index.html'), `<!doctype html><html><body><main>${section}<section class="sources"><h2>Sources</h2></section></main></body></html>`);
    return dir;
  };
  // A text with footnotes holds a section of its own (remark-gfm's footnotes).
  const indexed = '<section class="text" data-pagefind-body><p>A claim.<sup><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">Its source.</li></ol></section></section>';

  it('accepts a text whose section holds another section, as footnotes make', () => {
    expect(() => verifyIndexedPages(site(indexed), fingerprints([{ url: '/en/2030/x/', section: indexed }]))).not.toThrow();
  });

  it('names the page whose text differs from what was indexed', () => {
    const built = indexed.replace('Its source.', 'Another source.');
    expect(() => verifyIndexedPages(site(built), fingerprints([{ url: '/en/2030/x/', section: indexed }]))).toThrow(/\/en\/2030\/x\/: the built page's text differs/);
  });
});
