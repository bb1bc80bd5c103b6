import { describe, expect, it } from 'vitest';
import {
  latinIndex,
  latinLetters,
  parseChineseNumeral,
  parseNumber,
  parseRoman,
  toChineseNumeral,
  toRoman,
} from '../../../src/clauses/index.ts';

describe('parseNumber', () => {
  it.each([
    ['5', 5],
    ['12', 12],
    ['0', 0],
    ['2023', 2023],
    ['٥', 5],
    ['١٢', 12],
    ['١٠٣', 103],
    ['۵', 5],
    ['۱۲', 12],
    ['一', 1],
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['两', 2],
    ['一百', 100],
    ['一百零三', 103],
    ['一百一十', 110],
    ['一千零五十', 1050],
    ['一〇三', 103],
    ['〇', 0],
    ['零', 0],
    ['I', 1],
    ['IV', 4],
    ['ix', 9],
    ['xii', 12],
    ['XIV', 14],
    ['xl', 40],
    ['MCMXCIX', 1999],
  ])('reads %s as %i', (token, n) => {
    expect(parseNumber(token)).toBe(n);
  });

  it.each([
    [''],
    ['5a'],
    ['a'],
    ['abc'],
    ['IIII'],
    ['VX'],
    ['IC'],
    ['三五'],
    ['十百'],
    ['十零'],
    ['1.5'],
    ['-3'],
    [' 5'],
    ['5 '],
    ['五6'],
  ])('refuses %j, which is not exactly one number', (token) => {
    expect(parseNumber(token)).toBeNull();
  });

  it('reads Roman numerals in either case', () => {
    expect(parseRoman('XIV')).toBe(14);
    expect(parseRoman('xiv')).toBe(14);
  });

  it('refuses Chinese numerals with a misplaced zero', () => {
    expect(parseChineseNumeral('零五')).toBeNull();
  });
});

describe('number formatting used in ids and labels', () => {
  it.each([
    [1, 'i'],
    [2, 'ii'],
    [4, 'iv'],
    [9, 'ix'],
    [14, 'xiv'],
    [40, 'xl'],
  ])('writes %i as Roman %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(parseRoman(roman)).toBe(n);
  });

  it.each([
    [1, '一'],
    [3, '三'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [103, '一百零三'],
    [110, '一百一十'],
  ])('writes %i as Chinese %s (and reads it back)', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it.each([
    [1, 'a'],
    [3, 'c'],
    [26, 'z'],
    [27, 'aa'],
    [28, 'ab'],
    [52, 'az'],
    [53, 'ba'],
  ])('maps point %i to Latin letters %s', (n, letters) => {
    expect(latinLetters(n)).toBe(letters);
    expect(latinIndex(letters)).toBe(n);
  });
});
