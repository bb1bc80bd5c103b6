import { describe, expect, it } from 'vitest';
import { clausesFromHtml } from '../../../src/compare/clauses-from-html.ts';
import { type CompareClause, countChanges, diffClauses, diffText } from '../../../src/compare/diff-clauses.ts';

const clause = (eId: string, text: string): CompareClause => ({ eId, label: eId, text });
const kinds = (a: CompareClause[], b: CompareClause[], lang = 'en', mapping?: Record<string, string>) =>
  diffClauses(a, b, lang, mapping ? { mapping } : {}).map((c) => `${c.kind}:${c.eId}`);
/** The word ops as one string: [+inserted] [-deleted], the rest as it is. */
const marked = (before: string, after: string, lang: string) =>
  diffText(before, after, lang)
    .map((o) => (o.op === 'insert' ? `[+${o.text}]` : o.op === 'delete' ? `[-${o.text}]` : o.text))
    .join('');

describe('word-level changes inside a clause', () => {
  it.each([
    [
      'en',
      'Each Party shall test data security.',
      'Each Party shall test data security and cooperation.',
      'Each Party shall test data security[+ and cooperation].',
    ],
    // The space before words added at the end goes with them: the earlier text reads "cooperation.".
    [
      'en',
      'data security and cooperation.',
      'data security and cooperation every year.',
      'data security and cooperation[+ every year].',
    ],
    [
      'en',
      'Each Party shall test the data.',
      'Each Party may test the data.',
      'Each Party [-shall][+may] test the data.',
    ],
    [
      'fr',
      'Chaque Partie contrôle la sécurité des données.',
      'Chaque Partie contrôle la sûreté des données.',
      'Chaque Partie contrôle la [-sécurité][+sûreté] des données.',
    ],
    // Chinese has no spaces: the segmenter finds the words, so one word changes, not the whole sentence.
    ['zh', '本公约适用于测试材料。', '本公约适用于所有测试材料。', '本公约适用于[+所有]测试材料。'],
    // Whole words change: 检验 → 检查 (not a character-level 检[-验][+查]).
    ['zh', '各方应检验数据安全。', '各方应检查数据安全。', '各方应[-检验][+检查]数据安全。'],
    [
      'ar',
      'تطبق هذه الاتفاقية على المواد.',
      'تطبق هذه الاتفاقية على جميع المواد.',
      'تطبق هذه الاتفاقية على [+جميع ]المواد.',
    ],
  ])('%s: %s → %s', (lang, before, after, expected) => {
    expect(marked(before, after, lang)).toBe(expected);
  });

  it('changes whole Chinese words, never parts of one (Intl.Segmenter)', () => {
    const ops = diffText('各方应检验数据安全与合作。', '各方应检查数据安全与合作。', 'zh');
    expect(ops.filter((o) => o.op !== 'equal').map((o) => o.text)).toEqual(['检验', '检查']);
  });

  it('gives back both texts: equal + deleted is the old one, equal + inserted the new one', () => {
    const before = 'تطبق هذه الاتفاقية على المواد والبيانات.';
    const after = 'تطبق الاتفاقية على جميع المواد.';
    const ops = diffText(before, after, 'ar');
    expect(
      ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(before);
    expect(
      ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe(after);
  });
});

describe('aligning clauses by id', () => {
  const a = [clause('para_1', 'One.'), clause('para_2', 'Two.'), clause('para_3', 'Three.')];

  it.each([
    ['unchanged', a, ['unchanged:para_1', 'unchanged:para_2', 'unchanged:para_3']],
    [
      'changed',
      [a[0]!, clause('para_2', 'Two, revised.'), a[2]!],
      ['unchanged:para_1', 'changed:para_2', 'unchanged:para_3'],
    ],
    [
      'added at the end',
      [...a, clause('para_4', 'Four.')],
      ['unchanged:para_1', 'unchanged:para_2', 'unchanged:para_3', 'added:para_4'],
    ],
    [
      'removed in the middle (kept where it stood)',
      [a[0]!, a[2]!],
      ['unchanged:para_1', 'removed:para_2', 'unchanged:para_3'],
    ],
    ['removed first', [a[1]!, a[2]!], ['removed:para_1', 'unchanged:para_2', 'unchanged:para_3']],
    ['moved (same id, another place)', [a[2]!, a[0]!, a[1]!], ['moved:para_3', 'unchanged:para_1', 'unchanged:para_2']],
  ])('%s', (_name, b, expected) => {
    expect(kinds(a, b as CompareClause[])).toEqual(expected);
  });

  it('word-diffs a moved clause too', () => {
    const [first] = diffClauses(a, [clause('para_3', 'Three, revised.'), a[0]!, a[1]!], 'en');
    expect(first?.kind).toBe('moved');
    expect(first?.ops?.some((o) => o.op === 'insert')).toBe(true);
  });

  it('aligns renumbered clauses through an explicit mapping', () => {
    const b = [clause('art_1', 'One.'), clause('art_2', 'Two!')];
    expect(kinds(a, b, 'en', { para_1: 'art_1', para_2: 'art_2' })).toEqual([
      'unchanged:art_1',
      'changed:art_2',
      'removed:para_3',
    ]);
    // Without the mapping nothing lines up.
    expect(countChanges(diffClauses(a, b, 'en'))).toMatchObject({ added: 2, removed: 3, unchanged: 0 });
  });

  it('compares Chinese and Arabic clause lists', () => {
    const zh = diffClauses(
      [clause('art_1', '本公约适用于测试材料。'), clause('art_2', '第二条。')],
      [clause('art_1', '本公约适用于所有测试材料。'), clause('art_3', '新条款。')],
      'zh',
    );
    expect(zh.map((c) => c.kind)).toEqual(['changed', 'removed', 'added']);
    const ar = diffClauses([clause('para_1', 'نص.')], [clause('para_1', 'نص.'), clause('para_2', 'فقرة جديدة.')], 'ar');
    expect(ar.map((c) => c.kind)).toEqual(['unchanged', 'added']);
  });
});

describe('clauses of a rendered text', () => {
  it('gives each clause its label and own words, without its number, citations or nested clauses', () => {
    const html = [
      '<h2 id="art_1" class="clause" data-pagefind-title="Article 1"><a href="#art_1" aria-label="…">Article 1</a></h2>',
      '<p>This Convention applies.<sup class="cite"><a href="#source-x">[1]</a></sup></p>',
      '<ol><li id="art_1__para_1" class="clause" data-pagefind-title="Article 1 (1)"><p><a href="#art_1__para_1">1.</a> Each <a href="/en/2030/x/" class="xref">Party</a> shall.</p>',
      '<p id="art_1__para_1__point_a" class="clause" data-pagefind-title="Article 1 (1)(a)"><a href="#art_1__para_1__point_a">(a)</a> first;</p></li></ol>',
    ].join('\n');
    expect(clausesFromHtml(html)).toEqual([
      { eId: 'art_1', label: 'Article 1', text: 'This Convention applies.' },
      { eId: 'art_1__para_1', label: 'Article 1 (1)', text: 'Each Party shall.' },
      { eId: 'art_1__para_1__point_a', label: 'Article 1 (1)(a)', text: 'first;' },
    ]);
  });

  it('keeps no-break and narrow no-break spaces (a French colon), collapsing only the markup’s line breaks', () => {
    const html =
      '<p id="para_1" class="clause" data-pagefind-title="Paragraphe 1"><a href="#para_1">1.</a> Deux listes\u202f:\n   « tels\u00a0que ».</p>';
    expect(clausesFromHtml(html)).toEqual([
      { eId: 'para_1', label: 'Paragraphe 1', text: 'Deux listes\u202f: « tels\u00a0que ».' },
    ]);
  });
});
