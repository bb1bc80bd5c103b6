import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { assignEIds, clauseLabel } from '../clauses/index.ts';
import { useT } from '../i18n/i18n.ts';
import { getLanguage } from '../i18n/languages.ts';
import { collectBlocks } from '../utils/mdast-blocks.ts';
import { fileContext } from './file-context.ts';

/**
 * Gives every clause of a forum text its Akoma Ntoso eId, computed by the pure
 * numbering module from the numbering as written in this language version.
 *
 * ```md
 * 3. The conference opened on 20 September.
 * ```
 * becomes
 * ```html
 * <li id="para_3" class="clause" data-pagefind-title="Paragraph 3">
 *   <p><a href="#para_3">3.</a> The conference opened on 20 September.</p></li>
 * ```
 * and `## 第五条 适用范围` becomes `<h2 id="art_5" …><a href="#art_5">第五条</a> 适用范围</h2>`.
 * Only content files (`documents/<year>/<slug>/<lang>.mdx`, `editions/<year>/<lang>.mdx`)
 * are touched. An id the author set is never overwritten: `<Clause id="…"/>` is an
 * explicit override handled by the numbering module.
 */
export function remarkClauseIds() {
  return (tree: Root, file: VFile) => {
    const ctx = fileContext(file.path);
    if (!ctx) return;
    const lang = getLanguage(ctx.lang);
    const t = useT(ctx.lang);
    const located = collectBlocks(tree, String(file.value));
    const { clauses, errors } = assignEIds(
      located.map((l) => l.block),
      lang,
    );
    // The pre-build check reports these with file and line; this is the safety net for `astro dev`.
    if (errors[0])
      file.fail(`${errors[0].message}`, { place: errors[0].line ? { line: errors[0].line, column: 1 } : undefined });
    located.forEach(({ node }, i) => {
      const c = clauses[i];
      if (!c?.eId) return;
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = {
        ...data.hProperties,
        id: c.eId,
        className: ['clause'],
        dataPagefindTitle: clauseLabel(c.eId, lang),
      };
      const target: Parent | undefined =
        node.type === 'listItem' ? (node.children.find((n) => n.type === 'paragraph') as Parent | undefined) : node;
      // A clause with no written number (preamble, some overrides) links with its label instead.
      const num = c.num || clauseLabel(c.eId, lang);
      // The link's name starts with what it shows ("3.") and says where it leads ("Permanent link to Paragraph 3").
      if (target)
        addSelfLink(
          target,
          c.eId,
          num,
          c.labelLength > 0,
          `${num} ${t('clause.link', { label: clauseLabel(c.eId, lang) })}`,
        );
    });
    removeOverrides(tree);
  };
}

/** Turns the written number into a link to the clause itself (the reader's permalink). */
function addSelfLink(parent: Parent, eId: string, num: string, inText: boolean, name: string) {
  const kids = parent.children as PhrasingContent[];
  const startIdx = kids.findIndex((k) => !(k.type as string).startsWith('mdxJsx'));
  const first = kids[startIdx];
  // No class: the self-link is the first link of the clause's first block (CSS and script select it so).
  const link: Link = {
    type: 'link',
    url: `#${eId}`,
    children: [{ type: 'text', value: num }],
    data: { hProperties: { ariaLabel: name } },
  };
  if (inText && first?.type === 'text' && first.value.trimStart().startsWith(num)) {
    // The label is part of the text ("第五条 …", "(a) …"): move it into the link.
    first.value = first.value.trimStart().slice(num.length);
    kids.splice(startIdx, 0, link);
  } else {
    kids.splice(Math.max(startIdx, 0), 0, link, { type: 'text', value: ' ' });
  }
}

/** `<Clause id/>` has done its job once the ids are assigned; it renders nothing. */
function removeOverrides(node: Nodes) {
  if (!('children' in node)) return;
  const kids = node.children as Nodes[];
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i] as Nodes & { name?: string };
    if ((k.type === 'mdxJsxTextElement' || k.type === 'mdxJsxFlowElement') && k.name === 'Clause') kids.splice(i, 1);
    else removeOverrides(k);
  }
}
