/**
 * Word's number formats (`w:numFmt`, ECMA-376 §17.18.59): the counter of a numbered
 * paragraph as Word shows it. Only the formats a forum text plausibly uses are known;
 * any other gives `null`, and the importer reports it instead of guessing.
 */
import { latinLetters } from '../../clauses/eid.ts';
import { toChineseNumeral, toRoman } from '../../clauses/parse-number.ts';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const FULL_WIDTH = '０１２３４５６７８９';
/**
 * Abjad order, as Word's `arabicAbjad` counts. The fifth letter is written هـ, as the
 * archive's language table writes it, so that the label reads back as the fifth point.
 */
const ABJAD = 'أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ'.split(' ');
/** Alphabetical (hijāʾī) order, Word's `arabicAlpha`. */
const ALPHA = 'أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن هـ و ي'.split(' ');
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

const digitsIn = (n: number, set: string) => [...String(n)].map((d) => set.charAt(Number(d))).join('');

/** Word's letter counting repeats the letter past z: 27 → aa, 28 → bb (not spreadsheet style). */
function wordLetters(n: number): string {
  const letter = latinLetters(((n - 1) % 26) + 1);
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The counter `n` written in Word's format `fmt`; `null` for a format this importer does not know. */
export function formatCounter(n: number, fmt: string): string | null {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return wordLetters(n);
    case 'upperLetter':
      return wordLetters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'hindiNumbers': // Word's name for Arabic-Indic digits
    case 'arabicIndic':
      return digitsIn(n, ARABIC_INDIC);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return digitsIn(n, FULL_WIDTH);
    case 'arabicAbjad':
      return ABJAD[n - 1] ?? null;
    case 'arabicAlpha':
      return ALPHA[n - 1] ?? null;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return n >= 1 && n < 10000 ? toChineseNumeral(n) : null;
    case 'ideographTraditional':
      return HEAVENLY_STEMS.charAt(n - 1) || null;
    case 'none':
      return '';
    default:
      return null;
  }
}

/** `w:numFmt w:val="custom" w:format="٠٠١, ٠٠٢, …"` (Word 2010): the Arabic-Indic or decimal series it names. */
export function customFormat(format: string): string | null {
  const first = format.split(',')[0]?.trim() ?? '';
  if (/^[٠-٩]+$/.test(first)) return 'hindiNumbers';
  if (/^[0-9]+$/.test(first)) return first.length > 1 ? 'decimalZero' : 'decimal';
  return null;
}
