import { describe, expect, it } from 'vitest';
import { foldArabicText, foldArabicWord } from '../../src/search/fold-arabic.ts';

describe('Arabic search folding', () => {
  it.each([
    ['البحار', 'بحار'],
    ['والبيانات', 'بيانات'],
    ['بالتعاون', 'تعاون'],
    ['للأمن', 'امن'],
    ['الأمن', 'امن'],
    ['مسؤوليّة', 'مسؤوليه'],
    ['الشرطة', 'شرطه'],
    ['مستشفى', 'مستشفي'],
    ['إعلان', 'اعلان'],
    ['٢٠٢٣', '2023'],
    ['ـــتعاون', 'تعاون'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldArabicWord(word)).toBe(folded);
  });

  it('keeps short words whose first letters only look like the article', () => {
    expect(foldArabicWord('الي')).toBe('الي');
    expect(foldArabicWord('الله')).toBe('له'); // a stem of two letters remains: folded like any other word
  });

  it('folds word for word, keeping spaces, punctuation and Latin text', () => {
    const text = 'أمن البيانات، في ١٢ دولة (Interpol).';
    const folded = foldArabicText(text);
    expect(folded).toBe('امن بيانات، في 12 دوله (Interpol).');
    expect(folded.split(/\s+/)).toHaveLength(text.split(/\s+/).length);
  });

  it('gives a query without the article, diacritics or with ه for ة the same form as the indexed word', () => {
    expect(foldArabicText('البيانات')).toBe(foldArabicText('بيانات'));
    expect(foldArabicText('الشرطة')).toBe(foldArabicText('شرطه'));
    expect(foldArabicText('مسؤوليّة')).toBe(foldArabicText('مسؤولية'));
    expect(foldArabicText('التعاون')).not.toBe(foldArabicText('البحار'));
  });
});
