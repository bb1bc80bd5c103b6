/**
 * Which query words a language's texts actually contain. Pagefind answers every
 * query with something: a word it does not know is shortened until it matches
 * ("aaaaaaaa" finds "a"), a short word matches inside longer ones ("in" in
 * "independent"), and stemming joins words that only look alike (French "data"
 * and "date"). So the indexer writes each language's words (its vocabulary,
 * sorted), and the search page keeps only the query words that occur in a text
 * — as a word, or as the start of a word when they have at least three letters;
 * in a language written without spaces, anywhere inside a word. A query with no
 * such word finds nothing.
 *
 * Stemming also joins a rare word with a common one that shares its stem (French
 * "data", found in one quoted English title, and "date"), even in a quoted search.
 * So for each word found in few texts the vocabulary also lists those texts: a
 * query word whose every match is such a word is searched in those texts only.
 */

/** Letters counted for the prefix rule: a one- or two-letter fragment never matches inside a longer word. */
export const PREFIX_FROM = 3;

/** One spelling for comparison: lower case, no accents or diacritics (Pagefind folds them too). */
export const normalizeWord = (w: string, lang: string) =>
  w.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(lang);

/** One word segmenter per language: making one costs more than segmenting a page. */
const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: string) => {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
};

/**
 * The words of a text, as the search compares them (Intl.Segmenter, so Chinese is split into words too).
 * `seen`: spellings already normalized, reused (the indexer passes one per language: a text repeats
 * its words, and normalizing each occurrence was most of the vocabulary's cost).
 */
export function wordsOf(text: string, lang: string, seen?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const s of segmenter(lang).segment(text)) {
    if (!s.isWordLike) continue;
    let w = seen?.get(s.segment);
    if (w === undefined) {
      w = normalizeWord(s.segment, lang);
      seen?.set(s.segment, w);
    }
    if (w) out.push(w);
  }
  return out;
}

/** A word found in at most this many texts of a language has its texts listed. */
export const RARE = 5;

/**
 * A language's vocabulary: `words`, each once, sorted by code unit (what `occurs`
 * searches); `texts`: the language's texts (their `text` filter values,
 * src/search/tally.ts); `rare`: for each word found in at most RARE texts, those
 * texts' positions in `texts`.
 */
export interface Vocabulary {
  words: string[];
  texts: string[];
  rare: Record<string, number[]>;
}

export function vocabulary(texts: Iterable<{ text: string; id: string }>, lang: string): Vocabulary {
  const where = new Map<string, Set<number>>();
  const ids: string[] = [];
  const seen = new Map<string, string>();
  for (const { text, id } of texts) {
    const n = ids.push(id) - 1;
    for (const w of wordsOf(text, lang, seen)) {
      let at = where.get(w);
      if (!at) where.set(w, (at = new Set()));
      if (at.size <= RARE) at.add(n);
    }
  }
  const words = [...where.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rare: Record<string, number[]> = {};
  for (const w of words) if (where.get(w)!.size <= RARE) rare[w] = [...where.get(w)!];
  return { words, texts: ids, rare };
}

/** The first index whose word is ≥ `w` (binary search). */
function lowerBound(vocab: readonly string[], w: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The vocabulary's words that a (normalized) query word matches by the rule above. */
export function matches(word: string, vocab: readonly string[], unspaced = false): string[] {
  if (!word) return [];
  if (unspaced) return vocab.filter((v) => v.includes(word));
  const out: string[] = [];
  const prefix = [...word].length >= PREFIX_FROM;
  for (let i = lowerBound(vocab, word); i < vocab.length && vocab[i]!.startsWith(word); i++) {
    if (vocab[i] === word || prefix) out.push(vocab[i]!);
  }
  return out;
}

/** Whether a text's word is what a query word asks for: the word itself, or (from three letters) a word it starts. */
export const answers = (word: string, queryWord: string) =>
  word === queryWord || ([...queryWord].length >= PREFIX_FROM && word.startsWith(queryWord));

/** Whether a (normalized) word occurs in the vocabulary by the rule above. */
export const occurs = (word: string, vocab: readonly string[], unspaced = false) =>
  matches(word, vocab, unspaced).length > 0;

/**
 * What Pagefind should run in this language, or null when none of the query's
 * words occurs there. Words that occur nowhere are dropped; a word too short for
 * the prefix rule is quoted, which makes Pagefind match it as a whole word only.
 * `texts`, when known, are the only texts that contain every kept word (from the
 * rare words' lists): the search is limited to them.
 */
export function queryFor(
  query: string,
  vocab: Vocabulary,
  lang: string,
  unspaced = false,
): { term: string; words: string[]; texts?: string[] } | null {
  const kept: string[] = [];
  const words: string[] = [];
  let texts: Set<string> | undefined;
  for (const s of segmenter(lang).segment(query)) {
    if (!s.isWordLike) continue;
    const w = normalizeWord(s.segment, lang);
    const found = matches(w, vocab.words, unspaced);
    if (!found.length) continue;
    kept.push(!unspaced && [...w].length < PREFIX_FROM ? `"${s.segment}"` : s.segment);
    words.push(w);
    if (found.every((v) => vocab.rare[v])) {
      const here = new Set(found.flatMap((v) => vocab.rare[v]!.map((n) => vocab.texts[n]!)));
      texts = texts ? new Set([...texts].filter((t) => here.has(t))) : here;
    }
  }
  if (!kept.length || texts?.size === 0) return null;
  return { term: kept.join(' '), words, ...(texts && { texts: [...texts].sort() }) };
}
