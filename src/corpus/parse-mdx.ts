import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

/** A parse error with the line of the file (not of the frontmatter or the body) it concerns. */
const located = (message: string, line: number | undefined) => Object.assign(new Error(message), line ? { line } : {});

/** Splits `---` frontmatter from an MDX file and parses both; throws with a readable message on bad syntax. */
export function parseMdx(raw: string): ParsedMdx {
  // Some editors on Windows save UTF-8 with a byte order mark: it is not part of the text.
  const source = raw.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m)
    throw new Error('the file must start with a frontmatter block between two `---` lines (title, version, basedOn)');
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(m[1] ?? '');
  } catch (e) {
    // YAML counts from the frontmatter's first line; the editor counts from the `---` above it.
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw located(`invalid YAML in the frontmatter: ${yamlReason(e)}`, line && line + 1);
  }
  const body = source.slice(m[0].length);
  const bodyLineOffset = m[0].split('\n').length - 1;
  const deep = tooDeep(body);
  if (deep)
    throw located(
      `the text is nested more than ${MAX_NESTING} levels deep (lists or quotes inside each other): a text needs a few levels at most; flatten it`,
      deep + bodyLineOffset,
    );
  let tree: Root;
  try {
    tree = (mayUseGfm(body) ? withGfm : withoutGfm).parse(body);
  } catch (e) {
    const err = e as { message?: string; line?: number; place?: { line?: number } };
    const line = (err.line ?? err.place?.line ?? 0) + bodyLineOffset;
    throw located(`invalid MDX: ${err.message ?? String(e)} (escape { } < as \\{ \\} \\< in prose)`, line);
  }
  removeComments(tree);
  return { frontmatter, bodyLineOffset, body, tree };
}

/** The YAML parser's reason without its own "at line N, column M" (counted from elsewhere) and code excerpt. */
export const yamlReason = (e: unknown) =>
  String((e as Error).message)
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '');

/**
 * Deepest nesting a text may have. Parsing deeply nested lists costs more than linear time
 * (measured: 400 levels 8.6 s, 1,000 levels 26 s), so a text nested absurdly deep is refused
 * before it is parsed; real texts (article, paragraph, point, sub-point) use a handful.
 */
export const MAX_NESTING = 16;

/**
 * The first line (of the body) whose container nesting goes past MAX_NESTING, or 0. Each list
 * marker or `>` that opens a line counts one level, and so do each four columns of indentation
 * before it: a rough count that never undercounts a real nesting of lists by much. A `>` takes
 * at most one space with it, so a list indented inside a quote (`>       - x`) counts its
 * indentation too.
 */
function tooDeep(body: string): number {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (depthOf(lines[i]!) > MAX_NESTING) return i + 1;
  }
  return 0;
}

const INDENT = /[ \t]*/y;
const QUOTE = />[ \t]?/y;
const LIST_ITEM = /(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/y;

const matchAt = (sticky: RegExp, text: string, at: number) => {
  sticky.lastIndex = at;
  return sticky.exec(text);
};

/** Nesting of one line's opening markers; stops counting once past MAX_NESTING. */
function depthOf(line: string): number {
  let depth = 0;
  let at = 0;
  while (depth <= MAX_NESTING) {
    const indent = matchAt(INDENT, line, at)![0];
    const marker = matchAt(QUOTE, line, at + indent.length) ?? matchAt(LIST_ITEM, line, at + indent.length);
    if (!marker) break;
    depth += 1 + Math.floor(indent.replace(/\t/g, '    ').length / 4);
    at = marker.index + marker[0].length;
  }
  return depth;
}

const isComment = (value: string | undefined) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value ?? '');

type AnyNode = { type: string; children?: AnyNode[]; position?: { start: { line: number } } };

/**
 * Calls `fn` on every node of the tree, depth first. Written out rather than unist-util-visit:
 * that one builds each node's list of ancestors, and five walks with it cost ≈3 s of the content
 * check at 6,000 pages; none of these walks needs the ancestors.
 */
export function eachNode(tree: Root, fn: (node: AnyNode) => void): void {
  const stack: AnyNode[] = [tree as unknown as AnyNode];
  for (let node = stack.pop(); node; node = stack.pop()) {
    fn(node);
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Drops `{/* … *\/}` comments from the tree: they are notes for editors, never published or indexed. */
function removeComments(tree: Root): void {
  eachNode(tree, (node) => {
    const kids = node.children;
    const comment = (c: AnyNode) =>
      (c.type === 'mdxFlowExpression' || c.type === 'mdxTextExpression') && isComment((c as { value?: string }).value);
    if (kids?.some(comment)) node.children = kids.filter((c) => !comment(c));
  });
}

export interface JsxUse {
  name: string;
  attrs: Record<string, string>;
  /** Attributes written as `{…}` expressions (`to={x}`): the texts take plain strings only. */
  exprAttrs: string[];
  line: number;
  hasChildren: boolean;
}

/** Every JSX element in the body (for <Src>, <Ref>, and to reject unknown components). */
export function jsxUses(tree: Root, lineOffset: number): JsxUse[] {
  const out: JsxUse[] = [];
  eachNode(tree, (node) => {
    const n = node as unknown as {
      type: string;
      name?: string | null;
      attributes?: { type: string; name?: string; value?: unknown }[];
      children?: unknown[];
      position?: { start: { line: number } };
    };
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const attrs: Record<string, string> = {};
    const exprAttrs: string[] = [];
    for (const a of n.attributes ?? []) {
      if (a.name && typeof a.value === 'string') attrs[a.name] = a.value;
      else if (a.name && a.value && typeof a.value === 'object') exprAttrs.push(a.name);
    }
    out.push({
      name: n.name ?? '',
      attrs,
      exprAttrs,
      line: (n.position?.start.line ?? 0) + lineOffset,
      hasChildren: (n.children?.length ?? 0) > 0,
    });
  });
  return out;
}

/** Lines of `{…}` expressions (comments are gone already: they would render nothing, or code). */
export function expressionUses(tree: Root, lineOffset: number): number[] {
  return linesOf(tree, lineOffset, (type) => type === 'mdxFlowExpression' || type === 'mdxTextExpression');
}

/** Lines of `import`/`export` statements: MDX reads them as code, the texts have no use for them. */
export function esmUses(tree: Root, lineOffset: number): number[] {
  return linesOf(tree, lineOffset, (type) => type === 'mdxjsEsm');
}

function linesOf(tree: Root, lineOffset: number, test: (type: string) => boolean): number[] {
  const out: number[] = [];
  eachNode(tree, (node) => {
    if (test(node.type)) out.push((node.position?.start.line ?? 0) + lineOffset);
  });
  return out;
}
