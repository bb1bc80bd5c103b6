/**
 * Arabic search folding, word for word, used on both sides of the index: at build
 * time on the indexed text and in the browser on the query. Each word folds to
 * exactly one word, so what readers see (titles, excerpts rebuilt from the
 * original clause text) keeps its original spelling.
 *
 * - strips diacritics (harakat, shadda, sukun, superscript alef) and tatweel;
 * - unifies alef forms (أ إ آ ٱ → ا), ta marbuta (ة → ه), alef maqsura (ى → ي);
 * - Arabic-Indic and Extended digits → ASCII;
 * - drops the definite article and the particles that fuse with it
 *   (ال، وال، بال، فال، كال، لل) when a stem of two letters or more remains.
 *
 * Pagefind has no hook for analysis, so this is applied to the text it indexes.
 */
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEF = /[\u0622\u0623\u0625\u0671]/g;
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=[\u0621-\u064A]{2,})/;

export function foldArabicWord(word: string): string {
  let w = word
    .replace(DIACRITICS, '')
    .replace(ALEF, 'ا')
    .replace(/\u0629/g, 'ه')
    .replace(/\u0649/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  w = w.replace(ARTICLE, '');
  return w;
}

const ARABIC_WORD = /[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06F0-\u06F9\u064B-\u065F\u0670\u0640]+/g;

/** Folds every Arabic word of a text in place; everything else (spaces, punctuation, Latin) is kept. */
export function foldArabicText(text: string): string {
  return text.replace(ARABIC_WORD, (w) => foldArabicWord(w));
}
