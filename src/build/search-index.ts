/**
 * The Pagefind index, through Pagefind's Node API: one index per language (from
 * <html lang>), clause-level sub-results (elements with an id and
 * data-pagefind-title), filters and metadata from the corpus.
 *
 * The index is made from the built pages themselves: once Astro has written them,
 * each text page's `<section … data-pagefind-body>` is taken as it is, so what
 * search finds and what the page shows cannot drift apart. Each language is then
 * indexed by a process of its own (index-language.ts), two at a time; what one page
 * gives the index is in index-page.ts.
 *
 * Filters and metadata (src/search/index-meta.ts) go to the index only, not to
 * the pages readers download. Arabic text is folded word for word (article,
 * diacritics, ة/ه, ى/ي, digits; src/search/fold-arabic.ts) and its clauses'
 * original text kept as metadata, so excerpts show the original spelling.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getLanguage, LANG_CODES, type LangCode } from '../i18n/languages.ts';
import type { IndexMeta } from '../search/index-meta.ts';

/** A page to index: its URL and language, and what the index records about it besides its text. */
export interface IndexedPage {
  url: string;
  lang: LangCode;
  info: IndexMeta;
}

/** How long a language takes to index, relative to English (`search.indexCost` in the language table). */
const indexCost = (lang: LangCode) => getLanguage(lang).search?.indexCost ?? 1;

/** Runs index-language.ts for one language; resolves with the pages it indexed. */
function indexLanguage(args: LaneArgs): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(new URL('./index-language.ts', import.meta.url)), JSON.stringify(args)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    // 'close', not 'exit': only then has all of the child's output arrived.
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(err.trim() || `exit code ${code}`);
        resolve((JSON.parse(out.trim().split('\n').at(-1) ?? '') as { pages: number }).pages);
      } catch (e) {
        reject(new Error(`indexing ${args.lang} failed: ${(e as Error).message}`));
      }
    });
  });
}

/** What one language's indexing process is given (index-language.ts). */
export interface LaneArgs {
  /** The built site. */
  site: string;
  lang: LangCode;
  /** JSON file of the IndexedPage list (all languages). */
  pagesFile: string;
  /** Where the pages Pagefind reads are written (`<scratch>/<lang>/…`). */
  scratch: string;
  /** This language's Pagefind files, and `words/<lang>.json`. */
  outputPath: string;
}

/**
 * Indexes the built text pages of `site` into `outputPath`. Pagefind keeps a
 * separate index per language anyway (own files, own hash in pagefind-entry.json),
 * but one Pagefind process indexing all six holds all six in memory (2.4 GB at
 * 6,000 pages) and uses one core. So each language is handled by a process of its
 * own, `lanes` at a time (one per core, at most two by default): it takes its pages'
 * indexed sections from the built pages, writes them as small pages Pagefind reads
 * (addDirectory measured 2.5× faster than sending each through addHTMLFile) with the
 * language's vocabulary, and indexes them. Their folders are then merged and the
 * entry file joined. The result is the same files, byte for byte, as one process
 * indexing every language (tests/unit/search-index-build.test.ts).
 */
export async function buildSearchIndex(
  site: string,
  pages: IndexedPage[],
  outputPath: string,
  lanes = Math.min(2, os.availableParallelism()),
): Promise<{ pages: number; languages: Record<string, number> }> {
  const languages: Partial<Record<LangCode, number>> = {};
  for (const p of pages) languages[p.lang] = (languages[p.lang] ?? 0) + 1;
  const langs = LANG_CODES.filter((l) => languages[l]).sort();
  const scratch = `${outputPath}.src`;
  try {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    const pagesFile = path.join(scratch, 'pages.json');
    fs.writeFileSync(pagesFile, JSON.stringify(pages));
    // The costly languages (Chinese, then Arabic, whose pages also carry their original clause
    // texts) are also those whose Pagefind process holds the most memory (1.1 and 0.8 GB at
    // 6,000 pages): together they were the build's peak (2.1 GB). So the costliest starts at once
    // in the first lane, and the next costly one in the other lane after one cheaper language,
    // when the first is well under way, so that the lanes still end together. Peak memory at
    // 6,000 pages: 1.6 GB (docs/performance.md).
    const byCost = [...langs].sort((a, b) => indexCost(b) - indexCost(a));
    const first = byCost.filter((l, i) => i === 0 && indexCost(l) > 1);
    const queue = byCost.filter((l) => !first.includes(l) && indexCost(l) <= 1);
    const costly = byCost.filter((l) => !first.includes(l) && indexCost(l) > 1);
    queue.splice(first[0] && lanes > 1 ? 1 : 0, 0, ...costly);
    const lane = async (pinned: LangCode[]) => {
      for (let lang = pinned.shift() ?? queue.shift(); lang; lang = pinned.shift() ?? queue.shift()) {
        const indexed = await indexLanguage({
          site,
          lang,
          pagesFile,
          scratch,
          outputPath: `${outputPath}.${lang}`,
        }).catch((e: unknown) => {
          queue.length = 0; // no new language starts once one has failed
          throw e;
        });
        if (indexed !== languages[lang])
          throw new Error(`Pagefind indexed ${indexed} ${lang} pages of ${languages[lang]}`);
      }
    };
    // Settled, not all: on a failure the other lane's process must end before its folder is removed.
    const lanesDone = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => lane(i === 0 ? first : [])));
    const failed = lanesDone.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    // Merge: language files have their own names; files all languages share (the
    // runtime, the WebAssembly for a script) must be identical.
    fs.mkdirSync(outputPath, { recursive: true });
    let entry: { languages: Record<string, unknown> } | null = null;
    for (const lang of langs) {
      const from = `${outputPath}.${lang}`;
      const own = JSON.parse(fs.readFileSync(path.join(from, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>;
      };
      if (entry) Object.assign(entry.languages, own.languages);
      else entry = own;
      fs.rmSync(path.join(from, 'pagefind-entry.json'));
      for (const f of fs.readdirSync(from, { recursive: true }).map(String)) {
        const src = path.join(from, f);
        const dest = path.join(outputPath, f);
        if (fs.statSync(src).isDirectory()) fs.mkdirSync(dest, { recursive: true });
        else if (!fs.existsSync(dest)) fs.renameSync(src, dest);
        else if (!fs.readFileSync(dest).equals(fs.readFileSync(src)))
          throw new Error(`Pagefind wrote two different ${f} for two languages`);
      }
      fs.rmSync(from, { recursive: true, force: true });
    }
    fs.writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    // The site has its own search UI: Pagefind's prebuilt UI bundles would only be dead weight.
    for (const f of fs.readdirSync(outputPath))
      if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(outputPath, f));
  } finally {
    for (const lang of langs) fs.rmSync(`${outputPath}.${lang}`, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { pages: pages.length, languages };
}

// An element carrying data-pagefind-body: what Pagefind would index in a page.
const INDEXABLE = /<[a-z][^>]*\sdata-pagefind-body[\s=>/]/i;

/**
 * No built page may carry indexable text without being indexed (a fallback page marked by
 * mistake would otherwise be missing from search without anyone noticing). Every indexed
 * page was found with its section by the indexing processes themselves.
 */
export function checkUnindexedPages(siteDir: string, pages: Pick<IndexedPage, 'url'>[]): void {
  const wrong: string[] = [];
  const urls = new Set(pages.map((p) => p.url));
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (
        e.name === 'index.html' &&
        !urls.has(`/${path.relative(siteDir, dir).split(path.sep).join('/')}/`) &&
        INDEXABLE.test(fs.readFileSync(full, 'utf8'))
      ) {
        wrong.push(
          `${full}: carries indexable text (data-pagefind-body) but is not a text page, so it was not indexed`,
        );
      }
    }
  };
  walk(siteDir);
  if (wrong.length)
    throw new Error(`The search index does not match the built pages:\n  ${wrong.slice(0, 10).join('\n  ')}`);
}
