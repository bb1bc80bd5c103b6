import type { CorpusRecord } from '../corpus/model.ts';
import type { LangCode } from '../i18n/languages.ts';
import { textFilterValue } from './tally.ts';

/**
 * What the search index records about a page besides its text: filters (edition,
 * kind) and metadata (title, and the record's language-neutral key, which groups
 * the six languages of one document in results). Added at indexing time rather
 * than shipped in every page, where readers would download it for nothing.
 */
export interface IndexMeta {
  filters: Record<string, string>;
  meta: Record<string, string>;
}

export function indexMetaFor(rec: CorpusRecord, lang: LangCode): IndexMeta | null {
  const version = rec.versions.get(lang);
  if (!version) return null; // a fallback page: not indexed
  const kind = rec.type === 'edition' ? 'edition' : rec.meta.kind;
  return {
    // `text` lets the search page count texts rather than language versions (src/search/tally.ts).
    filters: { edition: rec.edition, kind, text: textFilterValue({ key: rec.key, edition: rec.edition, kind }) },
    meta: { title: version.data.title, kind, edition: rec.edition, key: rec.key, text: rec.meta.text },
  };
}
