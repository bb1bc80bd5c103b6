import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { BlockInput } from '../clauses/index.ts';

/**
 * Flattens an mdast tree into the block sequence the pure numbering module reads
 * (headings, paragraphs, list items in document order), keeping each block's node
 * so the remark adapter can decorate it. Shared by the build-time checker and the
 * remark plugin, so both see exactly the same clauses.
 */
export interface LocatedBlock {
  block: BlockInput;
  node: Heading | Paragraph | ListItem;
}

interface JsxAttr {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttr[];
  children?: unknown[];
}

/** `<Clause id="…"/>` written first in a block overrides its clause id. */
export function readOverride(node: { children?: unknown[] }): string | undefined {
  const first = node.children?.[0] as JsxNode | undefined;
  if (!first || (first.type !== 'mdxJsxTextElement' && first.type !== 'mdxJsxFlowElement') || first.name !== 'Clause')
    return undefined;
  const id = first.attributes?.find((a) => a.name === 'id')?.value;
  return typeof id === 'string' ? id : '';
}

/** Plain text of a block, without JSX elements such as <Src/> and <Clause/>. */
function text(node: Nodes): string {
  if ((node.type as string).startsWith('mdxJsx')) return '';
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return plainText(node);
}

function itemMarker(item: ListItem, source: string | undefined, list: List, index: number): string {
  const start = item.position?.start.offset;
  if (source !== undefined && start !== undefined) {
    const m = /^\s*(\d{1,9}[.)])/.exec(source.slice(start, start + 16));
    if (m?.[1]) return m[1];
  }
  // Without the source text (synthetic trees), fall back to the list's numbering.
  return `${(list.start ?? 1) + index}.`;
}

export function collectBlocks(tree: Root, source?: string): LocatedBlock[] {
  const out: LocatedBlock[] = [];
  const visitList = (list: List, depth: number) => {
    list.children.forEach((item, i) => {
      const firstPara = item.children.find((c): c is Paragraph => c.type === 'paragraph');
      const block: BlockInput = { type: 'item', depth, text: firstPara ? text(firstPara).trim() : '' };
      if (list.ordered) block.marker = itemMarker(item, source, list, i);
      const override = firstPara ? readOverride(firstPara) : undefined;
      if (override !== undefined) block.override = override;
      if (item.position) block.line = item.position.start.line;
      out.push({ block, node: item });
      for (const child of item.children) {
        if (child.type === 'list') visitList(child, depth + 1);
        else if (child.type === 'paragraph' && child !== firstPara) visitPara(child, depth);
      }
    });
  };
  const visitPara = (p: Paragraph, depth: number) => {
    const t = text(p).trim();
    if (!t && readOverride(p) === undefined) return; // e.g. a paragraph holding only JSX
    const block: BlockInput = { type: 'paragraph', depth, text: t };
    const override = readOverride(p);
    if (override !== undefined) block.override = override;
    if (p.position) block.line = p.position.start.line;
    out.push({ block, node: p });
  };
  const visit = (node: RootContent) => {
    if (node.type === 'heading') {
      const block: BlockInput = { type: 'heading', depth: node.depth, text: text(node).trim() };
      const override = readOverride(node);
      if (override !== undefined) block.override = override;
      if (node.position) block.line = node.position.start.line;
      out.push({ block, node });
    } else if (node.type === 'paragraph') visitPara(node, 0);
    else if (node.type === 'list') visitList(node, 1);
    else if ('children' in node && (node.type === 'blockquote' || (node.type as string) === 'mdxJsxFlowElement')) {
      for (const c of node.children as RootContent[]) visit(c);
    }
  };
  for (const node of tree.children) visit(node);
  return out;
}
