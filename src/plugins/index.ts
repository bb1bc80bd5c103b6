import type { PluggableList } from 'unified';
import { remarkClauseIds } from './remark-clause-ids.ts';
import { remarkIsolateLtr } from './remark-isolate-ltr.ts';
import { type ResolveRefsOptions, remarkResolveRefs } from './remark-resolve-refs.ts';
import { remarkSpaceColons } from './remark-space-colons.ts';

export type { RecordLookup } from './remark-resolve-refs.ts';

/**
 * The remark plugins a forum text goes through, in order, with their options: this list
 * is what runs (src/corpus/render-html.ts applies it to the tree the corpus check parsed;
 * GFM and MDX are parser extensions, in src/corpus/parse-mdx.ts). Plugins take everything
 * they need through these options and never read the content folder.
 *
 * Astro's own Markdown pipeline (astro.config.mjs) does not use this list: it renders only
 * the site's prose pages, which have no clauses.
 */
export function corpusPlugins(options: ResolveRefsOptions): PluggableList {
  // Order matters: clause ids read the text as written; references and isolation change it.
  return [remarkClauseIds, [remarkResolveRefs, options], remarkSpaceColons, remarkIsolateLtr];
}
