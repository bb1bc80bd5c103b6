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

/** Options that fully decide the string: an object of strings and numbers only. */
const plain = (o: unknown): boolean =>
  typeof o === 'object' &&
  o !== null &&
  Object.getPrototypeOf(o) === Object.prototype &&
  Object.values(o).every((v) => typeof v === 'string' || typeof v === 'number');

/**
 * The translate function for one language. A string never changes during a build,
 * and pages ask for the same few hundred strings hundreds of thousands of times
 * (i18next's lookup was 7% of Astro's time at 6,000 pages): those are remembered,
 * and so are calls whose options are plain strings and numbers (a clause label, a
 * count), keyed by those values; other calls go to i18next.
 */
export function useT(lang: LangCode): TFunction {
  let t = cache.get(lang);
  if (!t) {
    const fixed = instance.getFixedT(lang);
    const known = new Map<string, string>();
    t = ((key: string, ...rest: unknown[]) => {
      const id =
        typeof key !== 'string'
          ? undefined
          : !rest.length
            ? key
            : rest.length === 1 && plain(rest[0])
              ? `${key}\u0000${JSON.stringify(rest[0])}`
              : undefined;
      if (id === undefined) return (fixed as unknown as (...a: unknown[]) => string)(key, ...rest);
      let v = known.get(id);
      if (v === undefined) known.set(id, (v = (fixed as unknown as (...a: unknown[]) => string)(key, ...rest)));
      return v;
    }) as unknown as TFunction;
    cache.set(lang, t);
  }
  return t;
}
