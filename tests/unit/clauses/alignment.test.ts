import { describe, expect, it } from 'vitest';
import { assignEIds, type BlockInput, clauseLabel } from '../../../src/clauses/index.ts';
import { getLanguage, LANG_CODES } from '../../../src/i18n/languages.ts';

/**
 * One small structured document in six language versions, each written in
 * its own script and numbering. The clause ids must come out identical.
 */
const h = (text: string, override?: string): BlockInput => ({
  type: 'heading',
  depth: 2,
  text,
  ...(override ? { override } : {}),
});
const p = (text: string): BlockInput => ({ type: 'paragraph', depth: 0, text });
const li = (marker: string, text: string): BlockInput => ({ type: 'item', depth: 1, text, marker });

interface Words {
  preamble: [string, string];
  chapter: string;
  art: (n: number) => string;
  final: string;
  annex: string;
  point: (i: number) => string;
  sub: (i: number) => string;
  para: (n: number, t: string) => BlockInput;
  more: string;
}

const LATIN = 'abcdefghi';
const ROMAN = ['i', 'ii'];
const AR_DIGITS = (n: number) => String(n).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'.charAt(Number(d)));
const ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const VERSIONS: Record<string, Words> = {
  en: {
    preamble: ['The participants,', 'Recalling the forum,'],
    chapter: 'Chapter I General',
    art: (n) => `Article ${n}`,
    final: 'Final provisions',
    annex: 'Annex 1 Terms',
    point: (i) => `(${LATIN.charAt(i)}) text`,
    sub: (i) => `(${ROMAN[i]}) text`,
    para: (n, t) => li(`${n}.`, t),
    more: 'Further text.',
  },
  fr: {
    preamble: ['Les participants,', 'Rappelant le forum,'],
    chapter: 'Chapitre I Généralités',
    art: (n) => `Article ${n}`,
    final: 'Dispositions finales',
    annex: 'Annexe 1 Termes',
    point: (i) => `${LATIN.charAt(i)}) texte`,
    sub: (i) => `${ROMAN[i]}) texte`,
    para: (n, t) => li(`${n}.`, t),
    more: 'Suite du texte.',
  },
  es: {
    preamble: ['Los participantes,', 'Recordando el foro,'],
    chapter: 'Capítulo I Generalidades',
    art: (n) => `Artículo ${n}`,
    final: 'Disposiciones finales',
    annex: 'Anexo 1 Términos',
    point: (i) => `${LATIN.charAt(i)}) texto`,
    sub: (i) => `${ROMAN[i]}) texto`,
    para: (n, t) => li(`${n}.`, t),
    more: 'Más texto.',
  },
  ru: {
    preamble: ['Участники,', 'Ссылаясь на форум,'],
    chapter: 'Глава I Общие положения',
    art: (n) => `Статья ${n}`,
    final: 'Заключительные положения',
    annex: 'Приложение 1 Термины',
    point: (i) => `${'абвгдежзи'.charAt(i)}) текст`,
    sub: (i) => `${ROMAN[i]}) текст`,
    para: (n, t) => li(`${n}.`, t),
    more: 'Дальнейший текст.',
  },
  ar: {
    preamble: ['إن المشاركين،', 'إذ يشيرون إلى المنتدى،'],
    chapter: 'الفصل ١ أحكام عامة',
    art: (n) => `المادة ${AR_DIGITS(n)}`,
    final: 'أحكام ختامية',
    annex: 'المرفق ١ المصطلحات',
    point: (i) => `(${['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط'][i]}) نص`,
    sub: (i) => `(${ROMAN[i]}) نص`,
    para: (n, t) => p(`${AR_DIGITS(n)}. ${t}`),
    more: 'نص إضافي.',
  },
  zh: {
    preamble: ['与会各方，', '回顾论坛，'],
    chapter: '第一章 总则',
    art: (n) => `第${ZH_NUM[n]}条`,
    final: '附则',
    annex: '附件1 术语',
    point: (i) => `（${ZH_NUM[i + 1]}）内容`,
    sub: (i) => `(${ROMAN[i]}) 内容`,
    para: (n, t) => li(`${n}.`, t),
    more: '其他内容。',
  },
};

function documentIn(w: Words): BlockInput[] {
  return [
    p(w.preamble[0]),
    p(w.preamble[1]),
    h(w.chapter),
    h(w.art(1)),
    w.para(1, 'x'),
    w.para(2, 'x'),
    p(w.point(0)),
    p(w.point(1)),
    p(w.sub(0)),
    p(w.sub(1)),
    p(w.point(2)),
    p(w.more),
    h(w.art(2)),
    w.para(3, 'x'),
    h(`${w.art(2)} bis`, 'art_2bis'),
    w.para(1, 'x'),
    h(w.art(3)),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => p(w.point(i))),
    h(w.final),
    p(w.more),
    h(w.annex),
    w.para(1, 'x'),
    p(w.point(0)),
  ];
}

const EXPECTED = [
  'preamble',
  '…preamble',
  'chp_1',
  'art_1',
  'art_1__para_1',
  'art_1__para_2',
  'art_1__para_2__point_a',
  'art_1__para_2__point_b',
  'art_1__para_2__point_b__point_i',
  'art_1__para_2__point_b__point_ii',
  'art_1__para_2__point_c',
  '…art_1__para_2__point_c',
  'art_2',
  'art_2__para_3',
  'art_2bis',
  'art_2bis__para_1',
  'art_3',
  ...'abcdefghi'.split('').map((l) => `art_3__point_${l}`),
  null,
  '…art_3__point_i',
  'annex_1',
  'annex_1__para_1',
  'annex_1__para_1__point_a',
];

describe('six language versions of one document', () => {
  it.each(LANG_CODES.map((code) => [code]))(
    'gives the %s version the same clause ids as every other version',
    (code) => {
      const w = VERSIONS[code];
      if (!w) throw new Error(`no fixture for ${code}`);
      const { clauses, errors } = assignEIds(documentIn(w), getLanguage(code));
      expect(errors).toEqual([]);
      expect(clauses.map((c) => (c === null ? null : c.kind === 'clause' ? c.eId : `…${c.belongsTo}`))).toEqual(
        EXPECTED,
      );
    },
  );

  it('labels a shared id in each language', () => {
    const labels = LANG_CODES.map((code) => clauseLabel('art_1__para_2__point_c', getLanguage(code)));
    expect(labels).toEqual([
      'Article 1 (2)(c)',
      '第1条 (2)（三）',
      'Article 1 (2)(c)',
      'Статья 1 (2)(в)',
      'Artículo 1 (2)(c)',
      'المادة 1 (2)(ج)',
    ]);
  });
});
