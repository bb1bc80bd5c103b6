/** Moves the reader's preferred language (navigator.languages) to the top of the chooser; the choice stays the reader's. */
import { pickLanguage } from '../utils/pick-language.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>('.chooser a[data-lang]')];
const best = pickLanguage(
  navigator.languages,
  links.map((a) => a.dataset.lang!),
);
const item = links.find((a) => a.dataset.lang === best)?.parentElement;
if (best && item?.parentElement) {
  item.parentElement.prepend(item);
}
