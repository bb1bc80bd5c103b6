import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { clauseLabel } from '../clauses/index.ts';
import { getLanguage, type LangCode } from '../i18n/languages.ts';
import { quoteTitle } from '../utils/quote.ts';
import { parseRefTarget } from '../utils/ref-target.ts';
import { recordUrl } from '../utils/urls.ts';
import { fileContext } from './file-context.ts';

type Jsx = Nodes & { name?: string; attributes?: { name?: string; value?: unknown }[]; children: Nodes[] };

const attr = (n: Jsx, name: string) => {
  const v = n.attributes?.find((a) => a.name === name)?.value;
  return typeof v === 'string' ? v : '';
};

/**
 * What the plugin needs to know about records, as two lookups (the corpus builds them:
 * src/corpus/record-lookup.ts). The plugin never reads the content folder itself, so it
 * renders the same wherever the records come from (one thread, several, a test).
 */
export interface RecordLookup {
  /** The title a reader of `lang` sees for record `key` (that language's version, else the original's); undefined for an unknown record. */
  title(key: string, lang: LangCode): string | undefined;
  /** The sources record `key` lists, in its order: `<Src>` is numbered by it. */
  sources(key: string): readonly { id: string }[];
}

export interface ResolveRefsOptions {
  /** Titles and sources of the records the texts refer to. */
  records: RecordLookup;
}

/**
 * Resolves the two components editors write in the texts, at build time, in the
 * language of the file:
 *
 * - `<Ref to="2023/data-security-consensus#para_2"/>` → `<a href="/fr/2023/data-security-consensus/#para_2">
 *   « titre », paragraphe 2</a>`: written once, it points at the same clause in every language.
 * - `<Src id="china-daily-2024"/>` → `<sup class="cite"><a href="#source-china-daily-2024">[2]</a></sup>`,
 *   numbered as the work lists its sources.
 *
 * Unknown targets were already reported by the corpus check (file, line, closest ids).
 */
export function remarkResolveRefs({ records }: ResolveRefsOptions) {
  return (tree: Root, file: VFile) => {
    const ctx = fileContext(file.path);
    if (!ctx) return;
    const sources = records.sources(ctx.key);
    // The title in the language's quotation marks; an unknown record (reported by the check) shows its key.
    const titleOf = (key: string, lang: LangCode) =>
      quoteTitle(records.title(key, lang) ?? key, getLanguage(lang).quotes);
    const walk = (node: Nodes) => {
      if (!('children' in node)) return;
      const kids = node.children as Nodes[];
      kids.forEach((k, i) => {
        const j = k as Jsx;
        if (
          (j.type === 'mdxJsxTextElement' || j.type === 'mdxJsxFlowElement') &&
          (j.name === 'Ref' || j.name === 'Src')
        ) {
          kids[i] = (j.name === 'Ref' ? refLink(j, ctx.lang, titleOf) : srcLink(j, sources)) as Nodes;
        } else walk(k);
      });
      sortCitationRuns(kids);
    };
    walk(tree);
  };
}

function refLink(j: Jsx, lang: LangCode, titleOf: (key: string, lang: LangCode) => string) {
  const { key, eId } = parseRefTarget(attr(j, 'to'));
  const language = getLanguage(lang);
  const title = titleOf(key, lang);
  const text = eId ? `${title}, ${clauseLabel(eId, language)}` : title;
  const children = j.children.length ? j.children : [{ type: 'text', value: text }];
  const link = {
    type: 'link',
    url: recordUrl(lang, key, eId),
    children,
    data: { hProperties: { className: ['xref'] } },
  };
  return j.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [link] } : link;
}

function srcLink(j: Jsx, sources: readonly { id: string }[]) {
  const id = attr(j, 'id');
  const n = sources.findIndex((s) => s.id === id) + 1;
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className: ['cite'] }, citeNumber: n },
    children: [{ type: 'link', url: `#source-${id}`, children: [{ type: 'text', value: `[${n}]` }] }],
  };
}

/** Markers written side by side ([2][1]) read in the order of the source list ([1][2]), like any footnote run. */
function sortCitationRuns(kids: Nodes[]) {
  const num = (k: Nodes | undefined) => (k?.data as { citeNumber?: number } | undefined)?.citeNumber;
  for (let i = 0; i < kids.length; i++) {
    let end = i;
    while (num(kids[end]) !== undefined) end++;
    if (end - i > 1) kids.splice(i, end - i, ...kids.slice(i, end).sort((a, b) => num(a)! - num(b)!));
    i = Math.max(i, end - 1);
  }
}
