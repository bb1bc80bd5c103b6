import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CompareClause } from './diff-clauses.ts';

/**
 * The clauses of a rendered text as plain data for `diffClauses`: each element the clause-id
 * plugin marked (`class="clause"` with an `id`) in reading order, with its label
 * (`data-pagefind-title`, in the text's language) and its own words.
 *
 * ```html
 * <h2 id="art_1" class="clause" data-pagefind-title="Article 1"><a href="#art_1">Article 1</a></h2>
 * <p>This Convention applies to fixtures.</p>
 * ```
 * gives `{ eId: 'art_1', label: 'Article 1', text: 'This Convention applies to fixtures.' }`.
 *
 * Words belong to the clause opened last before them, as an unnumbered paragraph belongs to the
 * clause before it; a clause's self-link (its number) and citation markers (`<sup class="cite">`)
 * are not part of its words.
 */
export function clausesFromHtml(html: string): CompareClause[] {
  const out: (CompareClause & { parts: string[] })[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      out.at(-1)?.parts.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (isCite(node)) return;
      const id = node.properties['id'];
      if (typeof id === 'string' && classes(node).includes('clause')) {
        out.push({ eId: id, label: String(node.properties['dataPagefindTitle'] ?? id), text: '', parts: [] });
      }
      // The clause's own number, linking to itself: shown as the label, not compared as words.
      if (node.tagName === 'a' && out.length && node.properties['href'] === `#${out.at(-1)!.eId}`) return;
      // Block boundaries separate words ("…fixtures.</p><p>Each…").
      if (BLOCKS.has(node.tagName)) out.at(-1)?.parts.push(' ');
    }
    for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html, { fragment: true }));
  // Collapse the markup's line breaks and indentation only: no-break and narrow no-break spaces
  // (before a French colon, inside a number) are part of the text, and \s would flatten them.
  return out.map(({ parts, ...c }) => ({
    ...c,
    text: parts
      .join('')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim(),
  }));
}

const BLOCKS = new Set([
  'p',
  'li',
  'ol',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
]);

const classes = (el: Element): string[] => {
  const c = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};
const isCite = (el: Element) => el.tagName === 'sup' && classes(el).includes('cite');
