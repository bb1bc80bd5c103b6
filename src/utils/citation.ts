import { useT } from '../i18n/i18n.ts';
import { getLanguage, type LangCode } from '../i18n/languages.ts';

/**
 * The citation pattern of a language, with the quotation marks and the "editorial record"
 * wording filled in; {title}, {edition}, {clause} and {url} are left for the reader's clause.
 * "Copy citation" (ClauseTools.astro, src/client/clause-tools.ts) and the example on the
 * how-to-cite page both start from it, so the page shows what the button copies.
 */
export function citationPattern(lang: LangCode, isRecord: boolean, revision = 1): string {
  const language = getLanguage(lang);
  const t = useT(lang);
  // A text's first revision is cited as before; a later one names its revision right after the title.
  const rev = revision > 1 ? t('history.citeRevision', { n: revision }) : '';
  return language.citation
    .replace('{record}', isRecord ? t('citation.record') : '')
    .replace('{open}', language.quotes.open)
    .replace('{close}', language.quotes.close + rev);
}

/** Fills a citation pattern as the copy button does (src/client/clause-tools.ts). */
export function fillCitation(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
