/**
 * Recognises the numbering label at the start of a block's text, as the
 * author wrote it in one language ("Article 5", "第五条", "المادة ٥", "1.",
 * "(c)", "в)", "(أ)", "（三）", "(ii)").
 *
 * The result is language-neutral (unit + integer) so that every version of a
 * document yields the same clause ids; the written form is kept for display.
 * Labels are deliberately strict: a label must be followed by whitespace or
 * the end of the text (CJK labels ending in 条/、/） need no space, as Chinese
 * text has none), so prose such as "I think" or "1.5 million" is not a label.
 */
import type { Language } from '../i18n/languages.ts';
import { latinIndex } from './eid.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, parseDecimal, parseNumber } from './parse-number.ts';

export type LabelUnit = 'part' | 'chp' | 'sec' | 'art' | 'annex' | 'para' | 'point' | 'subpoint';

export interface ParsedLabel {
  unit: LabelUnit;
  /** Language-neutral number: article/paragraph number, point position (1 = first letter), subpoint Roman value. */
  n: number;
  /** The label exactly as written ("第五条", "(c)", "Article 5"). */
  written: string;
  /** Text after the label, trimmed. */
  rest: string;
  /** Offsets of `written` in the input text, so an adapter can turn exactly those characters into a self-link. */
  start: number;
  end: number;
}

export interface LabelContext {
  /**
   * Position (1-based) of the last point letter seen at the current point
   * level. Resolves "(i)": after "(h)" (8) it is the letter point 9, otherwise
   * the Roman subpoint 1. Same for (v) after (u) and (x) after (w).
   */
  lastPointIndex?: number | undefined;
}

type WordKind = 'article' | 'section' | 'chapter' | 'part' | 'annex';
const WORD_UNITS: ReadonlyArray<readonly [WordKind, LabelUnit]> = [
  ['article', 'art'],
  ['section', 'sec'],
  ['chapter', 'chp'],
  ['part', 'part'],
  ['annex', 'annex'],
];

const DIGITS = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+';
const HAN_NUM = `[${CHINESE_NUMERAL_CHARS}]+`;
/** Numbers after a unit word: digits, Chinese numerals, Roman (single-letter only I/V/X, so "Annex C" is not 100). */
const WORD_NUMBER = new RegExp(
  `^(?:(${DIGITS})(?:er|re|º|ª|°)?|(${HAN_NUM})|([ivx]|[ivxlcdm]{2,})(?![\\p{L}\\p{N}]))`,
  'iu',
);
const PARA_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(${DIGITS})[.)](?=\\s|$)`), // 1.  1)  ١.
  new RegExp(`^[(（](${DIGITS})[)）]`), // (1)  （1）
  new RegExp(`^(${DIGITS}|${HAN_NUM})、`), // 1、  一、
  new RegExp(`^(${DIGITS})[ \\t]*[-–](?=\\s|$)`), // ١-  1 -
];
const SEC_ROMAN = /^([IVX]|[IVXLCDM]{2,})\.(?=\s|$)/;
const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
/** Latin letters are accepted as points in zh/ar texts (UN Chinese texts write (a)), never where they could be homoglyphs (ru а/a). */
const LOOKALIKE_SCRIPTS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Builds the result once the label's core [start, end) is known; checks what follows it. */
function finish(
  text: string,
  start: number,
  end: number,
  unit: LabelUnit,
  n: number,
  loose: boolean,
): ParsedLabel | null {
  let stop = end;
  // Headings often write "Article 5." or "第五条：" — the punctuation belongs to the label.
  const next = text.charAt(stop);
  if (loose && (next === '：' || (/[.:]/.test(next) && /^(?:\s|$)/.test(text.slice(stop + 1))))) stop += 1;
  const written = text.slice(start, stop);
  const after = text.slice(stop);
  const bounded =
    after === '' || /^\s/.test(after) || CJK_END.test(written) || (loose && /^[,;،，。:：\-–—]/.test(after));
  if (!bounded) return null;
  return { unit, n, written, rest: after.trim(), start, end: stop };
}

function parseWrapped(text: string, start: number, lang: Language): ParsedLabel | null {
  const wrapped = lang.numbering.wrapped ?? {};
  for (const [kind, unit] of WORD_UNITS) {
    for (const [prefix, suffix] of wrapped[kind] ?? []) {
      if (!text.startsWith(prefix, start)) continue;
      const m = new RegExp(`^\\s*(${DIGITS}|${HAN_NUM})\\s*`).exec(text.slice(start + prefix.length));
      if (!m || m[1] === undefined) continue;
      const n = parseDecimal(m[1]) ?? parseChineseNumeral(m[1]);
      // Without a suffix (附件一) the number itself ends the label: keep no trailing space.
      const end = start + prefix.length + (suffix ? m[0].length : m[0].trimEnd().length);
      if (n === null || !text.startsWith(suffix, end)) continue;
      const hit = finish(text, start, end + suffix.length, unit, n, true);
      if (hit) return hit;
    }
  }
  return null;
}

function parseWord(text: string, start: number, lang: Language): ParsedLabel | null {
  for (const [kind, unit] of WORD_UNITS) {
    for (const word of lang.numbering[kind]) {
      if (text.slice(start, start + word.length).toLowerCase() !== word.toLowerCase()) continue;
      const gap = /^\s*/.exec(text.slice(start + word.length))?.[0] ?? '';
      // "Art.5" and "附件1" need no space; "Article5" or "Articles 5" are not labels.
      if (gap === '' && !/[.]$/.test(word) && !CJK_END.test(word)) continue;
      const from = start + word.length + gap.length;
      const m = WORD_NUMBER.exec(text.slice(from));
      if (!m) continue;
      const n = parseNumber(m[1] ?? m[2] ?? m[3] ?? '');
      if (n === null) continue;
      const hit = finish(text, start, from + m[0].length, unit, n, true);
      if (hit) return hit;
    }
  }
  return null;
}

/** "(c)", "c)", "（三）", "(ii)": letter point, Chinese-numeral point, or Roman subpoint. */
function parsePoint(text: string, start: number, lang: Language, ctx: LabelContext): ParsedLabel | null {
  const open = text[start] === '(' || text[start] === '（';
  const from = start + (open ? 1 : 0);
  const close = text.slice(from, from + 8).search(/[)）]/);
  if (close < 1) return null;
  const token = text.slice(from, from + close);
  const end = from + close + 1;
  let unit: LabelUnit = 'point';
  let n: number | null = null;

  const letterIndex = lang.pointLetters.indexOf(token) + 1 || null;
  const latin = lang.pointLetters.some((l) => LOOKALIKE_SCRIPTS.test(l)) ? null : latinIndex(token);
  const ownLetter = letterIndex ?? (token.length === 1 ? latin : null);

  if (open && new RegExp(`^${HAN_NUM}$`).test(token)) {
    n = parseChineseNumeral(token); // （三） = third point
  } else if (/^[ivx]+$/.test(token) && parseNumber(token) !== null) {
    const followsPrevious =
      ownLetter !== null && ctx.lastPointIndex !== undefined && ownLetter === ctx.lastPointIndex + 1;
    if (token.length === 1 && followsPrevious) n = ownLetter;
    else {
      unit = 'subpoint';
      n = parseNumber(token);
    }
  } else {
    n = ownLetter;
  }
  return n === null || n < 1 ? null : finish(text, start, end, unit, n, false);
}

/**
 * Recognises a numbering label at the start of `text` (leading whitespace is
 * skipped). Returns `null` when the text does not start with a label.
 *
 * Word units (Article, Статья, المادة, 第…条, Annex, "II.") are returned
 * whatever the block; callers decide which units count in which blocks.
 */
export function parseLabel(text: string, lang: Language, ctx: LabelContext = {}): ParsedLabel | null {
  const start = text.length - text.trimStart().length;
  const head = text.slice(start);
  if (head === '') return null;

  const unitLabel = parseWrapped(text, start, lang) ?? parseWord(text, start, lang);
  if (unitLabel) return unitLabel;

  const sec = SEC_ROMAN.exec(head);
  const secN = sec?.[1] === undefined ? null : parseNumber(sec[1]);
  if (sec && secN !== null) return finish(text, start, start + sec[0].length, 'sec', secN, false);

  for (const re of PARA_PATTERNS) {
    const m = re.exec(head);
    const n = m?.[1] === undefined ? null : (parseDecimal(m[1]) ?? parseChineseNumeral(m[1]));
    if (m && n !== null) {
      const hit = finish(text, start, start + m[0].length, 'para', n, false);
      if (hit) return hit;
    }
  }
  return parsePoint(text, start, lang, ctx);
}
