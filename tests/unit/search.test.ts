import { describe, expect, it } from 'vitest';
import { arabicExcerpt, segmentsOf } from '../../src/search/excerpt.ts';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads repeated editions and kinds, and the all-languages scope', () => {
    const s = stateFromParams(new URLSearchParams('q=data+security&edition=2023&edition=2024&kind=consensus&scope=all'));
    expect(s).toEqual({ q: 'data security', editions: ['2023', '2024'], kinds: ['consensus'], all: true });
  });
  it('writes the same URL back, and nothing for defaults', () => {
    const q = 'q=%E6%95%B0%E6%8D%AE&edition=2023&kind=report&scope=all';
    expect(paramsFromState(stateFromParams(new URLSearchParams(q))).toString()).toBe(q);
    expect(paramsFromState({ q: '', editions: [], kinds: [], all: false }).toString()).toBe('');
  });
  it('asks Pagefind for any of the chosen values within a filter', () => {
    expect(pagefindFilters({ q: 'x', editions: ['2023', '2024'], kinds: [], all: false })).toEqual({ edition: { any: ['2023', '2024'] } });
  });
});

describe('excerpts', () => {
  it('keeps HTML-like text as text and only Pagefind\'s marks as highlights', () => {
    const segs = segmentsOf('mentions &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; and <mark>zebrafish</mark> &amp; more');
    expect(segs).toEqual([
      { text: 'mentions <script>alert("xss")</script> and ', mark: false },
      { text: 'zebrafish', mark: true },
      { text: ' & more', mark: false },
    ]);
  });
  it('rebuilds an Arabic excerpt in the original spelling, marking the word found without its article', () => {
    const segs = arabicExcerpt('تتعاون الدول في حماية البيانات والمعلومات.', 'بيانات');
    expect(segs.map((s) => s.text).join('')).toBe('تتعاون الدول في حماية البيانات والمعلومات.');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['البيانات']);
  });
  it('shortens a long Arabic clause around the first match', () => {
    const long = `${'كلمة '.repeat(50)}الشرطة ${'نص '.repeat(50)}`.trim();
    const segs = arabicExcerpt(long, 'شرطه', 20);
    const text = segs.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['الشرطة']);
  });
});
