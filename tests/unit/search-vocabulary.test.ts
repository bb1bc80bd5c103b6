import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCorpus } from '../../src/corpus/index.ts';
import { allRecords } from '../../src/corpus/read.ts';
import { normalizeWord, queryFor, vocabulary, wordsOf } from '../../src/search/vocabulary.ts';

/** A small seeded generator (mulberry32): the same "random" words on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const texts = (list: string[]) => list.map((text, i) => ({ text, id: `2023 report 2023/t${i}` }));

describe("which query words a language's texts contain", () => {
  const vocab = vocabulary(
    texts(['Cooperation in data security.', 'The date of the conference.', 'Independent reports.']),
    'en',
  );

  it('finds nothing for a query none of whose words occurs', () => {
    expect(queryFor('aaaaaaaaaaaaaaaaaaaa', vocab, 'en')).toBeNull();
    expect(queryFor('zebrafish qwerty', vocab, 'en')).toBeNull();
  });
  it('keeps a word of the text, and the start of a word from three letters on', () => {
    expect(queryFor('security', vocab, 'en')?.term).toBe('security');
    expect(queryFor('coop', vocab, 'en')?.term).toBe('coop');
    expect(queryFor('indep', vocab, 'en')?.term).toBe('indep');
  });
  it('never lets a one- or two-letter fragment match inside a longer word, and quotes a short word so Pagefind matches it whole', () => {
    expect(queryFor('co', vocab, 'en')).toBeNull();
    expect(queryFor('d', vocab, 'en')).toBeNull();
    expect(queryFor('in', vocab, 'en')?.term).toBe('"in"');
  });
  it('drops the words that occur nowhere and keeps the others', () => {
    expect(queryFor('qwerty data', vocab, 'en')?.term).toBe('data');
  });
  it('limits a rare word to the texts that contain it, so a stem it shares ("data", "date") brings no other text', () => {
    const fr = vocabulary(
      texts(['Le « data security consensus ».', 'La date de la conférence.', 'Une autre date.']),
      'fr',
    );
    expect(queryFor('data', fr, 'fr')).toEqual({ term: 'data', words: ['data'], texts: ['2023 report 2023/t0'] });
    expect(queryFor('date', fr, 'fr')?.texts).toEqual(['2023 report 2023/t1', '2023 report 2023/t2']);
  });
  it('compares without case or accents, as Pagefind does', () => {
    const es = vocabulary(texts(['La Formación de policías.']), 'es');
    expect(queryFor('formacion', es, 'es')?.term).toBe('formacion');
    expect(normalizeWord('Sécurité', 'fr')).toBe('securite');
  });
  it("finds a Chinese word anywhere inside the segmenter's words", () => {
    const zh = vocabulary(texts(['全球公共安全合作论坛数据安全共识']), 'zh');
    expect(queryFor('数据', zh, 'zh', true)?.term).toBe('数据');
    expect(queryFor('安全', zh, 'zh', true)?.term).toBe('安全');
    expect(queryFor('猫狗', zh, 'zh', true)).toBeNull();
  });
});

// Reads the whole shipped corpus: allowed more than the default 5 s on a loaded machine.
describe('the rule, on the shipped texts and words drawn at random', { timeout: 30_000 }, () => {
  const { corpus } = inspectCorpus(path.resolve('content'));
  const byLang = new Map<string, string[]>();
  for (const rec of allRecords(corpus))
    for (const v of rec.versions.values())
      byLang.set(v.lang, [...(byLang.get(v.lang) ?? []), v.clauses.map((c) => c.text).join('\n')]);
  const LETTERS: Record<string, string> = {
    en: 'abcdefghijklmnopqrstuvwxyz',
    fr: 'abcdefghijklmnopqrstuvwxyzéè',
    ru: 'абвгдежзийклмнопрстуфхцчшщыьэюя',
    es: 'abcdefghijklmnopqrstuvwxyzñ',
  };

  for (const [lang, letters] of Object.entries(LETTERS)) {
    const list = byLang.get(lang) ?? [];
    const vocab = vocabulary(texts(list), lang);
    // The independent oracle: every word of every text, then "is it a word, or the start of one (3+ letters)".
    const all = list.flatMap((t) => wordsOf(t, lang));
    const occursInText = (w: string) => all.some((x) => x === w || (w.length >= 3 && x.startsWith(w)));

    it(`in ${lang}: a random word finds something exactly when it occurs in a text`, () => {
      const next = random(12 + lang.charCodeAt(0));
      let absent = 0;
      for (let i = 0; i < 400; i++) {
        const len = 1 + Math.floor(next() * 8);
        const w = Array.from({ length: len }, () => letters[Math.floor(next() * letters.length)]).join('');
        const n = normalizeWord(w, lang);
        expect(queryFor(w, vocab, lang) !== null, w).toBe(occursInText(n));
        if (!occursInText(n)) absent++;
      }
      expect(absent).toBeGreaterThan(100); // most random words are junk: the test exercises both sides
    });

    it(`in ${lang}: every word drawn from the texts is found, and its first two letters alone only when they are a word`, () => {
      const next = random(99 + lang.charCodeAt(1));
      for (let i = 0; i < 200; i++) {
        const w = all[Math.floor(next() * all.length)]!;
        expect(queryFor(w, vocab, lang), w).not.toBeNull();
        const two = [...w].slice(0, 2).join('');
        if ([...w].length > 2 && /^\p{L}+$/u.test(w))
          expect(queryFor(two, vocab, lang) !== null, two).toBe(all.includes(two));
      }
    });
  }
});
