import { foldArabicText, foldArabicWord } from './fold-arabic.ts';

/**
 * Search foldings: how a language's text is made comparable with what readers type
 * (Pagefind has no hook for text analysis, so the indexed text and the query are both
 * folded). The language table names a language's folding (`search.fold` in
 * src/i18n/languages.ts); the indexer and the search page look it up here. This module
 * imports nothing else, so the browser's search script stays small.
 */
export interface Folding {
  /** Folds every word of a text in place, keeping everything else. */
  text(text: string): string;
  /** Folds one word. */
  word(word: string): string;
}

export const FOLDINGS = {
  /** Diacritics, letter variants, digits and the article (src/search/fold-arabic.ts). */
  arabic: { text: foldArabicText, word: foldArabicWord },
} as const satisfies Record<string, Folding>;

export type FoldingName = keyof typeof FOLDINGS;
