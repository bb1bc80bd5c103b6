import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/utils/pick-language.ts';

describe("picking the reader's language", () => {
  const site = ['en', 'zh', 'fr', 'ru', 'es', 'ar'];
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['zh-Hant-TW'], 'zh'],
    [['de-DE', 'ar-EG'], 'ar'],
    [['de', 'it'], null],
    [[], null],
  ])('from %j picks %s', (prefs, expected) => {
    expect(pickLanguage(prefs, site)).toBe(expected);
  });
  it('prefers a language that has a real version when only some exist', () => {
    expect(pickLanguage(['ru', 'en'], ['en', 'fr'])).toBe('en');
  });
});
