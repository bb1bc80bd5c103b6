import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** mammoth's note markup: `<sup><a href="#footnote-2">[1]</a></sup>` and `<li id="footnote-2">…<a href="#footnote-ref-2">↑</a></li>`. */
const NOTE = /^#?((?:foot|end)note)-(\d+)$/;

const isElement = (n: unknown): n is Element => (n as Element)?.type === 'element';

/** The note a `<sup>` refers to, and the number mammoth shows for it. */
function noteRef(sup: Element): { id: string; label: string } | null {
  const a = sup.children.find(isElement);
  const href = a?.tagName === 'a' ? String(a.properties.href ?? '') : '';
  const m = NOTE.exec(href);
  const text = a?.children.map((c) => ('value' in c ? c.value : '')).join('') ?? '';
  return m ? { id: `${m[1]}-${m[2]}`, label: text.replace(/[[\]]/g, '') || (m[2] ?? '') } : null;
}

/** Body HTML from mammoth → mdast, with Word's footnotes and endnotes as GFM footnotes. */
export function htmlToMdast(html: string): Root {
  const hast = fromHtml(html, { fragment: true }) as HastRoot;
  const labels = new Map<string, string>();
  const notes: { id: string; item: Element }[] = [];
  hast.children = hast.children.filter((node) => {
    const items = isElement(node) && node.tagName === 'ol' ? node.children.filter(isElement) : [];
    const isNotes = items.length > 0 && items.every((li) => NOTE.test(String(li.properties.id ?? '')));
    if (isNotes) for (const li of items) notes.push({ id: String(li.properties.id), item: li });
    return !isNotes;
  });
  const mdast = toMdast(hast, {
    handlers: {
      sup(state, node) {
        const ref = noteRef(node);
        if (!ref) return state.all(node);
        labels.set(ref.id, ref.label);
        return { type: 'footnoteReference', identifier: ref.label, label: ref.label };
      },
    },
  }) as Root;
  dropEmptyHeaderRows(mdast);
  for (const { id, item } of notes) {
    // The back-link (↑) to the reference is the reader's renderer's job.
    const dropBackLinks = (el: Element) => {
      el.children = el.children.filter(
        (c) => !(isElement(c) && c.tagName === 'a' && /^#?(foot|end)note-ref-/.test(String(c.properties.href ?? ''))),
      );
      for (const c of el.children) if (isElement(c)) dropBackLinks(c);
    };
    dropBackLinks(item);
    const label = labels.get(id) ?? id.replace(/\D/g, '');
    const body = toMdast({ type: 'root', children: item.children }) as Root;
    const def: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: label,
      label,
      children: body.children as FootnoteDefinition['children'],
    };
    mdast.children.push(def);
  }
  return mdast;
}

/** A Markdown text → mdast. Raw HTML is kept as text (the texts take no HTML; MDX would read it as JSX). */
export function markdownToMdast(text: string): Root {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const toText = (node: { type: string; children?: unknown[]; value?: string }) => {
    if (node.type === 'html') node.type = 'text';
    for (const c of (node.children ?? []) as (typeof node)[]) toText(c);
  };
  toText(tree as never);
  // A block of raw HTML becomes a paragraph of text.
  tree.children = tree.children.map((c) =>
    (c.type as string) === 'text' ? ({ type: 'paragraph', children: [c] } as unknown as RootContent) : c,
  );
  return tree;
}

/**
 * A plain text → mdast: paragraphs are separated by blank lines; a file without blank lines
 * has one paragraph per line (how texts are often saved from a word processor).
 */
export function plainTextToMdast(text: string): Root {
  const normal = text.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n+/) : normal.split('\n');
  return {
    type: 'root',
    children: blocks
      .map((b) => b.trim())
      .filter(Boolean)
      .map((b) => ({ type: 'paragraph', children: [{ type: 'text', value: b.replace(/\s*\n\s*/g, ' ') }] })),
  };
}

/** Word tables have no header row of their own; mammoth's first row becomes the table's header, not an empty one. */
function dropEmptyHeaderRows(tree: Root): void {
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'table') {
      const rows = node.children as { children: { children: unknown[] }[] }[];
      if (rows.length > 1 && rows[0]?.children.every((cell) => cell.children.length === 0)) rows.shift();
    }
    for (const c of (node.children ?? []) as (typeof node)[]) visit(c);
  };
  visit(tree);
}
