import remarkGfm from 'remark-gfm';
import { remarkClauseIds } from './remark-clause-ids.ts';
import { remarkIsolateLtr } from './remark-isolate-ltr.ts';
import { remarkResolveRefs } from './remark-resolve-refs.ts';
import { remarkSpaceColons } from './remark-space-colons.ts';

/**
 * The Markdown pipeline, in one place. GFM is listed explicitly (and the built-in
 * switch turned off) so the pipeline reads as what it is; smartypants is off
 * because it would force English curly quotes onto French « » and Chinese 《》.
 */
export const markdownPlugins = {
  gfm: false,
  smartypants: false,
  // Order matters: clause ids read the text as written; references and isolation change it.
  remarkPlugins: [remarkGfm, remarkClauseIds, remarkResolveRefs, remarkSpaceColons, remarkIsolateLtr],
};
