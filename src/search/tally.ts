/**
 * Counting what the result list shows: texts, not language versions. Pagefind
 * counts pages, and each language version is a page of its own (in every
 * language's index). So every page also carries a `text` filter naming its text
 * (edition, kind and language-neutral key); Pagefind's counts per `text` value
 * say which texts a query found in a language, without downloading a single
 * result. A text found in three languages is one text, shown once.
 */
export interface TextRef {
  key: string;
  edition: string;
  kind: string;
}

/** The `text` filter's value for a page: all a count needs, in one string (keys hold no spaces). */
export const textFilterValue = (t: TextRef) => `${t.edition} ${t.kind} ${t.key}`;

export function parseTextFilterValue(v: string): TextRef {
  const [edition = '', kind = '', key = ''] = v.split(' ');
  return { key, edition, kind };
}

/** Per language, Pagefind's page count for each `text` value. */
export type TextCounts = Record<string, number>;

/** The texts found in any of the languages, each once. */
export function textsFound(perLanguage: readonly TextCounts[]): TextRef[] {
  const seen = new Map<string, TextRef>();
  for (const counts of perLanguage) {
    for (const [v, n] of Object.entries(counts)) if (n > 0 && !seen.has(v)) seen.set(v, parseTextFilterValue(v));
  }
  return [...seen.values()];
}

/** Facet counts: for each edition and each kind, how many of these texts it has. */
export function facetCounts(texts: readonly TextRef[]): {
  edition: Record<string, number>;
  kind: Record<string, number>;
} {
  const edition: Record<string, number> = {};
  const kind: Record<string, number> = {};
  for (const t of texts) {
    edition[t.edition] = (edition[t.edition] ?? 0) + 1;
    kind[t.kind] = (kind[t.kind] ?? 0) + 1;
  }
  return { edition, kind };
}
