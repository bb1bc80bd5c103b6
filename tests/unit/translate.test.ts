import { describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/i18n.ts';

/**
 * useT remembers what it translated (src/i18n/i18n.ts): a remembered string must still be the
 * one for these options, never the one asked for first.
 */
describe('translated strings, remembered', () => {
  it('gives each set of options its own string', () => {
    const t = useT('en');
    expect(t('clause.link', { label: 'Paragraph 3' })).toBe('Permanent link to Paragraph 3');
    expect(t('clause.link', { label: 'Article 5 (2)' })).toBe('Permanent link to Article 5 (2)');
    expect(t('clause.link', { label: 'Paragraph 3' })).toBe('Permanent link to Paragraph 3');
  });

  it('keeps plural forms apart by count, and languages apart', () => {
    const en = useT('en');
    expect(en('documents.count', { count: 1 })).toBe('1 document');
    expect(en('documents.count', { count: 2 })).toBe('2 documents');
    expect(en('documents.count', { count: 1 })).toBe('1 document');
    expect(useT('fr')('clause.link', { label: 'Paragraphe 3' })).toBe('Lien permanent vers Paragraphe 3');
  });
});
