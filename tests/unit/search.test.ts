import { describe, expect, it } from 'vitest';
import { clauseTexts } from '../../src/build/index-page.ts';
import { excerptOfOriginal, segmentsOf } from '../../src/search/excerpt.ts';
import { foldArabicWord } from '../../src/search/fold-arabic.ts';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads repeated editions and kinds, and the all-languages scope', () => {
    const s = stateFromParams(
      new URLSearchParams('q=data+security&edition=2023&edition=2024&kind=consensus&scope=all'),
    );
    expect(s).toEqual({ q: 'data security', editions: ['2023', '2024'], kinds: ['consensus'], all: true });
  });
  it('writes the same URL back, and nothing for defaults', () => {
    const q = 'q=%E6%95%B0%E6%8D%AE&edition=2023&kind=report&scope=all';
    expect(paramsFromState(stateFromParams(new URLSearchParams(q))).toString()).toBe(q);
    expect(paramsFromState({ q: '', editions: [], kinds: [], all: false }).toString()).toBe('');
  });
  it('asks Pagefind for any of the chosen values within a filter', () => {
    expect(pagefindFilters({ q: 'x', editions: ['2023', '2024'], kinds: [], all: false })).toEqual({
      edition: { any: ['2023', '2024'] },
    });
  });
});

describe('excerpts', () => {
  it("keeps HTML-like text as text and only Pagefind's marks as highlights", () => {
    const segs = segmentsOf(
      'mentions &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; and <mark>zebrafish</mark> &amp; more',
    );
    expect(segs).toEqual([
      { text: 'mentions <script>alert("xss")</script> and ', mark: false },
      { text: 'zebrafish', mark: true },
      { text: ' & more', mark: false },
    ]);
  });
  it('rebuilds an Arabic excerpt in the original spelling, marking the word found without its article', () => {
    const segs = excerptOfOriginal('تتعاون الدول في حماية البيانات والمعلومات.', 'بيانات', foldArabicWord);
    expect(segs.map((s) => s.text).join('')).toBe('تتعاون الدول في حماية البيانات والمعلومات.');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['البيانات']);
  });
  it('shortens a long Arabic clause around the first match', () => {
    const long = `${'كلمة '.repeat(50)}الشرطة ${'نص '.repeat(50)}`.trim();
    const segs = excerptOfOriginal(long, 'شرطه', foldArabicWord, 20);
    const text = segs.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['الشرطة']);
  });
  it('highlights the matched word only, not the quotation marks and punctuation around it', () => {
    const segs = excerptOfOriginal('إلى جانب «توافق بشأن أمن البيانات»، ضمن النتائج.[1]', 'بيانات', foldArabicWord);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['البيانات']);
    expect(segs.map((s) => s.text).join('')).toBe('إلى جانب «توافق بشأن أمن البيانات»، ضمن النتائج.[1]');
  });
});

describe('the clause texts Arabic excerpts are rebuilt from', () => {
  it('keep the title of a linked document, and leave nested clauses to their own excerpt', () => {
    const section =
      '<section data-pagefind-body><ol><li id="para_2" class="clause" data-pagefind-title="الفقرة 2"><p><a href="#para_2">2.</a> إلى جانب <a href="/ar/2023/x/" class="xref">«توافق أمن البيانات»</a>، ضمن النتائج &amp; غيرها.</p>' +
      '<p id="para_2__point_a" class="clause" data-pagefind-title="الفقرة 2 (أ)">نص البند.</p></li></ol></section>';
    expect(clauseTexts(section)).toEqual({
      para_2: '2. إلى جانب «توافق أمن البيانات»، ضمن النتائج & غيرها.',
      para_2__point_a: 'نص البند.',
    });
  });
});
