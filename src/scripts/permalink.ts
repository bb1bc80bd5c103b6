/**
 * Resolves a language-neutral permalink to the reader's language, keeping the
 * #clause fragment. Prefers a language with a real version; else the original.
 */
import { pickLanguage } from '../utils/pick-language.ts';

const main = document.querySelector<HTMLElement>('main.permalink');
if (main) {
  const available = (main.dataset.available ?? '').split(' ').filter(Boolean);
  const lang = pickLanguage(navigator.languages, available) ?? main.dataset.original ?? 'en';
  location.replace(`/${lang}${main.dataset.path ?? '/'}${location.hash}`);
}
