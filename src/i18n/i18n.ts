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

/**
 * The translate function for one language. A string without options never
 * changes during a build, and pages ask for the same few hundred strings
 * hundreds of thousands of times (i18next's lookup was 7% of Astro's time at
 * 6,000 pages): those are remembered; calls with options (plurals,
 * interpolation) go to i18next.
 */
export function useT(lang: LangCode): TFunction {
  let t = cache.get(lang);
  if (!t) {
    const fixed = instance.getFixedT(lang);
    const known = new Map<string, string>();
    t = ((key: string, ...rest: unknown[]) => {
      if (rest.length || typeof key !== 'string') return (fixed as unknown as (...a: unknown[]) => string)(key, ...rest);
      let v = known.get(key);
      if (v === undefined) known.set(key, (v = fixed(key)));
      return v;
    }) as unknown as TFunction;
    cache.set(lang, t);
  }
  return t;
}
