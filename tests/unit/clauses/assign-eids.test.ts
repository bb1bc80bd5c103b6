import { describe, expect, it } from 'vitest';
import { type AssignResult, assignEIds, type BlockInput } from '../../../src/clauses/index.ts';
import { getLanguage } from '../../../src/i18n/languages.ts';

/** Builders for the block sequence the remark adapter produces. */
const h = (text: string, extra: Partial<BlockInput> = {}): BlockInput => ({
  type: 'heading',
  depth: 2,
  text,
  ...extra,
});
const p = (text: string, extra: Partial<BlockInput> = {}): BlockInput => ({
  type: 'paragraph',
  depth: 0,
  text,
  ...extra,
});
const li = (marker: string | undefined, text: string, depth = 1, extra: Partial<BlockInput> = {}): BlockInput => ({
  type: 'item',
  depth,
  text,
  ...(marker === undefined ? {} : { marker }),
  ...extra,
});

/** Compact view: eId for a new clause, "…x" for "belongs to x", null for nothing. */
function ids(result: AssignResult): Array<string | null> {
  return result.clauses.map((c) => (c === null ? null : c.kind === 'clause' ? c.eId : `…${c.belongsTo}`));
}
const run = (lang: string, blocks: BlockInput[]) => assignEIds(blocks, getLanguage(lang));

describe('assignEIds: sequences', () => {
  it.each<[string, string, BlockInput[], Array<string | null>]>([
    [
      'numbers paragraphs of an editorial record from their markers',
      'en',
      [li('1.', 'The forum met.'), li('2.', 'It adopted a text.')],
      ['para_1', 'para_2'],
    ],
    [
      'takes the number from the marker as written, not the list position',
      'en',
      [li('3.', 'Third.'), li('4.', 'Fourth.')],
      ['para_3', 'para_4'],
    ],
    ['accepts ")" markers', 'en', [li('1)', 'a'), li('2)', 'b')], ['para_1', 'para_2']],
    [
      'gives the first unnumbered block the preamble and later ones belong to it',
      'en',
      [p('Recalling…'), p('Noting…'), li('1.', 'Text')],
      ['preamble', '…preamble', 'para_1'],
    ],
    [
      'gives nothing to a heading without number, even before the preamble',
      'en',
      [h('Introduction'), p('Recalling…'), h('Operative part'), li('1.', 'Text')],
      [null, 'preamble', null, 'para_1'],
    ],
    [
      'makes an unnumbered paragraph belong to the clause before it',
      'en',
      [li('1.', 'One'), p('More about one.'), li('2.', 'Two')],
      ['para_1', '…para_1', 'para_2'],
    ],
    [
      'makes an unordered item belong to the clause before it',
      'en',
      [li('1.', 'One'), li(undefined, 'bullet', 2)],
      ['para_1', '…para_1'],
    ],
    [
      'nests paragraphs under articles',
      'en',
      [h('Article 5'), li('1.', 'a'), li('2.', 'b')],
      ['art_5', 'art_5__para_1', 'art_5__para_2'],
    ],
    [
      'numbers paragraphs across the document when there are no articles',
      'en',
      [h('Section 1'), li('1.', 'a'), h('Section 2'), li('2.', 'b')],
      ['sec_1', 'para_1', 'sec_2', 'para_2'],
    ],
    [
      'does not prefix articles with chapters, parts or sections',
      'en',
      [h('Part 1'), h('Chapter 1'), h('Section 2'), h('Article 5'), li('1.', 'x')],
      ['part_1', 'chp_1', 'sec_2', 'art_5', 'art_5__para_1'],
    ],
    [
      'ends the paragraph context at a new article',
      'en',
      [h('Article 1'), li('1.', 'a'), li(undefined, '(a) x', 1), h('Article 2'), p('(a) y')],
      ['art_1', 'art_1__para_1', 'art_1__para_1__point_a', 'art_2', 'art_2__point_a'],
    ],
    [
      'ends the article context at a section heading',
      'en',
      [h('Article 1'), h('Section 2'), li('1.', 'a')],
      ['art_1', 'sec_2', 'para_1'],
    ],
    [
      'nests points under the current paragraph',
      'en',
      [li('3.', 'x'), p('(a) one'), p('(b) two')],
      ['para_3', 'para_3__point_a', 'para_3__point_b'],
    ],
    [
      'nests points under the article when there is no paragraph',
      'en',
      [h('Article 5'), p('(a) one'), p('(b) two')],
      ['art_5', 'art_5__point_a', 'art_5__point_b'],
    ],
    [
      'nests Roman subpoints under the current point',
      'en',
      [h('Article 5'), li('2.', 'x'), p('(c) y'), p('(i) one'), p('(ii) two'), p('(d) z')],
      [
        'art_5',
        'art_5__para_2',
        'art_5__para_2__point_c',
        'art_5__para_2__point_c__point_i',
        'art_5__para_2__point_c__point_ii',
        'art_5__para_2__point_d',
      ],
    ],
    [
      'reads (i) after (h) as the ninth point',
      'en',
      [li('1.', 'x'), ...'abcdefgh'.split('').map((l) => p(`(${l}) t`)), p('(i) t'), p('(j) t')],
      ['para_1', ...'abcdefghij'.split('').map((l) => `para_1__point_${l}`)],
    ],
    [
      'reads (i) after (c) as a subpoint of (c)',
      'en',
      [li('1.', 'x'), p('(c) t'), p('(i) t')],
      ['para_1', 'para_1__point_c', 'para_1__point_c__point_i'],
    ],
    [
      'puts Roman items with no point before them directly under the paragraph',
      'en',
      [li('1.', 'x'), p('(i) t'), p('(ii) t')],
      ['para_1', 'para_1__point_i', 'para_1__point_ii'],
    ],
    [
      'gives a nested ordered list points by position',
      'en',
      [li('1.', 'x'), li('1.', 'first', 2), li('2.', 'second', 2), li('3.', 'third', 2), li('2.', 'y')],
      ['para_1', 'para_1__point_a', 'para_1__point_b', 'para_1__point_c', 'para_2'],
    ],
    [
      'gives a third-level ordered list Roman subpoints',
      'en',
      [li('1.', 'x'), li('1.', 'a', 2), li('1.', 'i', 3), li('2.', 'ii', 3)],
      ['para_1', 'para_1__point_a', 'para_1__point_a__point_i', 'para_1__point_a__point_ii'],
    ],
    [
      'prefers a label in a nested item text over its position',
      'en',
      [li('1.', 'x'), li('1.', '(c) written c', 2)],
      ['para_1', 'para_1__point_c'],
    ],
    [
      'uses the label in an item text ("(a) …")',
      'en',
      [li('1.', 'x'), li(undefined, '(a) one', 1), li(undefined, '(b) two', 1)],
      ['para_1', 'para_1__point_a', 'para_1__point_b'],
    ],
    [
      'numbers paragraphs written as plain text "1." (Arabic-Indic digits too)',
      'ar',
      [p('١. نص'), p('٢. نص'), p('3. نص')],
      ['para_1', 'para_2', 'para_3'],
    ],
    [
      'prefixes everything inside an annex',
      'en',
      [li('1.', 'body'), h('Annex 1'), li('1.', 'a'), p('(a) x'), h('Annex 2'), li('1.', 'b')],
      ['para_1', 'annex_1', 'annex_1__para_1', 'annex_1__para_1__point_a', 'annex_2', 'annex_2__para_1'],
    ],
    [
      'prefixes articles inside an annex',
      'en',
      [h('Annex 1'), h('Article 1'), li('1.', 'x')],
      ['annex_1', 'annex_1__art_1', 'annex_1__art_1__para_1'],
    ],
    ['reads a numbered heading "1. Scope" as a section', 'en', [h('1. Scope'), li('1.', 'x')], ['sec_1', 'para_1']],
    [
      'reads an uppercase Roman heading "II. Scope" as a section',
      'en',
      [h('I. Intro'), h('II. Scope')],
      ['sec_1', 'sec_2'],
    ],
    [
      'reads Chinese heading numbering 一、 as a section',
      'zh',
      [h('一、总体要求'), p('1. 加强合作'), h('二、主要任务')],
      ['sec_1', 'para_1', 'sec_2'],
    ],
    [
      'does not start a clause with prose that mentions an article',
      'en',
      [li('1.', 'x'), p('Article 5 of the Charter applies.'), p('I. think not')],
      ['para_1', '…para_1', '…para_1'],
    ],
    ['treats a heading starting with "I think" as unnumbered', 'en', [h('I think so')], [null]],
    [
      'numbers Chinese articles and points',
      'zh',
      [h('第五条 适用范围'), p('（一）加强合作'), p('（二）交流')],
      ['art_5', 'art_5__point_a', 'art_5__point_b'],
    ],
    [
      'numbers Russian points by position in the Russian alphabet',
      'ru',
      [h('Статья 2'), li('1.', 'x'), p('а) один'), p('б) два'), p('в) три')],
      ['art_2', 'art_2__para_1', 'art_2__para_1__point_a', 'art_2__para_1__point_b', 'art_2__para_1__point_c'],
    ],
    [
      'numbers Arabic points in abjad order',
      'ar',
      [h('المادة ٣'), p('(أ) نص'), p('(ب) نص'), p('(ج) نص'), p('(د) نص'), p('(هـ) نص')],
      ['art_3', 'art_3__point_a', 'art_3__point_b', 'art_3__point_c', 'art_3__point_d', 'art_3__point_e'],
    ],
    [
      'writes points beyond z as aa, ab',
      'en',
      [li('1.', 'x'), li('27.', 'aa', 2), li('28.', 'ab', 2)],
      ['para_1', 'para_1__point_aa', 'para_1__point_ab'],
    ],
  ])('%s', (_name, lang, blocks, expected) => {
    const result = run(lang, blocks);
    expect(ids(result)).toEqual(expected);
    expect(result.errors).toEqual([]);
  });
});

describe('assignEIds: what the adapter gets per block', () => {
  it('gives the written label, its position in the text and its number', () => {
    const { clauses } = run('zh', [h('第五条 适用范围'), p('（三）加强合作')]);
    expect(clauses[0]).toEqual({
      kind: 'clause',
      eId: 'art_5',
      unit: 'art',
      n: 5,
      num: '第五条',
      labelStart: 0,
      labelLength: 3,
      override: false,
    });
    expect(clauses[1]).toMatchObject({
      eId: 'art_5__point_c',
      unit: 'point',
      n: 3,
      num: '（三）',
      labelStart: 0,
      labelLength: 3,
    });
  });

  it('gives the list marker as the display number, outside the text', () => {
    const { clauses } = run('en', [li('3.', 'The forum met.')]);
    expect(clauses[0]).toMatchObject({ eId: 'para_3', num: '3.', labelLength: 0 });
  });

  it('says which clause an unnumbered paragraph continues', () => {
    const { clauses } = run('en', [li('1.', 'x'), p('more')]);
    expect(clauses[1]).toEqual({ kind: 'continues', eId: null, belongsTo: 'para_1' });
  });

  it('gives the preamble no label', () => {
    expect(run('en', [p('Recalling')]).clauses[0]).toMatchObject({
      eId: 'preamble',
      unit: 'preamble',
      num: '',
      labelLength: 0,
    });
  });
});

describe('assignEIds: overrides', () => {
  it.each<[string, BlockInput[], Array<string | null>]>([
    [
      'replaces the computed id and becomes the context (art_5bis then "1.")',
      [h('Article 5'), h('Article 5 bis', { override: 'art_5bis' }), li('1.', 'x'), li('2.', 'y')],
      ['art_5', 'art_5bis', 'art_5bis__para_1', 'art_5bis__para_2'],
    ],
    [
      'gives an id to a heading without number',
      [h('Final provisions', { override: 'sec_9' }), li('1.', 'x')],
      ['sec_9', 'para_1'],
    ],
    [
      'resolves (i) as a subpoint after (h)',
      [li('1.', 'x'), p('(h) t'), p('(i) t', { override: 'para_1__point_h__point_i' }), p('(ii) t')],
      ['para_1', 'para_1__point_h', 'para_1__point_h__point_i', 'para_1__point_h__point_ii'],
    ],
    [
      'resolves (i) as a letter point when the author says so',
      [li('1.', 'x'), p('(i) t', { override: 'para_1__point_i' }), p('(j) t')],
      ['para_1', 'para_1__point_i', 'para_1__point_j'],
    ],
    [
      'sets the paragraph context from an overridden paragraph',
      [h('Article 5'), p('2a. text', { override: 'art_5__para_2a' }), p('(a) t')],
      ['art_5', 'art_5__para_2a', 'art_5__para_2a__point_a'],
    ],
    [
      'accepts an explicit preamble',
      [h('Preamble', { override: 'preamble' }), p('Recalling'), li('1.', 'x')],
      ['preamble', '…preamble', 'para_1'],
    ],
    [
      'accepts unknown unit names and treats them as containers in headings',
      [h('Recitals', { override: 'recitals_1' }), li('1.', 'x')],
      ['recitals_1', 'recitals_1__para_1'],
    ],
    [
      'enters an annex from an override',
      [h('Annex A', { override: 'annex_a' }), li('1.', 'x')],
      ['annex_a', 'annex_a__para_1'],
    ],
  ])('%s', (_name, blocks, expected) => {
    const result = run('en', blocks);
    expect(ids(result)).toEqual(expected);
    expect(result.errors).toEqual([]);
  });

  it('marks the clause as overridden and keeps the written label', () => {
    const { clauses } = run('en', [h('Article 5 bis', { override: 'art_5bis' })]);
    expect(clauses[0]).toMatchObject({ eId: 'art_5bis', unit: 'art', n: null, num: 'Article 5', override: true });
  });

  it.each([['Art_5'], ['art-5'], ['art5'], ['art_5__'], ['__art_5'], [''], ['art_5 para_2'], ['préambule']])(
    'reports the invalid override %j with its line and falls back to the computed id',
    (bad) => {
      const result = run('en', [h('Article 5', { override: bad, line: 7 })]);
      expect(ids(result)).toEqual(['art_5']);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ line: 7, eId: bad });
      expect(result.errors[0]?.message).toMatch(/Invalid clause id/);
    },
  );
});

describe('assignEIds: duplicates', () => {
  it('reports a duplicate id with the line of both occurrences and what to do', () => {
    const result = run('en', [h('Article 5', { line: 3 }), li('1.', 'x', 1, { line: 5 }), h('Article 5', { line: 9 })]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ eId: 'art_5', line: 9, firstLine: 3 });
    expect(result.errors[0]?.message).toContain('line 9');
    expect(result.errors[0]?.message).toContain('line 3');
    expect(result.errors[0]?.message).toMatch(/Renumber.*<Clause id=/);
  });

  it.each<[string, BlockInput[], string]>([
    ['lazy list numbering "1." "1."', [li('1.', 'a', 1, { line: 1 }), li('1.', 'b', 1, { line: 2 })], 'para_1'],
    ['a repeated point letter', [li('1.', 'x'), p('(a) t', { line: 2 }), p('(a) t', { line: 3 })], 'para_1__point_a'],
    ['an override equal to a computed id', [h('Article 5'), h('Article 6', { override: 'art_5', line: 4 })], 'art_5'],
    [
      'a second preamble override',
      [p('Recalling'), li('1.', 'x'), p('x', { override: 'preamble', line: 4 })],
      'preamble',
    ],
  ])('reports %s', (_name, blocks, eId) => {
    const result = run('en', blocks);
    expect(result.errors.map((e) => e.eId)).toEqual([eId]);
  });

  it('omits lines it does not know', () => {
    const result = run('en', [li('1.', 'a'), li('1.', 'b')]);
    expect(result.errors[0]).not.toHaveProperty('line');
    expect(result.errors[0]).not.toHaveProperty('firstLine');
  });
});
