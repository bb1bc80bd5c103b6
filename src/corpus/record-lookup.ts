import type { LangCode } from '../i18n/languages.ts';
import type { RecordLookup } from '../plugins/remark-resolve-refs.ts';
import { findRecord } from './check.ts';
import type { Corpus } from './model.ts';
import { allRecords } from './read.ts';

/**
 * Every record's titles, as plain data: what a cross-reference shows. Small enough to
 * send between threads (src/corpus/threads.ts), so that a thread holding part of the
 * corpus renders references to the rest with their real titles.
 */
export type TitleTable = Map<string, { original: LangCode; titles: Partial<Record<LangCode, string>> }>;

export function titleTable(corpus: Corpus): TitleTable {
  return new Map(
    allRecords(corpus).map((rec) => [
      rec.key,
      {
        original: rec.meta.original,
        titles: Object.fromEntries([...rec.versions].map(([lang, v]) => [lang, v.data.title])),
      },
    ]),
  );
}

/** The lookups the plugins take (src/plugins/index.ts): titles from `titles`, sources from the records in `corpus`. */
export function recordLookup(corpus: Corpus, titles: TitleTable = titleTable(corpus)): RecordLookup {
  return {
    title: (key, lang) => {
      const t = titles.get(key);
      return t && (t.titles[lang] ?? t.titles[t.original]);
    },
    sources: (key) => findRecord(corpus, key)?.meta.sources ?? [],
  };
}
