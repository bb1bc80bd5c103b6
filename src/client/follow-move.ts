/**
 * The browser's one resolver for a page's #fragment (no fragment, no script: nothing to do).
 * - At a moved document's old URL: go to the new URL, keeping the clause (renamed if the
 *   registry says it was renumbered).
 * - On a text, a renumbered clause's old id lands on its stub: move on to where the clause is now.
 * - A withdrawn clause's old id lands on its stub, which says so: stay.
 * - A clause that stands only in an earlier revision lands on its stub (RevisionStubs.astro),
 *   which links to the last revision that has it: stay.
 * - An id the page does not have: say, in the page's language, that the paragraph was not found,
 *   and list the text's clauses.
 */
import { fragmentId as decoded } from './fragment.ts';

function followMovedDocument(link: HTMLAnchorElement) {
  const map = JSON.parse(link.dataset.clausesMoved ?? '{}') as Record<string, string>;
  const old = decoded();
  const to = old ? (map[old] ?? old) : '';
  location.replace(
    to.includes('#')
      ? `/${document.documentElement.lang}/${to.replace('#', '/#')}`
      : `${link.pathname}${to ? `#${to}` : ''}`,
  );
}

function notFound(id: string) {
  document.querySelector('.fragment-notice')?.remove();
  const text = document.querySelector('.text');
  const strings = document.getElementById('clause-tools-data')?.dataset;
  if (!text || !strings?.labelNotFound) return;
  const notice = document.createElement('div');
  notice.className = 'notice warn fragment-notice';
  notice.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = strings.labelNotFound.replace('{{id}}', id);
  const list = document.createElement('ul');
  for (const clause of text.querySelectorAll<HTMLElement>('.clause[id]')) {
    const a = document.createElement('a');
    a.href = `#${clause.id}`;
    a.textContent = clause.dataset.pagefindTitle ?? clause.id;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  notice.append(p, list);
  // Right under the title, where the reader's eye already is (the page stays at its top).
  const header = text.closest('article')?.querySelector(':scope > header');
  if (header) header.after(notice);
  else text.before(notice);
}

function resolve() {
  const moved = document.querySelector<HTMLAnchorElement>('a.moved-target');
  if (moved) return followMovedDocument(moved);
  const id = decoded();
  if (!id) return document.querySelector('.fragment-notice')?.remove();
  const el = document.getElementById(id);
  if (el?.dataset.movedTo) return location.replace(el.dataset.movedTo);
  if (el) return document.querySelector('.fragment-notice')?.remove();
  notFound(id);
}
resolve();
addEventListener('hashchange', resolve);
