import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { VersionSchema } from './schemas/index.ts';

/**
 * The language versions of documents and editions, over the top-level content
 * folder (FORUM_CONTENT_DIR). Ids are paths: "2023/data-security-consensus/en".
 * The language-neutral meta.yaml files, the clause structure and every cross-file
 * check come from src/corpus, which reads the same folder with the same schemas
 * before Astro starts, so an editor gets every problem at once, with file and field.
 */
const base = process.env.FORUM_CONTENT_DIR ?? './content';
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  versions: defineCollection({ loader: glob({ base: `${base}/documents`, pattern: '*/*/*.mdx', generateId: fileId }), schema: VersionSchema }),
  editionVersions: defineCollection({ loader: glob({ base: `${base}/editions`, pattern: '*/*.mdx', generateId: fileId }), schema: VersionSchema }),
};
