import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The importer's fixtures: LibreOffice-made .docx files and a small content folder (README.md there). */
export const FIXTURES = path.resolve('tests/fixtures/import');

/** A temporary copy of the importer's small content folder. */
export function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-import-'));
  fs.cpSync(path.join(FIXTURES, 'content'), dir, { recursive: true });
  return dir;
}

/** Runs `npm run import` as the editor does (the script, in a child process), on content folder `dir`. */
export function runImport(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/import.mjs', ...args], {
    env: { ...process.env, FORUM_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
