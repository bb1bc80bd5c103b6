/**
 * One language's search index, in a process of its own (see buildSearchIndex in
 * search-index.ts, and index-page.ts). From the built site it takes each of the language's text pages'
 * indexed section, writes the page Pagefind reads (with filters, metadata and folding)
 * and the language's vocabulary (`words/<lang>.json`, src/search/vocabulary.ts), then
 * indexes them. Prints the number of pages indexed; any error ends the process with a
 * message. Usage: index-language.ts '<LaneArgs as JSON>'
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { vocabulary } from '../search/vocabulary.ts';
import { indexedSection, scratchPage } from './index-page.ts';
import type { IndexedPage, LaneArgs } from './search-index.ts';

const { site, lang, pagesFile, scratch, outputPath } = JSON.parse(process.argv[2] ?? '{}') as LaneArgs;
const pages = (JSON.parse(fs.readFileSync(pagesFile, 'utf8')) as IndexedPage[]).filter((p) => p.lang === lang);
const texts: { text: string; id: string }[] = [];
const missing: string[] = [];
for (const p of pages) {
  const built = path.join(site, p.url, 'index.html');
  const section = fs.existsSync(built) ? indexedSection(fs.readFileSync(built, 'utf8')) : undefined;
  if (!section) {
    missing.push(
      `${p.url}: ${section === undefined ? 'a text page, but no such page was built' : 'a text page, but the built page has no data-pagefind-body section'}`,
    );
    continue;
  }
  const page = scratchPage(section, lang, p.info);
  texts.push({ text: page.text, id: p.info.filters['text'] ?? '' });
  const file = path.join(scratch, p.url, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, page.html);
}
if (missing.length) {
  console.error(`The search index does not match the built pages:\n  ${missing.slice(0, 10).join('\n  ')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: scratch, glob: `${lang}/**/*.html` });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
// After Pagefind's files: the words the search page checks a query against (served as /pagefind/words/<lang>.json).
fs.mkdirSync(path.join(outputPath, 'words'), { recursive: true });
fs.writeFileSync(path.join(outputPath, 'words', `${lang}.json`), JSON.stringify(vocabulary(texts, lang)));
console.log(JSON.stringify({ pages: added.page_count }));
