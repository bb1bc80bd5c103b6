/** The link a clause of an earlier revision gets to the same clause in the latest one. */
export interface LatestLink {
  href: string;
  text: string;
  /** The link's accessible name, naming the clause (every clause has a link with the same text). */
  label: string;
}

/**
 * Adds, after the number of every clause of an earlier revision's rendered text that still exists
 * in the latest revision, a link to it there. The HTML is the corpus renderer's own
 * (remark-clause-ids writes `<li id="para_3" class="clause" …><p><a href="#para_3" …>3.</a>` and
 * `<h2 id="art_5" class="clause" …><a href="#art_5" …>Article 5</a>`), so a clause is found by its
 * opening tag and its self-link, which stays the clause's first link (the clause tools look for it).
 *
 * ```html
 * <li id="para_2" class="clause" data-pagefind-title="Paragraph 2"><p><a href="#para_2" …>2.</a> …
 * ```
 * becomes
 * ```html
 * <li id="para_2" class="clause" data-pagefind-title="Paragraph 2"><p><a href="#para_2" …>2.</a> <a class="in-latest" href="/en/2023/x/#para_2" aria-label="Paragraph 2 in the latest revision">In the latest revision</a> …
 * ```
 */
export function addLatestLinks(html: string, linkFor: (eId: string) => LatestLink | undefined): string {
  const clause = /<[a-z0-9]+ id="([^"]+)" class="clause"[^>]*>\s*(?:<p>)?<a href="#\1"[^>]*>[^<]*<\/a>/g;
  return html.replace(clause, (start, eId: string) => {
    const link = linkFor(eId);
    if (!link) return start;
    return `${start} <a class="in-latest" href="${escapeHtml(link.href)}" aria-label="${escapeHtml(link.label)}">${escapeHtml(link.text)}</a>`;
  });
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
