import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers, unsafeOutput } from '../../src/build/output-folder.ts';

const root = path.resolve('.');
const content = path.resolve('content');
const check = (out: string, contentDir = content) =>
  unsafeOutput(path.resolve(out), { root, content: path.resolve(contentDir) });

describe('the build refuses an output folder that would take sources with it', () => {
  it.each([
    ['content', /content folder/],
    ['content/documents', /content folder/],
    ['src', /project's src\//],
    ['src/pages/out', /project's src\//],
    ['locales', /project's locales\//],
    ['public', /project's public\//],
    ['tests/fixtures/site', /project's tests\/fixtures\//],
    ['tests', /project's tests\/fixtures\//],
    ['.', /is or contains the project folder/],
    ['..', /is or contains the project folder/],
  ])('refuses %s', (out, reason) => {
    expect(check(out)).toMatch(reason);
  });

  it.each(['.git', 'docs', 'node_modules', 'package.json', 'tests/.out', 'bench/.work', 'dist/site', 'tests/unit'])(
    'refuses %s, which belongs to the project',
    (out) => {
      expect(check(out)).toMatch(
        /belongs to the project; inside it, only dist\/ and folders under tests\/\.out\/ or bench\/\.work\/ may be an output folder/,
      );
    },
  );

  it('refuses the content folder in use, wherever it is', () => {
    // A folder of its own around it: os.tmpdir() itself may hold the project (a CI clone in /tmp).
    const elsewhere = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'forum-content-')), 'content');
    fs.mkdirSync(elsewhere);
    expect(check(elsewhere, elsewhere)).toMatch(/content folder/);
    expect(check(path.join(elsewhere, 'editions'), elsewhere)).toMatch(/content folder/);
    expect(check(path.dirname(elsewhere), elsewhere)).toMatch(/content folder/);
  });

  it('refuses a link that leads into the sources', () => {
    const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'forum-out-')), 'dist');
    fs.symlinkSync(path.resolve('src'), link);
    expect(check(link)).toMatch(/project's src\//);
  });

  it('accepts dist/, a folder of tests/.out/ or bench/.work/ and one elsewhere', () => {
    for (const out of ['dist', 'tests/.out/fixture-dist', 'bench/.work/dist-600', path.join(os.tmpdir(), 'forum-dist')])
      expect(check(out)).toBeNull();
  });
});

describe('the build never deletes a folder that is not one of its own builds', () => {
  const parent = () => fs.mkdtempSync(path.join(os.tmpdir(), 'forum-out-'));

  it('refuses a folder elsewhere that holds other files', () => {
    const out = parent();
    fs.writeFileSync(path.join(out, 'thesis.tex'), '');
    expect(check(out)).toMatch(
      /already holds files that are not a build of this site \(no build-info\.json or registry\.json\), and a build would delete them; empty or remove the folder yourself/,
    );
  });

  it('refuses a file', () => {
    const out = path.join(parent(), 'notes.txt');
    fs.writeFileSync(out, '');
    expect(check(out)).toMatch(/notes\.txt exists and is not a folder, and a build would delete it/);
  });

  it('accepts an empty folder, a previous build, and what a failed build left (registry.json)', () => {
    for (const mark of [null, 'build-info.json', 'registry.json']) {
      const out = parent();
      if (mark) fs.writeFileSync(path.join(out, mark), '{}');
      expect(check(out), String(mark)).toBeNull();
    }
  });
});

describe('leftovers of builds that were killed', () => {
  it('are removed when their process is gone, and kept while it runs', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-left-'));
    const out = path.join(parent, 'dist');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const deadOnes = ['', '.snapshot', '.pagefind', '.pagefind.src', '.pagefind.zh', '.prepared.json'].map(
      (s) => `dist.tmp-${dead}${s}`,
    );
    for (const name of deadOnes) fs.mkdirSync(path.join(parent, name));
    const kept = [
      `dist.tmp-${process.pid}`,
      `dist.tmp-${process.pid}.snapshot`,
      'dist',
      'dist.tmp-notes',
      'other.tmp-1',
    ];
    for (const name of kept) fs.mkdirSync(path.join(parent, name));
    expect(removeLeftovers(out).sort()).toEqual(deadOnes.sort());
    expect(fs.readdirSync(parent).sort()).toEqual(kept.sort());
  });
});
