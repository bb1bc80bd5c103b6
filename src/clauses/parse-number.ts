/**
 * Number tokens as authors write them, in any of the archive's scripts.
 *
 * Clause ids must be identical in every language version, so "5", "٥", "۵",
 * "五" and "V" all have to come out as the same integer. Everything here is
 * pure and total: a token that is not exactly one well-formed number gives
 * `null`, never a guess, because a wrong guess silently changes a permalink.
 */

/** ASCII, Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const DECIMAL = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may appear in a Chinese numeral (used by the label scanner too). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千';

/** Canonical Roman numerals only (no "IIII", "VX"), so random words are not numbers. */
const ROMAN = /^(?=[mdclxvi])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Decimal digits in any of the three digit sets (they may even be mixed). */
export function parseDecimal(token: string): number | null {
  if (!DECIMAL.test(token)) return null;
  let n = 0;
  for (const ch of token) {
    const code = ch.charCodeAt(0);
    const d = code >= 0x06f0 ? code - 0x06f0 : code >= 0x0660 ? code - 0x0660 : code - 0x30;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Chinese numerals: 五, 十二, 二十一, 一百零三, 一百一十, and positional
 * digit strings written with 〇 such as 一〇三. Units must decrease (十百 is rejected).
 */
export function parseChineseNumeral(token: string): number | null {
  if (token === '〇' || token === '零') return 0;
  const chars = [...token];
  if (chars.length === 0) return null;
  if (chars.some((c) => !(c in CHINESE_DIGITS) && !(c in CHINESE_UNITS))) return null;

  // Positional form (一〇三, 二〇二三): digits only, recognised by its 〇 and a non-zero lead.
  // Without 〇, digit runs are not numbers (三五 means "three or five").
  if (chars.length > 1 && chars.every((c) => c in CHINESE_DIGITS)) {
    if (!token.includes('〇') || CHINESE_DIGITS[chars[0] ?? ''] === 0) return null;
    return chars.reduce((n, c) => n * 10 + (CHINESE_DIGITS[c] ?? 0), 0);
  }

  let total = 0;
  let pending: number | null = null; // digit waiting for its unit
  let lastUnit = Infinity;
  let sawZero = false;
  for (const c of chars) {
    const digit = CHINESE_DIGITS[c];
    if (digit !== undefined) {
      if (digit === 0) {
        if (pending !== null || total === 0) return null; // 零 only separates (一百零三)
        sawZero = true;
        continue;
      }
      if (pending !== null) return null; // two digits in a row (三五)
      pending = digit;
      continue;
    }
    const unit = CHINESE_UNITS[c] ?? 0;
    if (unit >= lastUnit) return null;
    total += (pending ?? 1) * unit; // bare 十 means 一十
    pending = null;
    lastUnit = unit;
    sawZero = false;
  }
  if (pending !== null) total += pending;
  else if (sawZero) return null; // trailing 零
  return total;
}

/** Canonical Roman numerals, either case (I, IV, xii). */
export function parseRoman(token: string): number | null {
  if (!ROMAN.test(token)) return null;
  const lower = token.toLowerCase();
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[lower.charAt(i + 1)] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * Any number token as written: decimal digits (three digit sets), Chinese
 * numerals or Roman numerals. Returns `null` unless the whole token is one.
 */
export function parseNumber(token: string): number | null {
  return parseDecimal(token) ?? parseChineseNumeral(token) ?? parseRoman(token);
}

/** Lowercase Roman numeral for n ≥ 1: the form subpoint eIds use (point_ii). */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = Math.floor(n);
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** Chinese numeral for 1 ≤ n < 10000, in the usual written form (十一, 一百零三). */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n === 0) return '零';
  const parts: string[] = [];
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let rest = Math.floor(n);
  let needZero = false;
  for (const [value, unit] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (parts.length > 0) needZero = true;
      continue;
    }
    if (needZero) parts.push('零');
    needZero = false;
    // 十二, not 一十二, when ten is the leading unit.
    parts.push((d === 1 && value === 10 && parts.length === 0 ? '' : digits.charAt(d)) + unit);
  }
  return parts.join('');
}
