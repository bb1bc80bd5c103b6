/**
 * Clause numbering → Akoma Ntoso eIds, and eIds → localized labels.
 * Pure functions only: the remark/rehype adapter that applies them lives elsewhere,
 * so a change of Markdown processor never touches the permalink logic.
 */

export type {
  AssignResult,
  BlockInput,
  ClauseError,
  ClauseInfo,
  ClauseUnit,
  ContinuedClause,
  NewClause,
} from './assign-eids.ts';
export { assignEIds } from './assign-eids.ts';
export { clauseLabel } from './clause-label.ts';
export type { EIdSegment } from './eid.ts';
export { EID_PATTERN, isValidEId, latinIndex, latinLetters, splitEId } from './eid.ts';
export type { LabelContext, LabelUnit, ParsedLabel } from './parse-label.ts';
export { parseLabel } from './parse-label.ts';
export {
  parseChineseNumeral,
  parseDecimal,
  parseNumber,
  parseRoman,
  toChineseNumeral,
  toRoman,
} from './parse-number.ts';
