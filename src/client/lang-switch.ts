/**
 * The language switcher's links are plain links to the same page in each language; where a
 * script runs, they also carry the reader's state. `carry` turns a link's base URL (no
 * query, no fragment) into the URL to use: documents add the #clause; a page with state in its query
 * (search) adds that too. Returns the update, for pages that change state without a
 * `hashchange` (history.replaceState) to call again.
 */
export function carryToSwitcher(carry: (base: string) => string): () => void {
  const update = () => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a, a[data-keep-fragment]')) {
      a.href = carry(a.href.split(/[?#]/)[0]!);
    }
  };
  update();
  addEventListener('hashchange', update);
  return update;
}
