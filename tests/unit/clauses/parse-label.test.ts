import { describe, expect, it } from 'vitest';
import { type LabelUnit, parseLabel } from '../../../src/clauses/index.ts';
import { getLanguage } from '../../../src/i18n/languages.ts';

type Case = [lang: string, text: string, unit: LabelUnit, n: number, written: string, rest: string];

describe('parseLabel: headings-style units', () => {
  it.each<Case>([
    ['en', 'Article 5', 'art', 5, 'Article 5', ''],
    ['en', 'Article 5 Scope', 'art', 5, 'Article 5', 'Scope'],
    ['en', 'ARTICLE 12 — Definitions', 'art', 12, 'ARTICLE 12', '— Definitions'],
    ['en', 'article 3', 'art', 3, 'article 3', ''],
    ['en', 'Art. 5 Scope', 'art', 5, 'Art. 5', 'Scope'],
    ['en', 'Art.5', 'art', 5, 'Art.5', ''],
    ['en', 'Article 5. Scope', 'art', 5, 'Article 5.', 'Scope'],
    ['en', 'Article 7: Cooperation', 'art', 7, 'Article 7:', 'Cooperation'],
    ['en', 'Section 2', 'sec', 2, 'Section 2', ''],
    ['en', 'Chapter 1 General provisions', 'chp', 1, 'Chapter 1', 'General provisions'],
    ['en', 'Chapter IV', 'chp', 4, 'Chapter IV', ''],
    ['en', 'Part 1', 'part', 1, 'Part 1', ''],
    ['en', 'Part II Institutions', 'part', 2, 'Part II', 'Institutions'],
    ['en', 'Annex 1', 'annex', 1, 'Annex 1', ''],
    ['en', '  Article 9 leading space', 'art', 9, 'Article 9', 'leading space'],
    ['fr', 'Article 5', 'art', 5, 'Article 5', ''],
    ['fr', 'Article 1er Objet', 'art', 1, 'Article 1er', 'Objet'],
    ['fr', 'Chapitre 2', 'chp', 2, 'Chapitre 2', ''],
    ['fr', 'Titre III', 'part', 3, 'Titre III', ''],
    ['fr', 'Partie 1', 'part', 1, 'Partie 1', ''],
    ['fr', 'Annexe 1', 'annex', 1, 'Annexe 1', ''],
    ['fr', 'Section 4', 'sec', 4, 'Section 4', ''],
    ['ru', 'Статья 5', 'art', 5, 'Статья 5', ''],
    ['ru', 'СТАТЬЯ 5 Сфера', 'art', 5, 'СТАТЬЯ 5', 'Сфера'],
    ['ru', 'Ст. 5', 'art', 5, 'Ст. 5', ''],
    ['ru', 'Глава 3', 'chp', 3, 'Глава 3', ''],
    ['ru', 'Раздел II', 'sec', 2, 'Раздел II', ''],
    ['ru', 'Часть 1', 'part', 1, 'Часть 1', ''],
    ['ru', 'Приложение 1', 'annex', 1, 'Приложение 1', ''],
    ['es', 'Artículo 5', 'art', 5, 'Artículo 5', ''],
    ['es', 'ARTÍCULO 5 Ámbito', 'art', 5, 'ARTÍCULO 5', 'Ámbito'],
    ['es', 'Artículo 1º', 'art', 1, 'Artículo 1º', ''],
    ['es', 'Capítulo 2', 'chp', 2, 'Capítulo 2', ''],
    ['es', 'Sección 3', 'sec', 3, 'Sección 3', ''],
    ['es', 'Título I', 'part', 1, 'Título I', ''],
    ['es', 'Anexo 1', 'annex', 1, 'Anexo 1', ''],
    ['ar', 'المادة 5', 'art', 5, 'المادة 5', ''],
    ['ar', 'المادة ٥', 'art', 5, 'المادة ٥', ''],
    ['ar', 'المادة ١٢ التعاون', 'art', 12, 'المادة ١٢', 'التعاون'],
    ['ar', 'مادة ۵', 'art', 5, 'مادة ۵', ''],
    ['ar', 'الفصل ٢', 'chp', 2, 'الفصل ٢', ''],
    ['ar', 'الباب 3', 'chp', 3, 'الباب 3', ''],
    ['ar', 'القسم ٤', 'sec', 4, 'القسم ٤', ''],
    ['ar', 'الجزء 1', 'part', 1, 'الجزء 1', ''],
    ['ar', 'المرفق 1', 'annex', 1, 'المرفق 1', ''],
    ['ar', 'المرفق ١', 'annex', 1, 'المرفق ١', ''],
    ['zh', '第五条', 'art', 5, '第五条', ''],
    ['zh', '第五条 适用范围', 'art', 5, '第五条', '适用范围'],
    ['zh', '第5条', 'art', 5, '第5条', ''],
    ['zh', '第 5 条 范围', 'art', 5, '第 5 条', '范围'],
    ['zh', '第十二条本法适用', 'art', 12, '第十二条', '本法适用'],
    ['zh', '第二十一条　合作', 'art', 21, '第二十一条', '合作'],
    ['zh', '第一百零三条', 'art', 103, '第一百零三条', ''],
    ['zh', '第五条：范围', 'art', 5, '第五条：', '范围'],
    ['zh', '第一章 总则', 'chp', 1, '第一章', '总则'],
    ['zh', '第二节', 'sec', 2, '第二节', ''],
    ['zh', '第一部分', 'part', 1, '第一部分', ''],
    ['zh', '第二编 机构', 'part', 2, '第二编', '机构'],
    ['zh', '附件1', 'annex', 1, '附件1', ''],
    ['zh', '附件一 术语', 'annex', 1, '附件一', '术语'],
    ['zh', '附件 2', 'annex', 2, '附件 2', ''],
    ['en', 'II. Scope', 'sec', 2, 'II.', 'Scope'],
    ['en', 'I. Introduction', 'sec', 1, 'I.', 'Introduction'],
    ['fr', 'IV. Dispositions finales', 'sec', 4, 'IV.', 'Dispositions finales'],
  ])('[%s] reads %j as %s %i', (code, text, unit, n, written, rest) => {
    expect(parseLabel(text, getLanguage(code))).toMatchObject({ unit, n, written, rest });
  });
});

describe('parseLabel: paragraphs', () => {
  it.each<Case>([
    ['en', '1. The forum met.', 'para', 1, '1.', 'The forum met.'],
    ['en', '12. Text', 'para', 12, '12.', 'Text'],
    ['en', '1) Text', 'para', 1, '1)', 'Text'],
    ['en', '(1) Text', 'para', 1, '(1)', 'Text'],
    ['en', '3 - Text', 'para', 3, '3 -', 'Text'],
    ['en', '3.', 'para', 3, '3.', ''],
    ['fr', '2. Le forum', 'para', 2, '2.', 'Le forum'],
    ['ru', '2) Форум', 'para', 2, '2)', 'Форум'],
    ['es', '(4) El foro', 'para', 4, '(4)', 'El foro'],
    ['ar', '١. النص', 'para', 1, '١.', 'النص'],
    ['ar', '١٢. النص', 'para', 12, '١٢.', 'النص'],
    ['ar', '١- النص', 'para', 1, '١-', 'النص'],
    ['ar', '٣ - النص', 'para', 3, '٣ -', 'النص'],
    ['ar', '(٢) النص', 'para', 2, '(٢)', 'النص'],
    ['ar', '۴. النص', 'para', 4, '۴.', 'النص'],
    ['ar', '1. النص', 'para', 1, '1.', 'النص'],
    ['zh', '一、总体要求', 'para', 1, '一、', '总体要求'],
    ['zh', '十二、附则', 'para', 12, '十二、', '附则'],
    ['zh', '1、加强合作', 'para', 1, '1、', '加强合作'],
    ['zh', '1. 加强合作', 'para', 1, '1.', '加强合作'],
    ['zh', '（1）加强合作', 'para', 1, '（1）', '加强合作'],
  ])('[%s] reads %j as %s %i', (code, text, unit, n, written, rest) => {
    expect(parseLabel(text, getLanguage(code))).toMatchObject({ unit, n, written, rest });
  });
});

describe('parseLabel: points and subpoints', () => {
  it.each<Case>([
    ['en', '(a) text', 'point', 1, '(a)', 'text'],
    ['en', '(c) text', 'point', 3, '(c)', 'text'],
    ['en', 'b) text', 'point', 2, 'b)', 'text'],
    ['en', '(d) text', 'point', 4, '(d)', 'text'],
    ['en', '(l) text', 'point', 12, '(l)', 'text'],
    ['en', '(m) text', 'point', 13, '(m)', 'text'],
    ['en', '(z)', 'point', 26, '(z)', ''],
    ['fr', 'a) le texte', 'point', 1, 'a)', 'le texte'],
    ['es', 'c) el texto', 'point', 3, 'c)', 'el texto'],
    ['ru', '(а) текст', 'point', 1, '(а)', 'текст'],
    ['ru', 'а) текст', 'point', 1, 'а)', 'текст'],
    ['ru', 'в) текст', 'point', 3, 'в)', 'текст'],
    ['ru', 'и) текст', 'point', 9, 'и)', 'текст'],
    ['ru', 'к) текст', 'point', 10, 'к)', 'текст'],
    ['ar', '(أ) النص', 'point', 1, '(أ)', 'النص'],
    ['ar', 'أ) النص', 'point', 1, 'أ)', 'النص'],
    ['ar', '(ج) النص', 'point', 3, '(ج)', 'النص'],
    ['ar', '(هـ) النص', 'point', 5, '(هـ)', 'النص'],
    ['ar', '(ي) النص', 'point', 10, '(ي)', 'النص'],
    ['zh', '（一）加强合作', 'point', 1, '（一）', '加强合作'],
    ['zh', '（三）加强合作', 'point', 3, '（三）', '加强合作'],
    ['zh', '(一) 加强合作', 'point', 1, '(一)', '加强合作'],
    ['zh', '（十一）合作', 'point', 11, '（十一）', '合作'],
    ['zh', '(a) 合作', 'point', 1, '(a)', '合作'],
    ['en', '(i) text', 'subpoint', 1, '(i)', 'text'],
    ['en', '(ii) text', 'subpoint', 2, '(ii)', 'text'],
    ['en', '(iii) text', 'subpoint', 3, '(iii)', 'text'],
    ['en', 'iv) text', 'subpoint', 4, 'iv)', 'text'],
    ['en', '(v) text', 'subpoint', 5, '(v)', 'text'],
    ['en', '(x) text', 'subpoint', 10, '(x)', 'text'],
    ['en', '(xii) text', 'subpoint', 12, '(xii)', 'text'],
    ['ru', '(ii) текст', 'subpoint', 2, '(ii)', 'текст'],
    ['ar', '(iii) النص', 'subpoint', 3, '(iii)', 'النص'],
  ])('[%s] reads %j as %s %i', (code, text, unit, n, written, rest) => {
    expect(parseLabel(text, getLanguage(code))).toMatchObject({ unit, n, written, rest });
  });

  it.each<[string, string, number, LabelUnit, number]>([
    ['en', '(i) text', 8, 'point', 9],
    ['en', 'i) text', 8, 'point', 9],
    ['en', '(v) text', 21, 'point', 22],
    ['en', '(x) text', 23, 'point', 24],
    ['en', '(i) text', 3, 'subpoint', 1],
    ['en', '(v) text', 3, 'subpoint', 5],
    ['en', '(ii) text', 8, 'subpoint', 2],
    ['zh', '(i) 合作', 8, 'point', 9],
    ['ru', '(i) текст', 8, 'subpoint', 1],
  ])('[%s] reads %j after point %i as %s %i', (code, text, lastPointIndex, unit, n) => {
    expect(parseLabel(text, getLanguage(code), { lastPointIndex })).toMatchObject({ unit, n });
  });

  it('reports where the label sits, for the self-link', () => {
    expect(parseLabel('  (c) text', getLanguage('en'))).toMatchObject({ start: 2, end: 5, written: '(c)' });
    expect(parseLabel('第五条 适用范围', getLanguage('zh'))).toMatchObject({ start: 0, end: 3 });
  });
});

describe('parseLabel: not labels', () => {
  it.each<[string, string]>([
    ['en', 'I think the forum met.'],
    ['en', 'I am here.'],
    ['en', 'Article'],
    ['en', 'Article of faith'],
    ['en', 'Articles 5 and 6 apply'],
    ['en', 'Article5'],
    ['en', 'Article 5bis'],
    ['en', 'Annex A'],
    ['en', 'Annex C'],
    ['en', 'Part of the text'],
    ['en', 'Section'],
    ['en', 'The forum met.'],
    ['en', '1.5 million people'],
    ['en', '2023-09-20 opening'],
    ['en', '(a)text'],
    ['en', '(A) text'],
    ['en', '(I) text'],
    ['en', 'a.m. tomorrow'],
    ['en', '(1a) text'],
    ['en', '(word) text'],
    ['en', 'C. Scope'],
    ['en', ''],
    ['en', '   '],
    ['ru', '(a) Latin letter in a Russian text'],
    ['ru', 'Статья'],
    ['ar', 'المادة'],
    ['ar', 'المادة الخامسة'],
    ['zh', '第五'],
    ['zh', '第五天'],
    ['zh', '条约'],
    ['zh', '三五成群'],
    ['es', 'Artículo'],
    ['fr', 'Article premier'],
  ])('[%s] does not treat %j as a label', (code, text) => {
    expect(parseLabel(text, getLanguage(code))).toBeNull();
  });
});
