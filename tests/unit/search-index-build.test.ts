import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { inspectCorpus } from '../../src/corpus/index.ts';
import { buildSearchIndex, indexedPages, writeIndexPages } from '../../scripts/lib/search-index.mjs';

/** Every file under a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

describe('the search index, built one language at a time', () => {
  it('is the same, file for file and byte for byte, as Pagefind indexing all languages in one process', { timeout: 60_000 }, async () => {
    const { corpus, problems } = inspectCorpus(path.resolve('tests/fixtures/site'));
    expect(problems).toEqual([]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'index-'));
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
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
