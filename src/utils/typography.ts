import { getLanguage } from '../i18n/languages.ts';

const BEFORE_COLON = /[ \u00a0\u202f]+:(?=\s|$)/g;

/**
 * Sets the space before a colon as the language's typography wants it (the language table's
 * `colon`): French writes a narrow no-break space there, so the colon never starts a line
 * ("contexte changeant : construire" → "contexte changeant\u202f: construire").
 * Languages without a space before the colon are left alone.
 */
export function spaceColons(text: string, lang: string): string {
  const { colon } = getLanguage(lang);
  const space = colon.slice(0, Math.max(colon.indexOf(':'), 0));
  return space ? text.replace(BEFORE_COLON, `${space}:`) : text;
}
