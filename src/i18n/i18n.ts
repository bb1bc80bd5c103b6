import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { LANG_CODES, type LangCode } from './languages.ts';

/**
 * UI strings: i18next, initialised synchronously at build time from
 * `locales/<lang>.json` (flat dotted keys; en.json is the source of truth).
 * Read with fs rather than imports so the same module works in pages, in the
 * remark plugins (loaded by astro.config) and in plain Node tests.
 */
export function readLocale(code: string, dir = path.resolve('locales')): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, string>;
}

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: LANG_CODES,
  // Keys are flat ("nav.search"), not nested objects.
  keySeparator: false,
  nsSeparator: false,
  // Output is escaped by Astro when rendered; escaping here would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
  resources: Object.fromEntries(LANG_CODES.map((c) => [c, { translation: readLocale(c) }])),
});

const cache = new Map<LangCode, TFunction>();

/** The translate function for one language. */
export function useT(lang: LangCode): TFunction {
  let t = cache.get(lang);
  if (!t) {
    t = instance.getFixedT(lang);
    cache.set(lang, t);
  }
  return t;
}
