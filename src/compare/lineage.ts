import type { CorpusVersion, DocumentRecord } from '../corpus/model.ts';
import type { LangCode } from '../i18n/languages.ts';

/** The earlier document a document continues or supersedes, and how it relates to it. */
export interface Predecessor {
  relation: 'continues' | 'supersedes';
  key: string;
}

/** `supersedes` first: a document that replaces another says so before anything else. */
export function predecessorOf(doc: DocumentRecord): Predecessor | null {
  if (doc.meta.supersedes) return { relation: 'supersedes', key: doc.meta.supersedes };
  if (doc.meta.continues) return { relation: 'continues', key: doc.meta.continues };
  return null;
}

/**
 * The language a lineage comparison shows to a reader of `lang`: theirs where both documents
 * have it, else the later document's original, else the earlier one's — the first that both
 * have (words can only be compared within one language). `null`: no language in common.
 */
export function lineageVersions(
  later: DocumentRecord,
  earlier: DocumentRecord,
  lang: LangCode,
): { lang: LangCode; before: CorpusVersion; after: CorpusVersion } | null {
  for (const l of [lang, later.meta.original, earlier.meta.original]) {
    const before = earlier.versions.get(l);
    const after = later.versions.get(l);
    if (before && after) return { lang: l, before, after };
  }
  return null;
}
