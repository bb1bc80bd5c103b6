import { diffArrays, diffWords } from 'diff';

/**
 * The clause-by-clause comparison of two versions of a text, computed at build time: pure,
 * plain data in and out, so revision comparisons and lineage comparisons share it.
 *
 * Clauses are aligned by clause id (eId), or through `mapping` (old eId → new eId) where a later
 * text renumbered them. Word-level changes come from jsdiff's `diffWords` with an
 * `Intl.Segmenter` for the text's language, so Chinese (no spaces between words) is split into
 * words too.
 */
export interface CompareClause {
  eId: string;
  /** The clause's label as the reader sees it ("Article 5 (2)", "3."). */
  label: string;
  /** Plain text of the clause itself (without the clauses nested in it). */
  text: string;
}

/** One run of words: kept, inserted into the later text, or deleted from the earlier one. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type ClauseChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';

export interface ClauseChange {
  kind: ClauseChangeKind;
  /** The clause id in the later text (the earlier text's id for a removed clause). */
  eId: string;
  before?: CompareClause;
  after?: CompareClause;
  /** Word-level operations, for clauses present in both texts (all `equal` when the text is the same). */
  ops?: WordOp[];
}

export interface DiffOptions {
  /** Earlier eId → later eId, for clauses that were renumbered between the two texts. */
  mapping?: Record<string, string>;
}

/** Word-level operations between two texts in `lang`. */
export function diffText(before: string, after: string, lang: string): WordOp[] {
  const intlSegmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const ops: WordOp[] = diffWords(before, after, { intlSegmenter }).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  return spaceBeforeChange(ops);
}

/**
 * jsdiff leaves the space before words added at the end of a sentence in the kept text
 * ("cooperation ", [+"every year"], "."), so the earlier text alone would read "cooperation .".
 * Where the change is followed by no space, the space moves into the change.
 */
function spaceBeforeChange(ops: WordOp[]): WordOp[] {
  for (let i = 1; i < ops.length; i++) {
    const prev = ops[i - 1]!;
    if (prev.op !== 'equal' || ops[i]!.op === 'equal') continue;
    let end = i;
    while (end < ops.length && ops[end]!.op !== 'equal') end++;
    const group = ops.slice(i, end);
    const next = ops[end];
    const space = /\s+$/.exec(prev.text)?.[0];
    if (!space || (next && /^\s/.test(next.text)) || group.some((o) => /\s$/.test(o.text))) continue;
    prev.text = prev.text.slice(0, -space.length);
    for (const o of group) o.text = space + o.text;
  }
  return ops.filter((o) => o.text !== '');
}

/**
 * Compares the earlier clause list `a` with the later `b` (both in reading order). The result
 * follows `b`'s order; a removed clause stands after the clause that preceded it in `a`.
 * A clause in both texts whose position relative to the others changed is `moved` (its `ops`
 * still say whether its words changed).
 */
export function diffClauses(
  a: CompareClause[],
  b: CompareClause[],
  lang: string,
  options: DiffOptions = {},
): ClauseChange[] {
  const idOf = (c: CompareClause) => options.mapping?.[c.eId] ?? c.eId;
  const before = new Map(a.map((c) => [idOf(c), c]));
  const afterIds = new Set(b.map((c) => c.eId));
  // Clauses in both texts keep their relative order unless moved: the longest common
  // subsequence of the shared ids (jsdiff's array diff) stays; what falls outside it moved.
  const shared = (list: CompareClause[], id: (c: CompareClause) => string) =>
    list.map(id).filter((x) => before.has(x) && afterIds.has(x));
  const moved = new Set<string>();
  for (const part of diffArrays(
    shared(a, idOf),
    shared(b, (c) => c.eId),
  ))
    if (part.added || part.removed) for (const id of part.value) moved.add(id);

  const out: ClauseChange[] = [];
  const placed = new Map<string, number>();
  for (const c of b) {
    const old = before.get(c.eId);
    if (!old) {
      out.push({ kind: 'added', eId: c.eId, after: c });
    } else {
      const ops = diffText(old.text, c.text, lang);
      const same = ops.every((o) => o.op === 'equal');
      const kind = moved.has(c.eId) ? 'moved' : same ? 'unchanged' : 'changed';
      out.push({ kind, eId: c.eId, before: old, after: c, ops });
    }
    placed.set(c.eId, out.length - 1);
  }
  // Removed clauses: after the nearest earlier clause of `a` that is still placed.
  let anchor = -1;
  const inserts: { at: number; change: ClauseChange }[] = [];
  for (const c of a) {
    const id = idOf(c);
    if (afterIds.has(id)) anchor = placed.get(id) ?? anchor;
    else inserts.push({ at: anchor, change: { kind: 'removed', eId: c.eId, before: c } });
  }
  // Insert from the back so earlier positions stay valid; equal anchors keep `a`'s order
  // (a moved clause can make anchors go backwards, hence the stable sort).
  inserts.sort((x, y) => x.at - y.at);
  for (let i = inserts.length - 1; i >= 0; i--) {
    const { at, change } = inserts[i]!;
    out.splice(at + 1, 0, change);
  }
  return out;
}

/** How many clauses of each kind a comparison holds (for its summary line). */
export function countChanges(changes: ClauseChange[]): Record<ClauseChangeKind, number> {
  const n: Record<ClauseChangeKind, number> = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  for (const c of changes) n[c.kind]++;
  return n;
}
