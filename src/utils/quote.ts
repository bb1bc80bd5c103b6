import type { Language } from '../i18n/languages.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = '[\\s\\u00a0\\u202f]*';

/**
 * Puts a title in the language's quotation marks. Marks inside the title that would clash with
 * the outer ones become the language's inner marks: the language's own primary marks (with the
 * French spaces inside them) and straight quotes, paired in order. Other marks are left alone
 * (Chinese “…” inside 《…》 is already correct).
 *
 * `"Public Security" Concept Document` → `“‘Public Security’ Concept Document”` (en);
 * `Документ «Безопасность»` → `«Документ „Безопасность“»` (ru).
 */
export function quoteTitle(title: string, quotes: Language['quotes']): string {
  const open = quotes.open.trim();
  const close = quotes.close.trim();
  let opening = true;
  const inner = title
    .replace(new RegExp(`${esc(open)}${SPACE}`, 'g'), quotes.innerOpen)
    .replace(new RegExp(`${SPACE}${esc(close)}`, 'g'), quotes.innerClose)
    .replace(/"/g, () => {
      const mark = opening ? quotes.innerOpen : quotes.innerClose;
      opening = !opening;
      return mark;
    });
  return `${quotes.open}${inner}${quotes.close}`;
}
