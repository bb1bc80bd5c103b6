import type { CorpusRecord, CorpusVersion } from '../corpus/model.ts';

/**
 * Revisions of a language version (docs/content.md, "Revisions"): each version has its own
 * sequence 1, 2, 3…; the original's current number is meta.yaml's `revision`, a translation's its
 * own `revision` (default 1). Earlier revisions are `revisions/<lang>/<n>.mdx` (CorpusVersion.revisions).
 */
export interface RevisionEntry {
  n: number;
  date?: string | undefined;
  note?: string | undefined;
  /** The revision at the version's usual URL. */
  current: boolean;
}

export const isOriginal = (rec: CorpusRecord, v: CorpusVersion) => v.lang === rec.meta.original;

/** The current revision of a version: the original's is the work's `revision`. */
export function currentRevision(rec: CorpusRecord, v: CorpusVersion): RevisionEntry {
  if (isOriginal(rec, v))
    return { n: rec.meta.revision, date: rec.meta.revisionDate, note: rec.meta.revisionNote, current: true };
  return { n: v.data.revision ?? 1, date: v.data.revisionDate, note: v.data.revisionNote, current: true };
}

/** Every revision of a version the archive keeps, oldest first, the current one last. */
export function revisionHistory(rec: CorpusRecord, v: CorpusVersion): RevisionEntry[] {
  const earlier = (v.revisions ?? []).flatMap((r) => (r.rev ? [{ ...r.rev, current: false }] : []));
  return [...earlier, currentRevision(rec, v)];
}

/** Revision `n` of a version: the current version itself, an earlier one, or undefined. */
export function revisionOf(rec: CorpusRecord, v: CorpusVersion, n: number): CorpusVersion | undefined {
  return currentRevision(rec, v).n === n ? v : v.revisions?.find((r) => r.rev?.n === n);
}

/**
 * The revision pairs a version's comparison pages exist for: each revision against the next and
 * against the current one (linear in the number of revisions, not every pair).
 */
export function comparePairs(rec: CorpusRecord, v: CorpusVersion): [number, number][] {
  const ns = revisionHistory(rec, v).map((r) => r.n);
  const last = ns.at(-1) ?? 1;
  const pairs = new Map<string, [number, number]>();
  ns.forEach((a, i) => {
    const next = ns[i + 1];
    for (const b of next === undefined ? [] : [next, last]) pairs.set(`${a}-${b}`, [a, b]);
  });
  return [...pairs.values()];
}

export type ClauseChange = 'changed' | 'added' | 'removed';
export interface ChangedClause {
  eId: string;
  change: ClauseChange;
}

/**
 * The clauses of the original that changed between two of its revisions, by clause id and text,
 * in the order of the later one (removed clauses after). Null when the older revision's text is
 * not kept (no `revisions/<lang>/<from>.mdx`).
 */
export function clauseChanges(before: CorpusVersion, after: CorpusVersion): ChangedClause[] {
  const old = new Map(before.clauses.map((c) => [c.eId, c.text ?? '']));
  const now = new Set(after.clauses.map((c) => c.eId));
  const out: ChangedClause[] = [];
  for (const c of after.clauses) {
    if (!old.has(c.eId)) out.push({ eId: c.eId, change: 'added' });
    else if (old.get(c.eId) !== (c.text ?? '')) out.push({ eId: c.eId, change: 'changed' });
  }
  for (const c of before.clauses) if (!now.has(c.eId)) out.push({ eId: c.eId, change: 'removed' });
  return out;
}

/**
 * Clause ids that stood in an earlier revision of a version but not in the current one, each
 * with the last revision it stood in (where an old link to it is sent).
 */
export function clausesOnlyInEarlier(v: CorpusVersion): Map<string, number> {
  const now = new Set(v.clauses.map((c) => c.eId));
  const last = new Map<string, number>();
  for (const r of v.revisions ?? []) for (const c of r.clauses) if (!now.has(c.eId) && r.rev) last.set(c.eId, r.rev.n);
  return last;
}

/** Revision notes (`revisionNote`, a revision file's `note`) are written in English (docs/content.md). */
export const NOTES_LANG = 'en';
