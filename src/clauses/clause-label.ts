/**
 * eId → the localized human label of a clause ("Article 5 (2)(c)",
 * "第5条 (2)（三）", "Статья 5 (2)(в)"), used as `data-pagefind-title` and in
 * citations. Built only from the id and the language table, so a clause is
 * labelled the same way whichever version of the document it comes from.
 *
 * Conventions: the first unit is spelled out with its word; a paragraph
 * directly inside an article, and points inside it, are compact "(2)(c)";
 * anything else after another unit is spelled out after a localized
 * separator ("Annex 1, Paragraph 3"). Numbers stay as in the id (ASCII
 * digits, "5bis"); point letters are shown in the language's own letters.
 */
import type { Language } from '../i18n/languages.ts';
import { latinIndex, splitEId } from './eid.ts';
import { parseChineseNumeral, toChineseNumeral } from './parse-number.ts';

type WordUnit = 'article' | 'section' | 'chapter' | 'part' | 'annex' | 'paragraph';
const WORD_OF: Readonly<Record<string, WordUnit>> = {
  art: 'article',
  sec: 'section',
  chp: 'chapter',
  part: 'part',
  annex: 'annex',
  para: 'paragraph',
};
const HAN = /\p{Script=Han}/u;

function fill(pattern: string, n: string, x = ''): string {
  return pattern.replaceAll('{n}', n).replaceAll('{x}', x);
}

/** The separator the language puts between parts of a reference, taken from its citation pattern. */
function separatorOf(lang: Language): string {
  return /\{close\}([^{]*)\{edition\}/.exec(lang.citation)?.[1] || ', ';
}

/** Point letter as the language writes it: n-th of `pointLetters`, or the Chinese numeral past its end. */
function pointLetter(value: string, lang: Language): string {
  const n = latinIndex(value);
  if (n === null) return value;
  const own = lang.pointLetters[n - 1];
  if (own !== undefined) return own;
  const chineseSequence =
    lang.pointLetters.length > 0 && lang.pointLetters.every((l, i) => parseChineseNumeral(l) === i + 1);
  return chineseSequence ? toChineseNumeral(n) : value;
}

function parens(x: string): string {
  return HAN.test(x) ? `（${x}）` : `(${x})`;
}

/** Localized label for an eId; unknown unit names degrade to "unit value". */
export function clauseLabel(eId: string, lang: Language): string {
  const words = lang.clauseWords;
  const sep = separatorOf(lang);
  let out = '';
  /** Unit of the previous segment, and whether it was rendered compactly as "(…)". */
  let prev: string | null = null;
  let compact = false;

  const spell = (text: string): void => {
    out = out === '' ? text : `${out}${sep}${text}`;
    compact = false;
  };
  const append = (x: string): void => {
    // Full-width brackets carry their own spacing: 第7段（二）, but Paragraph 7 (b).
    out = compact || x.startsWith('（') ? `${out}${x}` : `${out} ${x}`;
    compact = true;
  };

  for (const seg of splitEId(eId)) {
    const word = WORD_OF[seg.unit];
    if (seg.unit === 'preamble') spell(words.preamble);
    else if (seg.unit === 'para' && prev === 'art') append(`(${seg.value})`);
    else if (seg.unit === 'point' && prev === 'point')
      append(`(${seg.value})`); // Roman subpoint
    else if (seg.unit === 'point') {
      const x = pointLetter(seg.value, lang);
      if (prev === 'art' || prev === 'para') append(parens(x));
      else spell(fill(words.point, '', x));
    } else if (word !== undefined) spell(fill(words[word], seg.value));
    else spell(`${seg.unit} ${seg.value}`);
    prev = seg.unit;
  }
  return out;
}
