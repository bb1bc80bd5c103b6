/**
 * Progressive enhancement for clause-level reading (reading needs none of it):
 * - "Copy link" and "Copy citation" buttons on every clause, with localized
 *   citations built from data attributes the page provides;
 * - the language switcher carries the current #clause fragment, so switching
 *   language keeps the reader's place.
 */
const data = document.getElementById('clause-tools-data')?.dataset;

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

async function copy(text: string, status: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = data?.labelCopied ?? 'Copied';
  } catch {
    status.textContent = data?.labelFailed ?? 'Could not copy';
  }
  setTimeout(() => (status.textContent = ''), 4000);
}

// The public origin comes from the canonical link; the path stays this page's own (a fallback
// page's canonical is the original, but a reader's link should keep their language).
const citeUrl = new URL(location.pathname, document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href).href;
const citeTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;

if (data && navigator.clipboard) {
  for (const clause of document.querySelectorAll<HTMLElement>('.text .clause[id]')) {
    // The clause's self-link: the first link of its first block (see remark-clause-ids).
    const num = clause.querySelector(':scope > a:first-child, :scope > p:first-child > a:first-child');
    if (!num) continue;
    const url = `${citeUrl}#${clause.id}`;
    const label = clause.dataset.pagefindTitle ?? clause.id;
    const tools = document.createElement('span');
    tools.className = 'clause-tools';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    const make = (text: string, value: () => string) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      // The clause label makes each button's name unique for screen-reader users.
      b.setAttribute('aria-label', `${text}: ${label}`);
      b.addEventListener('click', () => void copy(value(), status));
      return b;
    };
    tools.append(
      make(data.labelLink ?? 'Copy link', () => url),
      make(data.labelCitation ?? 'Copy citation', () => fill(data.citePattern ?? '{title} {clause} {url}', { title: citeTitle, edition: data.citeEdition ?? '', clause: label, url })),
      status,
    );
    // At the end of the clause's first block, so the buttons never sit between the number and the text.
    (num.parentElement ?? clause).append(tools);
  }
}

// Keep the clause when switching language: update the switcher's links with the current fragment.
function carryFragment() {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a, a[data-keep-fragment]')) {
    const base = a.href.split('#')[0];
    a.href = location.hash ? `${base}${location.hash}` : base!;
  }
}
carryFragment();
addEventListener('hashchange', carryFragment);

// An old fragment of a renumbered clause lands on its stub; move on to where the clause is now.
function followMovedClause() {
  const stub = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const to = stub?.dataset.movedTo;
  if (to) location.replace(to);
}
followMovedClause();
addEventListener('hashchange', followMovedClause);
