import type { Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/** mdast-util-to-markdown with MDX's rules escapes what MDX would misread in text: `{`, `}`, `<` (and `>` at line starts). */
const serialise = (node: RootContent | Root) =>
  toMarkdown(node as Root, {
    // `}` and `>` are harmless once `{` and `<` are escaped; escaped too, so no reader wonders.
    extensions: [
      gfmToMarkdown(),
      mdxToMarkdown(),
      { unsafe: [{ character: '}' }, { character: '>', inConstruct: 'phrasing' }] },
    ],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
  }).trimEnd();

/** A numbered paragraph's number as written ("3." or "3)"): the content format writes it as a list item. */
const PARA_MARKER = /^(\d{1,9}[.)])[ \t\u00a0]+/;

function splitMarker(p: Paragraph): { marker: string; rest: Paragraph } | null {
  const first = p.children[0];
  const m = first?.type === 'text' ? PARA_MARKER.exec(first.value) : null;
  if (!m?.[1] || first?.type !== 'text') return null;
  const rest: Paragraph = {
    ...p,
    children: [{ ...first, value: first.value.slice(m[0].length) }, ...p.children.slice(1)],
  };
  return { marker: m[1], rest };
}

const indentLines = (text: string, indent: string) =>
  indent ? text.replace(/\n(?!\n|$)/g, `\n${indent}`).replace(/^(?!$)/, indent) : text;

/**
 * A line that starts with `import` or `export` is code to MDX. Its first letter is written as a
 * character reference, which MDX reads back as the letter: the text is unchanged for readers.
 */
const escapeEsm = (text: string) =>
  text.replace(/^([ \t]*(?:\d{1,9}[.)][ \t]+)?)(i)(mport\b)|^([ \t]*(?:\d{1,9}[.)][ \t]+)?)(e)(xport\b)/gm, (...m) =>
    m[2] ? `${m[1]}&#105;${m[3]}` : `${m[4]}&#101;${m[6]}`,
  );

/**
 * The body of a text in the content format (docs/content.md): a paragraph that starts with its
 * number ("3. …") becomes a list item, and what follows it up to the next numbered paragraph or
 * heading (points, tables, unnumbered paragraphs) is indented into that item, as the editors
 * write it by hand. Everything else is Markdown as mdast-util-to-markdown writes it.
 */
export function writeBody(root: Root): string {
  const blocks: string[] = [];
  const notes: string[] = [];
  let indent = '';
  for (const node of root.children) {
    if (node.type === 'footnoteDefinition') {
      notes.push(serialise(node));
      continue;
    }
    if (node.type === 'heading' || node.type === 'thematicBreak') indent = '';
    const split = node.type === 'paragraph' ? splitMarker(node) : null;
    if (split) {
      indent = ' '.repeat(split.marker.length + 1);
      const rest = serialise(split.rest);
      blocks.push(`${split.marker} ${indentLines(rest, indent).slice(indent.length)}`);
      continue;
    }
    blocks.push(indentLines(serialise(node), indent));
  }
  return `${escapeEsm([...blocks, ...notes].join('\n\n'))}\n`;
}
