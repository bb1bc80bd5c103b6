import { LANG_CODES, type LangCode } from '../i18n/languages.ts';
import type { Corpus, CorpusRecord } from './model.ts';
import { allRecords } from './read.ts';

/**
 * Translation coverage: for each record and language, whether the version exists,
 * is up to date with the original's revision, and has exactly the original's clauses.
 */
export type CoverageState = 'original' | 'complete' | 'stale' | 'partial' | 'missing';

export interface CoverageEntry {
  key: string;
  type: CorpusRecord['type'];
  lang: LangCode;
  state: CoverageState;
  /** Clause ids of the original that this version lacks. */
  missing: string[];
  /** Clause ids this version has that the original does not. */
  extra: string[];
  basedOn?: number;
  revision: number;
  /** A stale version: the original's clauses that changed since its basedOn (when that revision's text is kept). */
  changedSince?: { eId: string; change: 'changed' | 'added' | 'removed' }[];
}

export function coverageOf(rec: CorpusRecord): CoverageEntry[] {
  const orig = rec.versions.get(rec.meta.original);
  const origIds = orig?.clauses.map((c) => c.eId) ?? [];
  return LANG_CODES.map((lang): CoverageEntry => {
    const base = { key: rec.key, type: rec.type, lang, revision: rec.meta.revision };
    const v = rec.versions.get(lang);
    if (!v) return { ...base, state: 'missing', missing: origIds, extra: [] };
    const ids = new Set(v.clauses.map((c) => c.eId));
    const missing = origIds.filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !origIds.includes(id));
    const state: CoverageState =
      v === orig
        ? 'original'
        : missing.length || extra.length
          ? 'partial'
          : v.data.basedOn < rec.meta.revision
            ? 'stale'
            : 'complete';
    return {
      ...base,
      state,
      missing,
      extra,
      basedOn: v.data.basedOn,
      ...(v.changedSince && v.data.basedOn < rec.meta.revision ? { changedSince: v.changedSince } : {}),
    };
  });
}

export function coverageReport(corpus: Corpus): CoverageEntry[] {
  return allRecords(corpus).flatMap(coverageOf);
}
