import type { CorpusRecord } from '../corpus/model.ts';
import { useT } from '../i18n/i18n.ts';
import { getLanguage, type LangCode } from '../i18n/languages.ts';
import { formatDateOrRange } from './dates.ts';

/**
 * A text page's meta description, in the reader's language, from the corpus: what the text is
 * and when, and — for an editorial record — that it is the archive's record, not the forum's text.
 */
export function describeRecord(rec: CorpusRecord, lang: LangCode): string {
  const t = useT(lang);
  const what = rec.type === 'document' ? t(`kind.${rec.meta.kind}`) : t('edition.title', { year: rec.edition });
  const date = formatDateOrRange(rec.meta.date, getLanguage(lang).intl);
  return t(rec.meta.text === 'editorial-record' ? 'meta.description.record' : 'meta.description.official', {
    what,
    date,
  });
}
