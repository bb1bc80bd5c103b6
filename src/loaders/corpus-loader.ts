import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../corpus/index.ts';

/**
 * A content-layer loader over the content folder that hands Astro each language
 * version already checked by src/corpus (one parse per file). Entries carry their
 * frontmatter as data, validated by the collection schema. Their text, rendered
 * once by the corpus pass, stays out of Astro's content store (which is bundled
 * into a single JavaScript module): RecordText reads it when its page is built.
 */
export function corpusLoader(type: 'document' | 'edition'): Loader {
  return {
    name: `forum-corpus-${type}s`,
    load: async ({ store, parseData, config }) => {
      const corpus = loadCorpus();
      // Astro's store takes file paths relative to the project only (an absolute one is refused);
      // relative, a content folder outside the project works too ("../texts/…").
      const root = fileURLToPath(config.root);
      store.clear();
      for (const rec of (type === 'document' ? corpus.documents : corpus.editions).values()) {
        for (const v of rec.versions.values()) {
          const id = `${rec.key}/${v.lang}`;
          store.set({
            id,
            data: await parseData({ id, data: { ...v.data } }),
            filePath: path.relative(root, path.resolve(v.file)),
          });
        }
      }
    },
  };
}
