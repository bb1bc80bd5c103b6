import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

const withGfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const withoutGfm = unified().use(remarkParse).use(remarkMdx);

/**
 * GFM's extensions double the parse time of prose (measured: 1.6 s against 0.75 s
 * for 612 files), and a text can only use them through a few characters: a table
 * needs `|`, strikethrough `~`, footnotes and task items `[`, autolinks `www.`,
 * `://` or `@` (e-mail, mailto:, xmpp:). A text with none of them parses to the
 * same tree without GFM, so GFM is switched on for exactly the texts that could
 * use it (tests/unit/corpus/gfm.test.ts compares both parsers).
 */
export const mayUseGfm = (body: string): boolean => /[|~@[]|www\.|:\/\//i.test(body);

export interface ParsedMdx {
  frontmatter: unknown;
  /** Lines taken by the frontmatter block, so body lines can be reported as file lines. */
  bodyLineOffset: number;
  body: string;
  tree: Root;
}

/** Splits `---` frontmatter from an MDX file and parses both; throws with a readable message on bad syntax. */
export function parseMdx(source: string): ParsedMdx {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) throw new Error('the file must start with a frontmatter block between two `---` lines (title, version, basedOn)');
  const frontmatter = parseYaml(m[1] ?? '');
  const body = source.slice(m[0].length);
  const bodyLineOffset = m[0].split('\n').length - 1;
  let tree: Root;
  try {
    tree = (mayUseGfm(body) ? withGfm : withoutGfm).parse(body);
  } catch (e) {
    const err = e as { message?: string; line?: number; place?: { line?: number } };
    const line = (err.line ?? err.place?.line ?? 0) + bodyLineOffset;
    throw Object.assign(new Error(`invalid MDX: ${err.message ?? String(e)} (escape { } < as \\{ \\} \\< in prose)`), { line });
  }
  return { frontmatter, bodyLineOffset, body, tree };
}

export interface JsxUse { name: string; attrs: Record<string, string>; line: number; hasChildren: boolean }

/** Every JSX element in the body (for <Src>, <Ref>, and to reject unknown components). */
export function jsxUses(tree: Root, lineOffset: number): JsxUse[] {
  const out: JsxUse[] = [];
  visit(tree, (node) => {
    const n = node as unknown as { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: unknown[]; position?: { start: { line: number } } };
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const attrs: Record<string, string> = {};
    for (const a of n.attributes ?? []) if (a.name && typeof a.value === 'string') attrs[a.name] = a.value;
    out.push({ name: n.name ?? '', attrs, line: (n.position?.start.line ?? 0) + lineOffset, hasChildren: (n.children?.length ?? 0) > 0 });
  });
  return out;
}

/** Lines of `{…}` expressions that are not just comments (they would render nothing, or code). */
export function expressionUses(tree: Root, lineOffset: number): number[] {
  const out: number[] = [];
  visit(tree, (node) => {
    const n = node as unknown as { type: string; value?: string; position?: { start: { line: number } } };
    if (n.type !== 'mdxFlowExpression' && n.type !== 'mdxTextExpression') return;
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value ?? '')) return;
    out.push((n.position?.start.line ?? 0) + lineOffset);
  });
  return out;
}
