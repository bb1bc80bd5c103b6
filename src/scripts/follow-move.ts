/**
 * On the page left at a moved document's old URL: go to the new URL, keeping the
 * reader's #clause (renamed if the registry says the clause was renumbered).
 */
const link = document.querySelector<HTMLAnchorElement>('a.moved-target');
if (link) {
  const map = JSON.parse(link.dataset.clausesMoved ?? '{}') as Record<string, string>;
  const old = decodeURIComponent(location.hash.slice(1));
  const to = old ? map[old] ?? old : '';
  location.replace(to.includes('#') ? `/${document.documentElement.lang}/${to.replace('#', '/#')}` : `${link.pathname}${to ? `#${to}` : ''}`);
}
