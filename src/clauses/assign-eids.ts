/**
 * numbering → eId: walks one language version's blocks in order and gives
 * each block its clause id, from the numbering the author wrote.
 *
 * Pure (plain data in and out) so the heart of the permalinks is testable
 * without any Markdown machinery; the remark/rehype adapter only flattens
 * the tree into `BlockInput`s and applies the result.
 */
import type { Language } from '../i18n/languages.ts';
import { isValidEId, latinIndex, latinLetters, splitEId } from './eid.ts';
import { type LabelUnit, parseLabel } from './parse-label.ts';
import { parseDecimal, parseRoman, toRoman } from './parse-number.ts';
import { child, emptyScope, enter, type Role, roleOfUnit, type Scope, UNIT_ROLE } from './scope.ts';

export interface BlockInput {
  type: 'heading' | 'paragraph' | 'item';
  /** Heading level 1–6; list nesting level for items (1 = top list); 0 for plain paragraphs. */
  depth: number;
  /** The block's plain text. */
  text: string;
  /** Ordered-list items: the marker as the author wrote it ("3."). */
  marker?: string;
  /** Explicit eId from <Clause id="…"/>. */
  override?: string;
  line?: number;
}

export type ClauseUnit = LabelUnit | 'preamble' | 'other';

/** The block starts a clause. */
export interface NewClause {
  kind: 'clause';
  eId: string;
  unit: ClauseUnit;
  /** Language-neutral number (point position, subpoint value); null for preamble or irregular override values (5bis). */
  n: number | null;
  /** Display label as written ("3.", "(c)", "第五条", "Article 5"); '' when nothing is written. */
  num: string;
  /** Where `num` sits in `text` (for the self-link); length 0 when it is not in the text (list marker, override). */
  labelStart: number;
  labelLength: number;
  /** True when the id comes from <Clause id="…"/>. */
  override: boolean;
}

/** The block is unnumbered text that belongs to an earlier clause (`eId: null` also discriminates). */
export interface ContinuedClause {
  kind: 'continues';
  eId: null;
  belongsTo: string;
}

/** Per block: a new clause, a continuation, or `null` (a heading without number). */
export type ClauseInfo = NewClause | ContinuedClause;

export interface ClauseError {
  line?: number;
  /** For duplicates: where the id was first used. */
  firstLine?: number;
  eId: string;
  message: string;
}

export interface AssignResult {
  clauses: Array<ClauseInfo | null>;
  errors: ClauseError[];
}

interface Label {
  unit: LabelUnit;
  n: number;
  num: string;
  start: number;
  length: number;
}

const BODY_UNITS: ReadonlySet<LabelUnit> = new Set(['para', 'point', 'subpoint']);
const ITEM_DEPTH_UNIT: Readonly<Record<number, LabelUnit>> = { 1: 'para', 2: 'point', 3: 'subpoint' };

/**
 * The label a block carries. Headings take any unit ("1." and "一、" in a
 * heading number a section); paragraphs and items only para/point/subpoint,
 * so prose like "Article 5 of the Charter…" does not start a clause.
 * Ordered items without a label in their text use their marker.
 */
function labelOf(block: BlockInput, lang: Language, scope: Scope): Label | null {
  const parsed = parseLabel(block.text, lang, { lastPointIndex: scope.lastPointIndex });
  if (parsed && (block.type === 'heading' || BODY_UNITS.has(parsed.unit))) {
    const unit = block.type === 'heading' && parsed.unit === 'para' ? 'sec' : parsed.unit;
    return { unit, n: parsed.n, num: parsed.written, start: parsed.start, length: parsed.end - parsed.start };
  }
  if (block.type !== 'item' || block.marker === undefined) return null;
  const digits = /^\s*([0-9\u0660-\u0669\u06F0-\u06F9]+)[.)]\s*$/.exec(block.marker)?.[1];
  const n = digits === undefined ? null : parseDecimal(digits);
  const unit = ITEM_DEPTH_UNIT[block.depth];
  if (n === null || n < 1 || unit === undefined) return null;
  return { unit, n, num: block.marker.trim(), start: 0, length: 0 };
}

function computeId(label: Label, s: Scope): string {
  switch (label.unit) {
    case 'annex':
      return `annex_${label.n}`;
    case 'part':
    case 'chp':
    case 'sec':
    case 'art':
      return child(s.annex, `${label.unit}_${label.n}`);
    case 'para':
      return child(s.art ?? s.annex, `para_${label.n}`);
    case 'point':
      return child(s.para ?? s.art ?? s.annex, `point_${latinLetters(label.n)}`);
    case 'subpoint':
      return child(s.point ?? s.para ?? s.art ?? s.annex, `point_${toRoman(label.n)}`);
  }
}

/** Unit, number and role of an override id, read from its last segment. */
function describeOverride(
  eId: string,
  label: Label | null,
  block: BlockInput,
): { unit: ClauseUnit; n: number | null; role: Role } {
  const segs = splitEId(eId);
  const last = segs[segs.length - 1] ?? { unit: '', value: '' };
  const known = roleOfUnit(last.unit, segs[segs.length - 2]?.unit);
  const role = known ?? (label ? UNIT_ROLE[label.unit] : block.type === 'heading' ? 'art' : 'para');
  if (known === null) return { unit: 'other', n: null, role };
  if (role === 'preamble') return { unit: 'preamble', n: null, role };
  const unit: LabelUnit = role === 'subpoint' ? 'subpoint' : (last.unit as LabelUnit);
  const n =
    role === 'point' ? latinIndex(last.value) : role === 'subpoint' ? parseRoman(last.value) : parseDecimal(last.value);
  return { unit, n, role };
}

function duplicateMessage(eId: string, line: number | undefined, firstLine: number | undefined): string {
  const where = (l: number | undefined) => (l === undefined ? 'an earlier block' : `line ${l}`);
  return (
    `Clause id "${eId}" is used twice in this version (${where(line)}; first at ${where(firstLine)}). ` +
    `Renumber one of them, or give one an explicit id with <Clause id="…" /> written the same in every language.`
  );
}

/** Assigns clause ids to one language version's blocks, in document order. */
export function assignEIds(blocks: readonly BlockInput[], lang: Language): AssignResult {
  const scope = emptyScope();
  const clauses: Array<ClauseInfo | null> = [];
  const errors: ClauseError[] = [];
  const seen = new Map<string, { line: number | undefined }>();

  for (const block of blocks) {
    const label = labelOf(block, lang, scope);
    let clause: NewClause | null = null;
    let role: Role = 'preamble';
    if (label) {
      clause = {
        kind: 'clause',
        eId: computeId(label, scope),
        unit: label.unit,
        n: label.n,
        num: label.num,
        labelStart: label.start,
        labelLength: label.length,
        override: false,
      };
      role = UNIT_ROLE[label.unit];
    }
    if (block.override !== undefined) {
      const id = block.override.trim();
      if (isValidEId(id)) {
        const o = describeOverride(id, label, block);
        clause = {
          kind: 'clause',
          eId: id,
          unit: o.unit,
          n: o.n,
          num: label?.num ?? '',
          labelStart: label?.start ?? 0,
          labelLength: label?.length ?? 0,
          override: true,
        };
        role = o.role;
      } else {
        errors.push({
          ...(block.line === undefined ? {} : { line: block.line }),
          eId: block.override,
          message: `Invalid clause id "${block.override}" in <Clause id="…" />: write lowercase unit_number segments joined by "__" (e.g. "art_5bis", "art_5__para_2") or "preamble".`,
        });
      }
    }
    if (!clause) {
      if (block.type === 'heading') clauses.push(null);
      else if (scope.last !== null) clauses.push({ kind: 'continues', eId: null, belongsTo: scope.last });
      else
        clause = {
          kind: 'clause',
          eId: 'preamble',
          unit: 'preamble',
          n: null,
          num: '',
          labelStart: 0,
          labelLength: 0,
          override: false,
        };
      if (!clause) continue;
    }

    const first = seen.get(clause.eId);
    if (first) {
      errors.push({
        ...(block.line === undefined ? {} : { line: block.line }),
        ...(first.line === undefined ? {} : { firstLine: first.line }),
        eId: clause.eId,
        message: duplicateMessage(clause.eId, block.line, first.line),
      });
    } else seen.set(clause.eId, { line: block.line });
    enter(scope, clause.eId, role);
    clauses.push(clause);
  }
  return { clauses, errors };
}
