import type { Loader } from 'astro/loaders';
import { loadCorpus, readSnapshotHtml } from '../corpus/index.ts';

/**
 * A content-layer loader over the content folder that hands Astro each language
 * version already checked and rendered by src/corpus (one parse per file). Entries
 * carry their frontmatter as data (validated by the collection schema) and their
 * HTML as `rendered`, so pages use getEntry() and render() as usual, without a
 * JavaScript module being compiled for every text.
 */
export function corpusLoader(type: 'document' | 'edition'): Loader {
  return {
    name: `forum-corpus-${type}s`,
    load: async ({ store, parseData }) => {
      const corpus = loadCorpus();
      // In a build, the HTML comes in its own file, read here once and then let go.
      const html = readSnapshotHtml();
      store.clear();
      for (const rec of (type === 'document' ? corpus.documents : corpus.editions).values()) {
        for (const v of rec.versions.values()) {
          const id = `${rec.key}/${v.lang}`;
          const data = await parseData({ id, data: { ...v.data } });
          store.set({ id, data, filePath: v.file, rendered: { html: html?.[id] ?? v.html ?? '' } });
        }
      }
    },
  };
}
