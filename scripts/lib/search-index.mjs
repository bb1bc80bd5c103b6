/**
 * Builds the Pagefind index of a built site through Pagefind's Node API: one
 * index per language (from <html lang>), clause-level sub-results (elements with
 * an id and data-pagefind-title), filters and metadata from the pages.
 *
 * Filters and metadata come from the corpus (src/search/index-meta.ts) and are
 * added to the page as the indexer sees it, not to the page readers download.
 *
 * Arabic pages are indexed with their text folded word for word (article,
 * diacritics, ة/ه, ى/ي, digits; src/search/fold-arabic.ts), and each page carries
 * its clauses' original text as metadata, so the search page shows excerpts in
 * the original spelling while matching folded queries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { foldArabicText } from '../../src/search/fold-arabic.ts';
import { indexMetaFor, recordOfUrl } from '../../src/search/index-meta.ts';
import { htmlFiles, urlPathOf } from './links.mjs';

/** Languages whose text is folded before indexing. */
const FOLDED = { ar: foldArabicText };

/** Text of a clause without the text of clauses nested inside it. */
function ownText(el) {
  return el.childNodes
    .map((n) => (n.nodeType === 3 ? n.text : n.classList?.contains('clause') ? '' : ownText(n)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Empty elements outside the indexed text that carry the page's filters and metadata. */
function metaHtml({ filters, meta }) {
  return `<div hidden>${Object.entries(filters).map(([k, v]) => `<span data-pagefind-filter="${esc(k)}:${esc(v)}"></span>`).join('')}${Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${esc(k)}:${esc(v)}"></span>`).join('')}</div>`;
}

function foldForIndex(html, fold) {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  const clauses = {};
  for (const el of body.querySelectorAll('[id][data-pagefind-title]')) clauses[el.getAttribute('id')] = ownText(el);
  const walk = (node) => {
    for (const n of node.childNodes) {
      if (n.nodeType === 3) n.rawText = fold(n.rawText);
      else walk(n);
    }
  };
  walk(body);
  const meta = parse('<span hidden data-pagefind-meta="clauses"></span>').firstChild;
  meta.textContent = JSON.stringify(clauses);
  root.querySelector('body')?.appendChild(meta);
  return root.toString();
}

/**
 * @param {string} siteDir the built site
 * @param {import('../../src/corpus/model.ts').Corpus} corpus the checked corpus it was built from
 * @returns {Promise<{ pages: number, languages: Record<string, number> }>}
 */
export async function buildSearchIndex(siteDir, corpus) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const languages = {};
  try {
    for (const file of htmlFiles(siteDir)) {
      let html = fs.readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
      const url = urlPathOf(siteDir, file);
      const found = recordOfUrl(corpus, url);
      const info = found && indexMetaFor(found.rec, found.lang);
      if (!info) throw new Error(`${url} has indexable text but is not a version of a known record`);
      html = html.replace('</body>', `${metaHtml(info)}</body>`);
      if (FOLDED[lang]) html = foldForIndex(html, FOLDED[lang]);
      const res = await index.addHTMLFile({ url, content: html });
      if (res.errors.length) throw new Error(`${path.relative(siteDir, file)}: ${res.errors.join('; ')}`);
      languages[lang] = (languages[lang] ?? 0) + 1;
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // The site has its own search UI: Pagefind's prebuilt UI bundles would only be dead weight.
    for (const f of fs.readdirSync(outputPath)) if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(f)) fs.rmSync(path.join(outputPath, f));
  } finally {
    await pagefind.close();
  }
  return { pages: Object.values(languages).reduce((a, b) => a + b, 0), languages };
}
