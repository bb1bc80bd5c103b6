import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, inspectCorpus, type Problem } from '../../../src/corpus/index.ts';
import { checkAppendOnly, PUBLISHED_REGISTRY, readRegistry } from '../../../src/registry/index.ts';
import { edit, mutatedFixture } from './fixture-copy.ts';

const made: string[] = [];

/** A content folder inside a git repository whose history holds the fixture's registry. */
function committedFixture(): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-git-'));
  const dir = path.join(repo, 'content');
  const copy = mutatedFixture(() => {});
  fs.cpSync(copy, dir, { recursive: true });
  made.push(repo, copy);
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'published');
  return dir;
}

const problemsOf = (dir: string) => inspectCorpus(dir).problems.map(formatProblem);
const RETIRED =
  / {2}2030\/retired-note:\n {4}clauses: \[para_1\]\n {4}withdrawn: .*\n {4}replacedBy: 2030\/partial-note\n/;

describe('the registry is append-only', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('fails when an entry the git history had is deleted, naming it and the way back', () => {
    const dir = committedFixture();
    edit(dir, 'registry.yaml', (t) => t.replace(RETIRED, ''));
    const msgs = problemsOf(dir);
    expect(msgs).toEqual([
      expect.stringMatching(
        /content\/registry\.yaml — documents\."2030\/retired-note": the entry "2030\/retired-note" was published \(in git commit [0-9a-f]{7,}\) but is gone from the registry, which is append-only: put it back, and mark a document that is gone `movedTo` or `withdrawn`.*FORUM_REGISTRY_ALLOW_LOSS=1/,
      ),
    ]);
  });

  it('fails when a clause id the git history had is deleted from its entry', () => {
    const dir = committedFixture();
    edit(dir, 'registry.yaml', (t) => t.replace('clauses: [para_1, para_2]', 'clauses: [para_1]'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /documents\."2030": clause para_2 of "2030" was published \(in git commit \w+\) but is gone from the registry, which is append-only: put it back/,
      ),
    ]);
  });

  it('fails when the registry file is deleted or emptied, listing every published entry', () => {
    for (const change of [
      (d: string) => fs.rmSync(path.join(d, 'registry.yaml')),
      (d: string) => fs.writeFileSync(path.join(d, 'registry.yaml'), ''),
    ]) {
      const dir = committedFixture();
      change(dir);
      const msgs = problemsOf(dir).filter((m) => m.includes('is gone from the registry'));
      expect(msgs.map((m) => /the entry "([^"]+)"/.exec(m)?.[1])).toEqual([
        '2030',
        '2030/amended-convention',
        '2030/draft-statement',
        '2030/model-convention',
        '2030/old-convention',
        '2030/partial-note',
        '2030/retired-note',
      ]);
    }
  });

  it('counts a clause recorded as withdrawn as kept', () => {
    const dir = committedFixture();
    // para_4 stays accounted for under clausesWithdrawn.
    edit(dir, 'registry.yaml', (t) =>
      t.replace('clauses: [para_4, para_1, para_2, para_3]', 'clauses: [para_1, para_2, para_3]'),
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('fails when an entry the previous build published is gone, even outside git', () => {
    const dir = mutatedFixture(() => {});
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-out-'));
    fs.writeFileSync(
      path.join(out, PUBLISHED_REGISTRY),
      JSON.stringify({ documents: { '2030/earlier-note': { clauses: ['para_1', 'para_2'] } } }),
    );
    const problems: Problem[] = [];
    checkAppendOnly(dir, readRegistry(dir, problems), problems, out);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /registry\.yaml — documents\."2030\/earlier-note": the entry "2030\/earlier-note" was published \(in .*registry\.json \(the previous build\)\) but is gone from the registry/,
      ),
    ]);
  });

  /** The append-only check as the build runs it, with FORUM_REGISTRY_ALLOW_LOSS on or off (src/config.ts reads it). */
  const appendOnly = (dir: string, allowLoss: boolean, log: (line: string) => void = console.log) => {
    const problems: Problem[] = [];
    checkAppendOnly(dir, readRegistry(dir, problems), problems, undefined, log, allowLoss);
    return problems.map(formatProblem);
  };

  it('accepts the loss when FORUM_REGISTRY_ALLOW_LOSS is set, and says so in the output', () => {
    const dir = committedFixture();
    edit(dir, 'registry.yaml', (t) => t.replace(RETIRED, ''));
    const printed: string[] = [];
    expect(appendOnly(dir, true, (line) => printed.push(line))).toEqual([]);
    expect(printed.join('\n')).toMatch(
      /FORUM_REGISTRY_ALLOW_LOSS is set: these published registry entries are dropped on purpose/,
    );
    expect(printed.join('\n')).toMatch(/the entry "2030\/retired-note" \(published in git commit/);
  });

  it('is off unless FORUM_REGISTRY_ALLOW_LOSS is set', () => {
    const dir = committedFixture();
    edit(dir, 'registry.yaml', (t) => t.replace(RETIRED, ''));
    const printed: string[] = [];
    expect(appendOnly(dir, false, (line) => printed.push(line))).toEqual([
      expect.stringMatching(/the entry "2030\/retired-note" was published .* is gone from the registry/),
    ]);
    expect(printed).toEqual([]);
    // The build's own setting: off here, since the tests run without the variable.
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/the entry "2030\/retired-note" was published .* is gone from the registry/),
    ]);
  });

  it('reports a registry that cannot be read once, not as every entry lost', () => {
    const dir = committedFixture();
    edit(dir, 'registry.yaml', (t) => t.replace('documents:', 'documents: ['));
    const msgs = problemsOf(dir);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/registry\.yaml:\d+: invalid YAML/);
  });
});
