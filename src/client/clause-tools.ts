/**
 * Progressive enhancement for clause-level reading (reading needs none of it):
 * - "Copy link", "Copy link for any language" and "Copy citation" buttons on every clause, with
 *   localized citations built from data attributes the page provides;
 * - the language switcher carries the current #clause fragment, so switching
 *   language keeps the reader's place (follow-move.ts resolves the fragment itself).
 */
import { carryToSwitcher } from './lang-switch.ts';

const data = document.getElementById('clause-tools-data')?.dataset;

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** "Copied" only once the clipboard took the text; otherwise the text is shown selected, to copy by hand. */
async function copy(text: string, status: HTMLElement) {
  status.replaceChildren();
  try {
    if (!navigator.clipboard) throw new Error('no clipboard here (an insecure page, or an old browser)');
    await navigator.clipboard.writeText(text);
    status.textContent = data?.labelCopied ?? 'Copied';
    setTimeout(() => (status.textContent = ''), 4000);
  } catch {
    const field = document.createElement('input');
    field.readOnly = true;
    field.value = text;
    field.setAttribute('aria-label', data?.labelManual ?? 'Copy it yourself');
    status.append(data?.labelManual ?? 'Could not copy', field);
    field.focus();
    field.select();
  }
}

// The public origin comes from the canonical link; the path stays this page's own (a fallback
// page's canonical is the original, but a reader's link should keep their language).
const origin = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
const citeUrl = new URL(location.pathname, origin).href;
const neutralUrl = data?.neutralPath ? new URL(data.neutralPath, origin).href : '';
const citeTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;

if (data) {
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
      b.setAttribute('aria-label', `${text}${data.colon ?? ': '}${label}`);
      b.addEventListener('click', () => void copy(value(), status));
      return b;
    };
    tools.append(
      make(data.labelLink ?? 'Copy link', () => url),
      ...(neutralUrl
        ? [make(data.labelNeutral ?? 'Copy link for any language', () => `${neutralUrl}#${clause.id}`)]
        : []),
      make(data.labelCitation ?? 'Copy citation', () =>
        fill(data.citePattern ?? '{title} {clause} {url}', {
          title: citeTitle,
          edition: data.citeEdition ?? '',
          clause: label,
          url,
        }),
      ),
      status,
    );
    // At the end of the clause's first block, so the buttons never sit between the number and the text.
    (num.parentElement ?? clause).append(tools);
  }
}

// Keep the clause when switching language.
carryToSwitcher((base) => `${base}${location.hash}`);
