import { describe, expect, it } from 'vitest';
import { spaceColons } from '../../src/utils/typography.ts';

describe('the space before a colon', () => {
  it('is a narrow no-break space in French, whatever the author typed', () => {
    expect(spaceColons('un contexte changeant : construire', 'fr')).toBe('un contexte changeant\u202f: construire');
    expect(spaceColons('trois documents\u00a0: « A »', 'fr')).toBe('trois documents\u202f: « A »');
    expect(spaceColons('fin :', 'fr')).toBe('fin\u202f:');
  });
  it('leaves colons without a space, and other languages, as written', () => {
    expect(spaceColons('voir https://example.org et 10:30', 'fr')).toBe('voir https://example.org et 10:30');
    expect(spaceColons('a changing context : building', 'en')).toBe('a changing context : building');
    expect(spaceColons('主题：合作', 'zh')).toBe('主题：合作');
  });
});
