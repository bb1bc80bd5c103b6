import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE = path.resolve('tests/fixtures/site');

/** A writable copy of the fixture corpus, changed by `mutate`; returns its folder. */
export function mutatedFixture(mutate: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-bad-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  return dir;
}

export function edit(dir: string, rel: string, change: (text: string) => string): void {
  const file = path.join(dir, rel);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}
