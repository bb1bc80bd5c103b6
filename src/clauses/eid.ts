/**
 * The eId grammar and the letter forms used inside eIds.
 *
 * eIds are permalinks shared by all language versions, so their letters are
 * always Latin (point_c whether the text says (c), в), ج) or （三）) and
 * subpoints always lowercase Roman (point_ii).
 */

/** `unit_value` segments joined by `__`, or the single word `preamble`. */
export const EID_PATTERN = /^(?:preamble|[a-z]+_[0-9a-z]+(?:__[a-z]+_[0-9a-z]+)*)$/;

export function isValidEId(id: string): boolean {
  return EID_PATTERN.test(id);
}

export interface EIdSegment {
  /** Unit name as it appears in the eId: art, para, point, annex, … or anything an override used. */
  unit: string;
  /** Value as it appears in the eId: "5", "5bis", "c", "ii". Empty for `preamble`. */
  value: string;
}

/** Splits a valid eId into segments; `preamble` is one segment with an empty value. */
export function splitEId(id: string): EIdSegment[] {
  return id.split('__').map((seg) => {
    const i = seg.indexOf('_');
    return i < 0 ? { unit: seg, value: '' } : { unit: seg.slice(0, i), value: seg.slice(i + 1) };
  });
}

/** n-th Latin letter sequence, spreadsheet style: 1 → a, 26 → z, 27 → aa, 28 → ab. */
export function latinLetters(n: number): string {
  let out = '';
  let rest = Math.floor(n);
  while (rest > 0) {
    const r = (rest - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** Inverse of {@link latinLetters}: "c" → 3, "aa" → 27; `null` for anything else. */
export function latinIndex(letters: string): number | null {
  if (!/^[a-z]+$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n;
}
