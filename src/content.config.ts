import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { corpusLoader, rendersWithAstro } from './loaders/corpus-loader.ts';
import { ProseSchema, VersionSchema } from './schemas/index.ts';

/**
 * The language versions of documents and editions, over the top-level content
 * folder (FORUM_CONTENT_DIR). Ids are paths: "2023/data-security-consensus/en".
 *
 * By default the corpus loader supplies them: src/corpus reads the same folder
 * with the same schemas, reports every problem with file and field before Astro
 * starts, and renders each text once. FORUM_RENDERER=astro uses the glob loader
 * and Astro's MDX pipeline instead; the benchmark keeps it for comparison.
 */
const base = process.env.FORUM_CONTENT_DIR ?? './content';
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');
const deferRender = process.env.FORUM_DEFER_RENDER === '1';

export const collections = {
  versions: defineCollection({
    loader: rendersWithAstro ? glob({ base: `${base}/documents`, pattern: '*/*/*.mdx', generateId: fileId, deferRender }) : corpusLoader('document'),
    schema: VersionSchema,
  }),
  editionVersions: defineCollection({
    loader: rendersWithAstro ? glob({ base: `${base}/editions`, pattern: '*/*.mdx', generateId: fileId, deferRender }) : corpusLoader('edition'),
    schema: VersionSchema,
  }),
  /** The site's own pages (about, how to cite, editorial policy, contact): prose/<page>/<lang>.mdx, rendered by @astrojs/mdx. */
  prose: defineCollection({
    loader: glob({ base: './prose', pattern: '*/*.mdx' }),
    schema: ProseSchema,
  }),
};
