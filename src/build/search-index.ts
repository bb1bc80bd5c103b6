/**
 * The Pagefind index, through Pagefind's Node API: one index per language (from
 * <html lang>), clause-level sub-results (elements with an id and
 * data-pagefind-title), filters and metadata from the corpus.
 *
 * What a page's search index holds is exactly its text section, which the
 * corpus pass has already rendered. So the index is built from that HTML while
 * Astro renders the pages (Pagefind is a separate process: on two cores the two
 * run side by side), and once the pages exist, `verifyIndexedPages` checks that
 * every indexed section appears byte for byte in its built page.
 *
 * Filters and metadata (src/search/index-meta.ts) go to the index only, not to
 * the pages readers download. Arabic text is folded word for word (article,
 * diacritics, ة/ه, ى/ي, digits; src/search/fold-arabic.ts) and its clauses'
 * original text kept as metadata, so excerpts show the original spelling.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { parse, type Node as HTMLNode, type HTMLElement } from 'node-html-parser';
import type { Corpus, CorpusVersion } from '../corpus/model.ts';
import { allRecords } from '../corpus/read.ts';
import { getLanguage, type LangCode } from '../i18n/languages.ts';
import { foldArabicText } from '../search/fold-arabic.ts';
import { indexMetaFor, type IndexMeta } from '../search/index-meta.ts';
import { vocabulary } from '../search/vocabulary.ts';
import { recordUrl } from '../utils/urls.ts';

/** Languages whose text is folded before indexing. */
const FOLDED: Partial<Record<string, (text: string) => string>> = { ar: foldArabicText };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The text section exactly as the pages render it (src/components/RecordText.astro). */
export function textSection(version: CorpusVersion, labelledBy: string): string {
  const { dir } = getLanguage(version.lang);
  return `<section class="text" lang="${version.lang}" dir="${dir}" aria-labelledby="${labelledBy}" data-pagefind-body>${version.html}</section>`;
}

/** Empty elements that carry a page's filters and metadata for Pagefind. */
function metaHtml({ filters, meta }: IndexMeta): string {
  return `<div hidden>${Object.entries(filters).map(([k, v]) => `<span data-pagefind-filter="${esc(k)}:${esc(v)}"></span>`).join('')}${Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${esc(k)}:${esc(v)}"></span>`).join('')}</div>`;
}

/** Folds the text (never the markup) of an HTML fragment. */
const foldText = (fragment: string, fold: (text: string) => string): string => fragment.replace(/>([^<]+)</g, (_, text: string) => `>${fold(text)}<`);

/** Text of an element without the clauses nested in it (each has its own excerpt). */
function ownText(node: HTMLNode): string {
  if (node.nodeType === 3) return node.text;
  const el = node as HTMLElement;
  if (el.getAttribute?.('data-pagefind-title') !== undefined && el.getAttribute?.('id')) return '';
  return node.childNodes.map(ownText).join('');
}

/**
 * Each clause's text exactly as the page shows it, links to other documents
 * included (the corpus's plain clause text leaves their generated titles out).
 */
export function clauseTexts(section: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of parse(section).querySelectorAll('[id][data-pagefind-title]')) {
    out[el.getAttribute('id')!] = el.childNodes.map(ownText).join('').replace(/\s+/g, ' ').trim();
  }
  return out;
}

/** A page to index: its URL, text section and what the index records about it. */
export interface IndexedPage { url: string; section: string; lang: LangCode; info: IndexMeta }

/** Every real language version of every record, as the pages will show it. */
export function indexedPages(corpus: Corpus): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const rec of allRecords(corpus)) {
    for (const version of rec.versions.values()) {
      pages.push({
        url: recordUrl(version.lang, rec.key),
        section: textSection(version, rec.type === 'document' ? 'text-heading' : 'record-heading'),
        lang: version.lang,
        info: indexMetaFor(rec, version.lang)!,
      });
    }
  }
  return pages;
}

/**
 * Writes the pages to index as minimal HTML files in a scratch folder, which
 * Pagefind then reads itself (addDirectory measured 2.5× faster than sending
 * each page through addHTMLFile). After this, the texts can be let go.
 */
/** What indexing needs: the scratch folder and how many pages each language has there. */
export interface IndexInput { scratch: string; pages: number; languages: Record<string, number> }

export function writeIndexPages(pages: IndexedPage[], outputPath: string): IndexInput {
  const scratch = `${outputPath}.src`;
  fs.rmSync(scratch, { recursive: true, force: true });
  const languages: Record<string, number> = {};
  const texts: Record<string, { text: string; id: string }[]> = {};
  for (const p of pages) {
    const fold = FOLDED[p.lang];
    const info = { filters: p.info.filters, meta: { ...p.info.meta } };
    let section = p.section;
    if (fold) {
      info.meta['clauses'] = JSON.stringify(clauseTexts(section));
      section = foldText(section, fold);
    }
    // The section's text for its vocabulary: markup dropped, character references decoded. (Not a
    // DOM parse: the section is HTML the corpus pass rendered, and parsing it cost 2 s at 6,000 pages.)
    (texts[p.lang] ??= []).push({ text: decodeHTML(section.replace(/<[^>]*>/g, '')), id: info.filters['text']! });
    const file = path.join(scratch, p.url, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<!doctype html><html lang="${p.lang}"><head><title></title></head><body>${section}${metaHtml(info)}</body></html>`);
    languages[p.lang] = (languages[p.lang] ?? 0) + 1;
  }
  // Each language's words, which the search page checks a query against (src/search/vocabulary.ts).
  // Written into the index folder (served as /pagefind/words/<lang>.json); Pagefind's own files merge in beside them.
  const words = path.join(outputPath, 'words');
  fs.mkdirSync(words, { recursive: true });
  for (const [lang, list] of Object.entries(texts)) fs.writeFileSync(path.join(words, `${lang}.json`), JSON.stringify(vocabulary(list, lang)));
  return { scratch, pages: pages.length, languages };
}

/** How long a language takes to index, relative to English (measured at 6,000 pages). */
const COST: Partial<Record<string, number>> = { zh: 2.5, ar: 2.2 };

/** Runs index-language.ts for one language; resolves with the pages it indexed. */
function indexLanguage(scratch: string, lang: string, outputPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./index-language.ts', import.meta.url)), scratch, lang, outputPath], { stdio: ['ignore', 'pipe', 'pipe'] });
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
        reject(new Error(`indexing ${lang} failed: ${(e as Error).message}`));
      }
    });
  });
}

/**
 * Indexes the scratch folder written by writeIndexPages into `outputPath`.
 * Pagefind keeps a separate index per language anyway (own files, own hash in
 * pagefind-entry.json), but one Pagefind process indexing all six holds all six
 * in memory (2.4 GB at 6,000 pages) and uses one core. So each language is
 * indexed by a process of its own, `lanes` at a time (one per core, at most two
 * by default); their folders are then merged and the entry file joined. The
 * result is the same files, byte for byte (tests/unit/search-index-build.test.ts).
 */
export async function buildSearchIndex({ scratch, pages, languages }: IndexInput, outputPath: string, lanes = Math.min(2, os.availableParallelism())): Promise<{ pages: number; languages: Record<string, number> }> {
  const langs = Object.keys(languages).sort();
  try {
    // Longest first (Chinese, then Arabic, whose pages also carry their original clause
    // texts), so that no long language starts last while the other lane sits idle.
    const queue = [...langs].sort((a, b) => (COST[b] ?? 1) - (COST[a] ?? 1));
    const lane = async () => {
      for (let lang = queue.shift(); lang; lang = queue.shift()) {
        const indexed = await indexLanguage(scratch, lang, `${outputPath}.${lang}`).catch((e) => {
          queue.length = 0; // no new language starts once one has failed
          throw e;
        });
        if (indexed !== languages[lang]) throw new Error(`Pagefind indexed ${indexed} ${lang} pages of ${languages[lang]}`);
      }
    };
    // Settled, not all: on a failure the other lane's process must end before its folder is removed.
    const lanesDone = await Promise.allSettled(Array.from({ length: lanes }, lane));
    const failed = lanesDone.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    // Merge: language files have their own names; files all languages share (the
    // runtime, the WebAssembly for a script) must be identical.
    fs.mkdirSync(outputPath, { recursive: true });
    let entry: { languages: Record<string, unknown> } | null = null;
    for (const lang of langs) {
      const from = `${outputPath}.${lang}`;
      const own = JSON.parse(fs.readFileSync(path.join(from, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      if (entry) Object.assign(entry.languages, own.languages);
      else entry = own;
      fs.rmSync(path.join(from, 'pagefind-entry.json'));
      for (const f of fs.readdirSync(from, { recursive: true }).map(String)) {
        const src = path.join(from, f);
        const dest = path.join(outputPath, f);
        if (fs.statSync(src).isDirectory()) fs.mkdirSync(dest, { recursive: true });
        else if (!fs.existsSync(dest)) fs.renameSync(src, dest);
        else if (!fs.readFileSync(dest).equals(fs.readFileSync(src))) throw new Error(`Pagefind wrote two different ${f} for two languages`);
      }
      fs.rmSync(from, { recursive: true, force: true });
    }
    fs.writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    // The site has its own search UI: Pagefind's prebuilt UI bundles would only be dead weight.
    for (const f of fs.readdirSync(outputPath)) if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(outputPath, f));
  } finally {
    for (const lang of langs) fs.rmSync(`${outputPath}.${lang}`, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { pages, languages };
}

const sha = (s: string): string => createHash('sha1').update(s).digest('hex');

/** What verification needs of the indexed pages: URL, length and hash of each section (the texts themselves can be let go). */
export interface Fingerprint { url: string; length: number; hash: string }
export const fingerprints = (pages: Pick<IndexedPage, 'url' | 'section'>[]): Fingerprint[] => pages.map((p) => ({ url: p.url, length: p.section.length, hash: sha(p.section) }));

/**
 * The text section of a built page, as long as the indexed one. (Not up to the first
 * `</section>`: a text's footnotes are a section inside it.)
 */
function builtSection(html: string, length: number): string | null {
  const start = html.lastIndexOf('<section', html.indexOf('data-pagefind-body'));
  return start < 0 ? null : html.slice(start, start + length);
}

/** Every indexed section must appear, byte for byte, in its built page; no other page may carry indexable text. */
export function verifyIndexedPages(siteDir: string, prints: Fingerprint[]): void {
  const wrong: string[] = [];
  const urls = new Set(prints.map((p) => p.url));
  for (const p of prints) {
    const file = path.join(siteDir, p.url, 'index.html');
    const section = fs.existsSync(file) ? builtSection(fs.readFileSync(file, 'utf8'), p.length) : undefined;
    if (section === undefined) wrong.push(`${p.url}: indexed, but no such page was built`);
    else if (section === null || sha(section) !== p.hash) wrong.push(`${p.url}: the built page's text differs from what was indexed`);
  }
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html' && !urls.has(`/${path.relative(siteDir, dir).split(path.sep).join('/')}/`) && fs.readFileSync(full, 'utf8').includes('data-pagefind-body')) {
        wrong.push(`${full}: carries indexable text but was not indexed`);
      }
    }
  };
  walk(siteDir);
  if (wrong.length) throw new Error(`The search index does not match the built pages:\n  ${wrong.slice(0, 10).join('\n  ')}`);
}
