/** A piece of an excerpt: plain text, or a highlighted match. Rendered as text nodes only, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
};

/**
 * Splits a Pagefind excerpt ("… <mark>word</mark> …", with the page text
 * HTML-escaped) into segments. Only Pagefind's own <mark> tags are structure;
 * everything else, including text that looks like HTML, stays text.
 */
export function segmentsOf(excerpt: string): Segment[] {
  const out: Segment[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let mark = false;
  for (const part of parts) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) out.push({ text: part.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (e) => ENTITIES[e] ?? e), mark });
  }
  return out;
}

/**
 * An excerpt of a clause's text as written (for a language indexed folded, such as Arabic)
 * around the words that match the query once both are folded with `foldWord`: `words`
 * words at most, matches marked.
 */
export function excerptOfOriginal(
  original: string,
  query: string,
  foldWord: (word: string) => string,
  words = 30,
): Segment[] {
  const terms = query.split(/\s+/).filter(Boolean).map(foldWord);
  const tokens = original.split(/(\s+)/);
  const isMatch = (tok: string) => {
    const w = foldWord(tok.replace(/[^\p{L}\p{N}]/gu, ''));
    return w !== '' && terms.some((t, i) => (i === terms.length - 1 ? w.startsWith(t) : w === t));
  };
  const wordIdx = tokens.map((t, i) => (/\S/.test(t) ? i : -1)).filter((i) => i >= 0);
  const first = wordIdx.findIndex((i) => isMatch(tokens[i]!));
  const start = Math.max(0, Math.max(first, 0) - Math.floor(words / 3));
  const chosen = new Set(wordIdx.slice(start, start + words));
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  tokens.forEach((tok, i) => {
    if (/\S/.test(tok) ? !chosen.has(i) : !chosen.has(i - 1) || !chosen.has(i + 1)) return;
    const push = (text: string, mark: boolean) => {
      const last = out.at(-1);
      if (!text) return;
      if (last && !last.mark && !mark) last.text += text;
      else out.push({ text, mark });
    };
    if (!/\S/.test(tok) || !isMatch(tok)) {
      push(tok, false);
      return;
    }
    // Only the word is highlighted, not the quotation marks or punctuation around it.
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)([\p{L}\p{N}\p{M}]*)(.*)$/su.exec(tok) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  });
  if (start + words < wordIdx.length) out.push({ text: ' …', mark: false });
  return out;
}
