import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A secretariat may keep its texts in a repository of their own, beside the
 * project rather than inside it. The real build (`npm run build`) must take such
 * a content folder as it takes content/ (Astro's content store once refused it:
 * "File path must be relative to the site root").
 */
const root = path.resolve(import.meta.dirname, '../..');
// The system's temporary folder, unless the project itself lies in it (CI clones into /tmp):
// then a folder beside the project.
const parent = path.relative(os.tmpdir(), root).startsWith('..') ? os.tmpdir() : path.dirname(root);
const content = fs.mkdtempSync(path.join(parent, 'forum-texts-outside-'));
const out = path.resolve('tests/.out/outside-dist');

afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

describe('a content folder outside the project', () => {
  it('builds, with every page of its texts and their search index', () => {
    expect(path.relative(root, content).startsWith('..')).toBe(true);
    fs.cpSync('tests/fixtures/site', content, { recursive: true });
    // A title found in this copy only, so the pages are seen to come from it.
    const en = path.join(content, 'documents/2030/model-convention/en.mdx');
    fs.writeFileSync(en, fs.readFileSync(en, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (kept outside)'));

    const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, FORUM_CONTENT_DIR: content, FORUM_DIST: out },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.stderr).not.toMatch(/File path must be relative/);
    expect(r.status, r.stderr).toBe(0);

    for (const page of [
      'en/2030/model-convention',
      'ar/2030/model-convention',
      'zh/2030/model-convention',
      'fr/2030/partial-note',
      'en/2030',
      '2030/model-convention',
    ]) {
      expect(fs.existsSync(path.join(out, page, 'index.html')), page).toBe(true);
    }
    expect(fs.readFileSync(path.join(out, 'en/2030/model-convention/index.html'), 'utf8')).toContain('(kept outside)');
    expect(fs.readdirSync(path.join(out, 'pagefind/words')).sort()).toEqual([
      'ar.json',
      'en.json',
      'es.json',
      'fr.json',
      'ru.json',
      'zh.json',
    ]);
  });
});
