import {
  type CorpusRecord,
  type CorpusVersion,
  type DocumentRecord,
  type EditionRecord,
  loadCorpus,
} from '../corpus/index.ts';
import { LANG_CODES, type LangCode } from '../i18n/languages.ts';
import type { RegistryEntry } from '../registry/schema.ts';
import { sortKey } from './dates.ts';

/**
 * What pages need from the corpus, as plain data: records in reading order, the
 * version a reader of a given language gets (their own, or the original), and the
 * published URLs whose document moved or was withdrawn.
 */
// Sorted once per corpus: thousands of pages ask for these lists.
const sorted = new WeakMap<
  object,
  {
    editions: EditionRecord[];
    documents: DocumentRecord[];
    byEdition: Map<string, DocumentRecord[]>;
    successors: Map<string, DocumentRecord[]>;
  }
>();

function lists() {
  const corpus = loadCorpus();
  let l = sorted.get(corpus);
  if (!l) {
    const docs = [...corpus.documents.values()].sort(
      (a, b) =>
        b.edition.localeCompare(a.edition) ||
        (a.meta.order ?? 999) - (b.meta.order ?? 999) ||
        sortKey(a.meta.date).localeCompare(sortKey(b.meta.date)) ||
        a.key.localeCompare(b.key),
    );
    const byEdition = new Map<string, DocumentRecord[]>();
    const successors = new Map<string, DocumentRecord[]>();
    for (const d of docs) {
      byEdition.set(d.edition, [...(byEdition.get(d.edition) ?? []), d]);
      for (const to of [d.meta.continues, d.meta.supersedes])
        if (to) successors.set(to, [...(successors.get(to) ?? []), d]);
    }
    l = {
      editions: [...corpus.editions.values()].sort((a, b) => b.edition.localeCompare(a.edition)),
      documents: docs,
      byEdition,
      successors,
    };
    sorted.set(corpus, l);
  }
  return l;
}

export function editions(): EditionRecord[] {
  return lists().editions;
}

export function documents(): DocumentRecord[] {
  return lists().documents;
}

export function documentsOf(edition: string): DocumentRecord[] {
  return lists().byEdition.get(edition) ?? [];
}

export function originalOf(rec: CorpusRecord): CorpusVersion {
  const v = rec.versions.get(rec.meta.original);
  if (!v) throw new Error(`${rec.key} has no original version (checked before the build; this is a bug)`);
  return v;
}

/** The version a reader of `lang` is shown, and whether it is a fallback to the original. */
export function versionFor(rec: CorpusRecord, lang: LangCode): { version: CorpusVersion; fallback: boolean } {
  const own = rec.versions.get(lang);
  return own ? { version: own, fallback: false } : { version: originalOf(rec), fallback: true };
}

export function titleFor(rec: CorpusRecord, lang: LangCode): { title: string; lang: LangCode } {
  const { version } = versionFor(rec, lang);
  return { title: version.data.title, lang: version.lang };
}

/** Languages that have a real version (hreflang alternates), in table order. */
export function existingLangs(rec: CorpusRecord): LangCode[] {
  return LANG_CODES.filter((l) => rec.versions.has(l));
}

/** Documents that name this one in `continues` / `supersedes`. */
export function successorsOf(key: string): DocumentRecord[] {
  return lists().successors.get(key) ?? [];
}

/** A published document URL whose document moved or was withdrawn (from the registry). */
export interface Ghost {
  key: string;
  edition: string;
  slug: string;
  entry: RegistryEntry;
}

export function ghosts(): Ghost[] {
  return Object.entries(loadCorpus().registry.documents)
    .filter(([key, e]) => key.includes('/') && (e.movedTo || e.withdrawn))
    .map(([key, entry]) => {
      const [edition = '', slug = ''] = key.split('/');
      return { key, edition, slug, entry };
    });
}
