import type { LangCode } from '../i18n/languages.ts';
import type { Registry } from '../registry/schema.ts';
import type { Edition, Version, Work } from '../schemas/index.ts';

/** One clause as plain data: what search, citations, coverage and the registry work from. */
export interface ClauseData {
  eId: string;
  /** The number as written in this version ("3.", "第五条", "(أ)"). */
  num: string;
  /** Plain text of the clause's first block (for search; not in the snapshot Astro's pages read). */
  text?: string;
  line: number;
}

export interface CorpusVersion {
  lang: LangCode;
  file: string;
  data: Version;
  clauses: ClauseData[];
  /** `<Src id>` uses, for the source check. */
  cites: { id: string; line: number }[];
  /** `<Ref to>` uses, resolved after all files are read. */
  refs: { to: string; line: number }[];
  /** The rendered text (clause ids, links, citations), once the whole corpus is checked. */
  html?: string;
  /** Earlier revisions of this version (`revisions/<lang>/<n>.mdx`), in order; only on a current version. */
  revisions?: CorpusVersion[];
  /**
   * A translation made from an older revision of the original: the original's clauses that changed
   * since (set by the corpus check when that revision's text is kept).
   */
  changedSince?: { eId: string; change: 'changed' | 'added' | 'removed' }[];
  /** Set on an earlier revision only: its number, date and note (its `data` is the current version's, with its own title and basedOn). */
  rev?: { n: number; date: string; note: string };
}

interface RecordBase {
  /** `2023` for an edition, `2023/data-security-consensus` for a document. */
  key: string;
  edition: string;
  dir: string;
  metaFile: string;
  versions: Map<LangCode, CorpusVersion>;
  /** Languages whose file exists but could not be read (already reported): not "missing". */
  unreadable?: LangCode[];
  /** A draft's meta.yaml fields that still hold the scaffold's placeholders ("status", "sources.0.title"), named on its draft banner. */
  placeholders?: string[];
}

export interface DocumentRecord extends RecordBase {
  type: 'document';
  slug: string;
  meta: Work;
}
export interface EditionRecord extends RecordBase {
  type: 'edition';
  meta: Edition;
}
export type CorpusRecord = DocumentRecord | EditionRecord;

export interface Corpus {
  dir: string;
  editions: Map<string, EditionRecord>;
  documents: Map<string, DocumentRecord>;
  /** The permalink registry (content/registry.yaml). */
  registry: Registry;
  /**
   * Keys of records whose folder exists but whose meta.yaml could not be read. Their problem is
   * reported once; checks that look them up (references, lineage, registry) stay silent.
   */
  broken: string[];
}
