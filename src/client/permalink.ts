/**
 * Resolves a language-neutral permalink to the reader's language, keeping the
 * #clause fragment. Prefers a language with a real version; else the original.
 * The page has already followed the registry: the clause's element says where it
 * lands now (`data-to`); an id the page does not know goes to the document as is,
 * whose page says that the clause was not found.
 */
import { pickLanguage } from '../utils/pick-language.ts';
import { fragmentId } from './fragment.ts';

const main = document.querySelector<HTMLElement>('main.permalink');
if (main) {
  const available = (main.dataset.available ?? '').split(' ').filter(Boolean);
  const lang = pickLanguage(navigator.languages, available) ?? main.dataset.original ?? 'en';
  const id = fragmentId();
  const to =
    (id && document.getElementById(id)?.closest('.permalink-clauses li')?.getAttribute('data-to')) ||
    `${main.dataset.path ?? '/'}${location.hash}`;
  location.replace(`/${lang}${to}`);
}
