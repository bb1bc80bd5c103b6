/**
 * What one built text page gives the search index (index-language.ts runs this for
 * each page of its language): the page's own indexed section, taken from the built
 * HTML as it is, folded for a language that needs it, with the filters and metadata
 * Pagefind records (src/search/index-meta.ts) in elements only the index sees.
 * Kept apart from search-index.ts so that each indexing process loads only this.
 */
import { decodeHTML } from 'entities';
import { type HTMLElement, type Node as HTMLNode, parse } from 'node-html-parser';
import { getLanguage, type LangCode } from '../i18n/languages.ts';
import { FOLDINGS } from '../search/folding.ts';
import type { IndexMeta } from '../search/index-meta.ts';

/** The folding a language's text gets before indexing, if any (`search.fold` in the language table). */
const foldingOf = (lang: LangCode) => {
  const name = getLanguage(lang).search?.fold;
  return name ? FOLDINGS[name].text : undefined;
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Empty elements that carry a page's filters and metadata for Pagefind. */
export function metaHtml({ filters, meta }: IndexMeta): string {
  return `<div hidden>${Object.entries(filters)
    .map(([k, v]) => `<span data-pagefind-filter="${esc(k)}:${esc(v)}"></span>`)
    .join('')}${Object.entries(meta)
    .map(([k, v]) => `<span data-pagefind-meta="${esc(k)}:${esc(v)}"></span>`)
    .join('')}</div>`;
}

/** Folds the text (never the markup) of an HTML fragment. */
const foldText = (fragment: string, fold: (text: string) => string): string =>
  fragment.replace(/>([^<]+)</g, (_, text: string) => `>${fold(text)}<`);

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

// Any tag or comment; attribute values are read whole, so a `>` or `</section>` inside one ends nothing.
const TAG = /<(?:!--[\s\S]*?-->|(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>)/g;
const INDEXED_START = /<section\b(?:[^>"']|"[^"]*"|'[^']*')*?\sdata-pagefind-body(?:[\s=>/])/i;

/**
 * The element of a built page that search indexes: its `<section … data-pagefind-body>`,
 * with everything inside it (a text's footnotes are a section inside it). Null when the
 * page has none.
 */
export function indexedSection(html: string): string | null {
  const start = INDEXED_START.exec(html)?.index;
  if (start === undefined) return null;
  TAG.lastIndex = start;
  let depth = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[2]?.toLowerCase() !== 'section') continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, TAG.lastIndex);
  }
  return null; // never closed: not a page Astro wrote
}

/**
 * The page Pagefind reads for one built text page: its indexed section (folded, for a
 * language that is), then the filters and metadata; and the section's text, for the
 * language's vocabulary (src/search/vocabulary.ts).
 */
export function scratchPage(section: string, lang: LangCode, info: IndexMeta): { html: string; text: string } {
  const fold = foldingOf(lang);
  const meta = { filters: info.filters, meta: { ...info.meta } };
  if (fold) {
    meta.meta['clauses'] = JSON.stringify(clauseTexts(section));
    section = foldText(section, fold);
  }
  return {
    html: `<!doctype html><html lang="${lang}"><head><title></title></head><body>${section}${metaHtml(meta)}</body></html>`,
    // Markup dropped, character references decoded. (Not a DOM parse: that cost 2 s at 6,000 pages.)
    text: decodeHTML(section.replace(/<[^>]*>/g, '')),
  };
}
