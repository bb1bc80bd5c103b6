import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, mutatedFixture } from '../unit/corpus/fixture-copy.ts';

/**
 * The real build (`npm run build`) on bad content: it must fail, say what and
 * where, and leave nothing that looks deployable — not even an older dist/.
 */
function build(contentDir: string) {
  const out = path.resolve('tests/.out/bad-dist');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>an older site</title>');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, FORUM_CONTENT_DIR: contentDir, FORUM_DIST: out }, encoding: 'utf8' });
  const leftovers = fs.readdirSync(path.dirname(out)).filter((n) => n.startsWith('bad-dist'));
  return { status: r.status, stderr: r.stderr, leftovers };
}

describe('a build with bad content', () => {
  it.each([
    ['a malformed frontmatter field', (d: string) => edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 1', 'basedOn: one')), /documents\/2030\/partial-note\/fr\.mdx — basedOn: `basedOn` is the revision/],
    ['a broken cross-reference', (d: string) => edit(d, 'documents/2030/partial-note/en.mdx', (t) => t.replace('#art_1"', '#art_7"')), /partial-note\/en\.mdx:9 — <Ref>: "2030\/model-convention" has no clause "art_7"/],
    ['a removed published clause', (d: string) => edit(d, 'documents/2030/partial-note/en.mdx', (t) => t.replace(/\n3\. [^\n]*\n/, '\n')), /registry\.yaml — documents\."2030\/partial-note"\.clauses: clause para_3/],
    ['a duplicate clause id', (d: string) => edit(d, 'documents/2030/model-convention/zh.mdx', (t) => t.replace('## 第二条', '## 第一条')), /model-convention\/zh\.mdx:\d+ — clause id: .*art_1/],
  ])('fails on %s, names file and field or line, and leaves no dist/', (_name, mutate, message) => {
    const dir = mutatedFixture(mutate);
    const { status, stderr, leftovers } = build(dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Nothing was built');
    expect(leftovers).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
