/**
 * One language's search index, in a process of its own (see buildSearchIndex in
 * search-index.ts). A process of its own (lane-pages.ts) writes the pages Pagefind reads from the built
 * site and counts the language's words (`words/<lang>.json`); then Pagefind indexes them. Prints the number of pages indexed; any error ends the process with a
 * message. Usage: index-language.ts '<LaneArgs as JSON>'
 */

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { LaneArgs } from './search-index.ts';

const args = JSON.parse(process.argv[2] ?? '{}') as LaneArgs;
const { lang, outputPath } = args;
// Pagefind's own process starts while another prepares the pages (lane-pages.ts).
const indexing = pagefind.createIndex({});
const { words, missing } = await new Promise<{ words: string; missing: string[] }>((resolve, reject) => {
  const child = spawn(process.execPath, [new URL('./lane-pages.ts', import.meta.url).pathname, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  // 'close', not 'exit': only then has all of its output arrived.
  child.on('close', (code) => {
    if (code === 0) resolve(JSON.parse(out));
    else reject(new Error(`preparing the ${lang} pages stopped (code ${code})`));
  });
});
if (missing.length) {
  console.error(`The search index does not match the built pages:\n  ${missing.slice(0, 10).join('\n  ')}`);
  process.exit(1);
}

const { index, errors } = await indexing;
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: args.scratch, glob: `${lang}/**/*.html` });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
// After Pagefind's files (its output folder is written whole).
fs.mkdirSync(path.join(outputPath, 'words'), { recursive: true });
fs.writeFileSync(path.join(outputPath, 'words', `${lang}.json`), words);
console.log(JSON.stringify({ pages: added.page_count }));
