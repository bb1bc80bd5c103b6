import type { Corpus } from '../corpus/model.ts';
import { allRecords } from '../corpus/read.ts';
import { indexMetaFor } from '../search/index-meta.ts';
import { recordUrl } from '../utils/urls.ts';
import type { IndexedPage } from './search-index.ts';

/**
 * Every real language version of every record: the pages whose text search finds (never a
 * fallback). Apart from search-index.ts so that the build's own process, which only runs the
 * index, never loads the corpus modules (≈20 MB while Pagefind, the build's peak, runs).
 */
export function indexedPages(corpus: Corpus): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const rec of allRecords(corpus)) {
    for (const version of rec.versions.values()) {
      pages.push({ url: recordUrl(version.lang, rec.key), lang: version.lang, info: indexMetaFor(rec, version.lang)! });
    }
  }
  return pages;
}
