/**
 * Where we are in the document's numbering while walking its blocks.
 *
 * Kept separate from the walk itself because overrides (<Clause id="…"/>)
 * must be able to put the walk anywhere: after `art_5bis` the next "1." is
 * `art_5bis__para_1`. The scope is therefore always re-derived from the
 * ancestry of the last clause id, computed or written by the author.
 */
import { latinIndex, splitEId } from './eid.ts';
import type { LabelUnit } from './parse-label.ts';

/** How a clause behaves for what follows it. */
export type Role = 'container' | 'annex' | 'art' | 'para' | 'point' | 'subpoint' | 'preamble';

export interface Scope {
  /** Current annex eId: a prefix of everything inside the annex. */
  annex: string | null;
  /** Current article (or article-like override): prefix of its paragraphs. */
  art: string | null;
  /** Current paragraph: prefix of its points. */
  para: string | null;
  /** Current first-level point: prefix of its Roman subpoints. */
  point: string | null;
  /** Position of the last letter point at the current point level (resolves "(i)" after "(h)"). */
  lastPointIndex: number | undefined;
  /** Last clause id assigned: unnumbered blocks that follow belong to it. */
  last: string | null;
}

export function emptyScope(): Scope {
  return { annex: null, art: null, para: null, point: null, lastPointIndex: undefined, last: null };
}

export const UNIT_ROLE: Readonly<Record<LabelUnit, Role>> = {
  part: 'container',
  chp: 'container',
  sec: 'container',
  annex: 'annex',
  art: 'art',
  para: 'para',
  point: 'point',
  subpoint: 'subpoint',
};

/** Role of an eId unit name; `null` for names this module does not know (from overrides). */
export function roleOfUnit(unit: string, parentUnit: string | undefined): Role | null {
  if (unit === 'preamble') return 'preamble';
  if (unit === 'point') return parentUnit === 'point' ? 'subpoint' : 'point';
  return unit in UNIT_ROLE ? UNIT_ROLE[unit as LabelUnit] : null;
}

/** Prefix helper: `art_5` + `para_2` → `art_5__para_2`. */
export function child(parent: string | null, segment: string): string {
  return parent ? `${parent}__${segment}` : segment;
}

/**
 * Moves the scope to `eId`. Ancestors are read from the id itself (unknown
 * ancestor units act like articles); the last segment acts as `role`.
 */
export function enter(scope: Scope, eId: string, role: Role): void {
  const segs = splitEId(eId);
  const next = emptyScope();
  next.lastPointIndex = scope.lastPointIndex;
  let prefix: string | null = null;
  for (const [i, seg] of segs.entries()) {
    prefix = child(prefix, `${seg.unit}_${seg.value}`);
    if (seg.unit === 'preamble') prefix = 'preamble';
    const last = i === segs.length - 1;
    const r = last ? role : (roleOfUnit(seg.unit, segs[i - 1]?.unit) ?? 'art');
    switch (r) {
      case 'annex':
        Object.assign(next, { annex: prefix, art: null, para: null, point: null });
        break;
      case 'art':
        Object.assign(next, { art: prefix, para: null, point: null });
        break;
      case 'container':
      case 'preamble':
        Object.assign(next, { art: null, para: null, point: null });
        break;
      case 'para':
        Object.assign(next, { para: prefix, point: null });
        break;
      case 'point':
        next.point = prefix;
        break;
      case 'subpoint':
        break; // the parent point stays the prefix for sibling subpoints
    }
  }
  if (role === 'point') next.lastPointIndex = latinIndex(segs[segs.length - 1]?.value ?? '') ?? undefined;
  else if (role !== 'subpoint') next.lastPointIndex = undefined;
  next.last = eId;
  Object.assign(scope, next);
}
