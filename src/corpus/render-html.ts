import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { remarkClauseIds } from '../plugins/remark-clause-ids.ts';
import { remarkIsolateLtr } from '../plugins/remark-isolate-ltr.ts';
import { remarkResolveRefs, type ResolveRefsOptions } from '../plugins/remark-resolve-refs.ts';
import { remarkSpaceColons } from '../plugins/remark-space-colons.ts';
import type { Corpus } from './model.ts';

/**
 * Renders one language version to HTML with the same remark plugins the MDX
 * pipeline uses, from the tree the corpus check has already parsed. One parse
 * per file, no per-file JavaScript module: this is what keeps large builds fast
 * (see docs/performance.md). The texts use only <Src>, <Ref> and <Clause>, which
 * the plugins turn into plain Markdown nodes, so no MDX runtime is needed.
 */
export function renderVersionHtml(tree: Root, file: string, source: string, corpus: Corpus, titleOf?: ResolveRefsOptions['titleOf']): string {
  const vfile = new VFile({ path: file, value: source });
  remarkClauseIds()(tree, vfile);
  remarkResolveRefs(titleOf ? { corpus, titleOf } : { corpus })(tree, vfile);
  remarkSpaceColons()(tree, vfile);
  remarkIsolateLtr()(tree, vfile);
  return toHtml(toHast(tree));
}
