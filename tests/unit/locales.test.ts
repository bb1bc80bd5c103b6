import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/i18n.ts';
import { LANG_CODES } from '../../src/i18n/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const read = (code: string) => JSON.parse(fs.readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const baseKeys = new Set(Object.keys(en).map((k) => k.replace(PLURAL, '')));
const pluralBases = new Set(
  Object.keys(en)
    .filter((k) => PLURAL.test(k))
    .map((k) => k.replace(PLURAL, '')),
);

describe('locale files', () => {
  it('exist for every language of the table, and only for those', () => {
    const files = fs
      .readdirSync('locales')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(files).toEqual([...LANG_CODES].sort());
  });

  describe.each(LANG_CODES)('%s.json', (code) => {
    const loc = read(code);
    it('has every base key of en.json', () => {
      const have = new Set(Object.keys(loc).map((k) => k.replace(PLURAL, '')));
      expect([...baseKeys].filter((k) => !have.has(k))).toEqual([]);
    });
    it('has no key that en.json does not define', () => {
      expect(
        Object.keys(loc)
          .map((k) => k.replace(PLURAL, ''))
          .filter((k) => !baseKeys.has(k)),
      ).toEqual([]);
    });
    it('has every plural form its language needs (Intl.PluralRules)', () => {
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const missing = [...pluralBases].flatMap((b) =>
        needed.filter((c) => !(`${b}_${c}` in loc)).map((c) => `${b}_${c}`),
      );
      expect(missing).toEqual([]);
    });
    it('keeps every {{placeholder}} of the English string', () => {
      const wrong = Object.entries(en).filter(([k, v]) => {
        const base = k.replace(PLURAL, '');
        const theirs = Object.entries(loc)
          .filter(([lk]) => lk.replace(PLURAL, '') === base)
          .map(([, lv]) => lv);
        const vars = (s: string) =>
          [...s.matchAll(/\{\{(\w+)\}\}/g)]
            .map((m) => m[1])
            .filter((v) => v !== 'count')
            .sort()
            .join();
        return theirs.some((t) => vars(t) !== vars(v));
      });
      expect(wrong.map(([k]) => k)).toEqual([]);
    });
  });
});

describe('plurals through i18next', () => {
  it('says "N documents" in Arabic with all six plural forms', () => {
    const t = useT('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('documents.count', { count }));
    expect(new Set(forms).size).toBe(6);
    expect(forms[1]).not.toMatch(/1/); // "one document" is said in words in Arabic
    expect(forms[3]).toContain('3');
  });
  it('uses Russian one/few/many forms', () => {
    const t = useT('ru');
    const [one, few, many] = [21, 3, 5].map((count) => t('documents.count', { count }));
    expect(new Set([one, few, many]).size).toBe(3);
  });
});
