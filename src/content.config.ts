import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { corpusLoader } from './loaders/corpus-loader.ts';
import { ProseSchema, VersionSchema } from './schemas/index.ts';

/**
 * The language versions of documents and editions, over the top-level content
 * folder (FORUM_CONTENT_DIR). Ids are paths: "2023/data-security-consensus/en".
 *
 * The corpus loader supplies them: src/corpus reads the same folder with the same
 * schemas, reports every problem with file and field before Astro starts, and
 * renders each text once (docs/performance.md compares this with Astro's own MDX
 * rendering, which it replaced).
 */
export const collections = {
  versions: defineCollection({ loader: corpusLoader('document'), schema: VersionSchema }),
  editionVersions: defineCollection({ loader: corpusLoader('edition'), schema: VersionSchema }),
  /** The site's own pages (about, how to cite, editorial policy, contact): prose/<page>/<lang>.mdx, rendered by @astrojs/mdx. */
  prose: defineCollection({
    loader: glob({ base: './prose', pattern: '*/*.mdx' }),
    schema: ProseSchema,
  }),
};
