import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, mutatedFixture } from '../unit/corpus/fixture-copy.ts';

/**
 * The real build (`npm run build`) on bad content: it must fail, say what and
 * where, and leave nothing that looks deployable — not even an older dist/.
 */
const OUT = path.resolve('tests/.out/bad-dist');

function run(contentDir: string, out: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, FORUM_CONTENT_DIR: contentDir, FORUM_DIST: out, ...env },
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function build(contentDir: string) {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'index.html'), '<!doctype html><title>an older site</title>');
  fs.writeFileSync(path.join(OUT, 'build-info.json'), '{}');
  const r = run(contentDir, OUT);
  const leftovers = fs.readdirSync(path.dirname(OUT)).filter((n) => n.startsWith('bad-dist'));
  return { ...r, leftovers };
}

/** A process id that no process has any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
  return child.pid;
}

describe('a build with bad content', () => {
  it.each([
    [
      'a malformed frontmatter field',
      (d: string) => edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 2', 'basedOn: one')),
      /documents\/2030\/partial-note\/fr\.mdx — basedOn: `basedOn` is the revision/,
    ],
    [
      'a broken cross-reference',
      (d: string) => edit(d, 'documents/2030/partial-note/en.mdx', (t) => t.replace('#art_1"', '#art_7"')),
      /partial-note\/en\.mdx:9 — <Ref>: "2030\/model-convention" has no clause "art_7"/,
    ],
    [
      'a removed published clause',
      // Gone from the latest revision and from the earlier ones, so no page holds it any more.
      (d: string) => {
        for (const f of ['en.mdx', 'revisions/en/1.mdx', 'revisions/en/2.mdx'])
          edit(d, `documents/2030/partial-note/${f}`, (t) => t.replace(/\n3\. [^\n]*\n/, '\n'));
      },
      /registry\.yaml — documents\."2030\/partial-note"\.clauses: clause para_3/,
    ],
    [
      'a duplicate clause id',
      (d: string) => edit(d, 'documents/2030/model-convention/zh.mdx', (t) => t.replace('## 第二条', '## 第一条')),
      /model-convention\/zh\.mdx:\d+ — clause id: .*art_1/,
    ],
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

describe('the output folder', () => {
  it.each([
    ['the content folder itself', (content: string) => content, /it is, contains or sits inside the content folder/],
    [
      'a folder inside the content folder',
      (content: string) => path.join(content, 'documents'),
      /it is, contains or sits inside the content folder/,
    ],
    // The project's own folders are tested on the guard alone (tests/unit/output-folder.test.ts):
    // a real build pointed at them would, if the guard ever broke, delete the project.
  ])('refuses %s before deleting anything, even when the content has an error', (_name, outOf, reason) => {
    const dir = mutatedFixture((d) =>
      edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 2', 'basedOn: one')),
    );
    const before = fs.readdirSync(dir).sort();
    const { status, stderr } = run(dir, outOf(dir));
    expect(status).toBe(1);
    expect(stderr).toMatch(/Build refused: FORUM_DIST=.* cannot be the output folder: /);
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('Nothing was changed');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'documents/2030/partial-note/fr.mdx'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses, and leaves alone, a folder that holds files but no earlier build', () => {
    const out = path.resolve('tests/.out/not-a-build');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const dir = mutatedFixture((d) =>
      edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 2', 'basedOn: one')),
    );
    const { status, stderr } = run(dir, out);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /Build refused: FORUM_DIST=.* cannot be the output folder: .*already holds files that are not a build of this site/,
    );
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('removes what builds that were killed left behind, and keeps what a running build is using', () => {
    const dead = deadPid();
    const parent = path.dirname(OUT);
    const deadOnes = ['', '.snapshot', '.pagefind', '.pagefind.src'].map((s) => `bad-dist.tmp-${dead}${s}`);
    for (const name of deadOnes) fs.mkdirSync(path.join(parent, name, 'en'), { recursive: true });
    fs.writeFileSync(path.join(parent, `bad-dist.tmp-${dead}.prepared.json`), '{}');
    const running = `bad-dist.tmp-${process.pid}.snapshot`;
    fs.mkdirSync(path.join(parent, running), { recursive: true });
    const dir = mutatedFixture((d) =>
      edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 2', 'basedOn: one')),
    );
    const { status, stdout } = run(dir, OUT);
    expect(status).toBe(1);
    for (const name of [...deadOnes, `bad-dist.tmp-${dead}.prepared.json`]) {
      expect(fs.existsSync(path.join(parent, name)), name).toBe(false);
      expect(stdout).toContain(`Removed ${name}, left by a build that did not finish.`);
    }
    expect(fs.existsSync(path.join(parent, running))).toBe(true);
    fs.rmSync(path.join(parent, running), { recursive: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the registry the previous build published', () => {
  const published = { documents: { '2030/earlier-note': { clauses: ['para_1', 'para_2'] } } };

  it('fails the build when an entry it published is gone from registry.yaml, and stays for the next build', () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'index.html'), '<!doctype html><title>an older site</title>');
    fs.writeFileSync(path.join(OUT, 'registry.json'), JSON.stringify(published));
    const dir = mutatedFixture(() => {});
    const { status, stderr } = run(dir, OUT);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /registry\.yaml — documents\."2030\/earlier-note": the entry "2030\/earlier-note" was published \(in tests\/\.out\/bad-dist\/registry\.json \(the previous build\)\) but is gone from the registry/,
    );
    // Nothing deployable is left, but the baseline is: a second build fails the same way.
    expect(fs.readdirSync(OUT)).toEqual(['registry.json']);
    expect(run(dir, OUT).stderr).toMatch(/the entry "2030\/earlier-note" was published/);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(OUT, { recursive: true, force: true });
  });

  it('prints what it drops when FORUM_REGISTRY_ALLOW_LOSS is set', () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'registry.json'), JSON.stringify(published));
    // A content error stops the build right after the check: the override's output comes first.
    const dir = mutatedFixture((d) =>
      edit(d, 'documents/2030/partial-note/fr.mdx', (t) => t.replace('basedOn: 2', 'basedOn: one')),
    );
    const { status, stdout, stderr } = run(dir, OUT, { FORUM_REGISTRY_ALLOW_LOSS: '1' });
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /FORUM_REGISTRY_ALLOW_LOSS is set: these published registry entries are dropped on purpose[^\n]*\n {2}• the entry "2030\/earlier-note" \(published in .*registry\.json \(the previous build\)\)/,
    );
    expect(stderr).not.toMatch(/earlier-note/);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(OUT, { recursive: true, force: true });
  });

  it('is written by a successful build: the fixture site publishes its registry', () => {
    const copy = JSON.parse(fs.readFileSync('tests/.out/fixture-dist/registry.json', 'utf8'));
    expect(Object.keys(copy.documents)).toEqual([
      '2030',
      '2030/amended-convention',
      '2030/draft-statement',
      '2030/model-convention',
      '2030/old-convention',
      '2030/partial-note',
      '2030/retired-note',
    ]);
    expect(copy.documents['2030/partial-note'].clauses).toEqual(['para_4', 'para_1', 'para_2', 'para_3', 'para_5']);
    expect(copy.documents['2030/partial-note'].revisions).toEqual({ en: [1, 2] });
  });
});
