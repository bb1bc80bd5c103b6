/**
 * The page work of one index lane (index-language.ts), in a process of its own: from the built site,
 * each of the language's text pages' indexed section becomes the page Pagefind reads (with
 * filters, metadata and folding, index-page.ts), and the language's words are counted
 * (src/search/vocabulary.ts). In a process so that its memory is gone before Pagefind's processes
 * (the build's largest) run: a worker thread's memory stayed with the lane (measured: 120-190 MB
 * per lane at the build's peak, against ≈60 MB now). Writes `{ words, missing }` to stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vocabulary } from '../search/vocabulary.ts';
import { indexedSection, scratchPage } from './index-page.ts';
import type { IndexedPage, LaneArgs } from './search-index.ts';

const { site, lang, pagesFile, scratch } = JSON.parse(process.argv[2] ?? '{}') as LaneArgs;
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
// The words the search page checks a query against (served as /pagefind/words/<lang>.json).
process.stdout.write(JSON.stringify({ words: missing.length ? '' : JSON.stringify(vocabulary(texts, lang)), missing }));
