import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayUseGfm, parseMdx } from '../../../src/corpus/parse-mdx.ts';

/**
 * The parser switches GFM on only for texts that contain one of its trigger
 * characters (src/corpus/parse-mdx.ts). These tests hold it to its claim: GFM
 * still works wherever it is written, and a text without triggers parses to the
 * same tree either way.
 */
const full = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const plain = unified().use(remarkParse).use(remarkMdx);
const body = (text: string) => `---\ntitle: T\nversion: original\nbasedOn: 1\n---\n\n${text}`;

describe('GFM where an editor writes it', () => {
  it.each([
    ['table', '| a | b |\n| - | - |\n| 1 | 2 |\n', '"type":"table"'],
    ['strikethrough', 'The ~~old~~ new text.\n', '"type":"delete"'],
    ['footnote', 'A claim.[^1]\n\n[^1]: Its source.\n', '"type":"footnoteReference"'],
    ['task list', '- [x] done\n- [ ] open\n', '"checked":true'],
    ['www autolink', 'See www.example.org for more.\n', '"type":"link"'],
    ['URL autolink', 'See https://example.org/a for more.\n', '"type":"link"'],
    ['e-mail autolink', 'Write to office@example.org today.\n', '"type":"link"'],
  ])('%s is parsed as GFM', (_, text, expected) => {
    expect(mayUseGfm(text)).toBe(true);
    expect(JSON.stringify(parseMdx(body(text)).tree)).toContain(expected);
  });
});

describe('texts without GFM triggers', () => {
  const files = ['content', 'tests/fixtures'].flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => path.join(dir, f)),
  );

  it('cover the shipped and fixture texts, which parse the same with or without GFM', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = parseMdx(fs.readFileSync(file, 'utf8')).body;
      if (mayUseGfm(text)) continue;
      expect(plain.parse(text), file).toEqual(full.parse(text));
    }
  });

  it('parse the same with or without GFM, for random Markdown without the triggers', () => {
    // Markdown-significant pieces, none of them a GFM trigger: emphasis, code, lists,
    // headings, quotes, HTML-like JSX, entities, escapes, CJK, Arabic, line breaks.
    const pieces = [
      '*',
      '_',
      '**',
      '`',
      '-',
      '+',
      '1.',
      '1)',
      '#',
      '>',
      '\\',
      '&amp;',
      '<Ref to="2023/x" />',
      ' ',
      '  ',
      '\n',
      '\n\n',
      'word',
      '安全',
      'الأمن',
      '(a)',
      '.',
      '/',
      '!',
      '(',
      ')',
      ']',
      '{/* c */}',
      '   ',
    ];
    let seed = 11;
    const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    let compared = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from(
        { length: 5 + Math.floor(rnd() * 40) },
        () => pieces[Math.floor(rnd() * pieces.length)],
      ).join('');
      expect(mayUseGfm(text)).toBe(false);
      let a: unknown;
      try {
        a = full.parse(text);
      } catch {
        continue; // invalid MDX (an unbalanced `<`…) fails with either parser
      }
      expect(plain.parse(text), JSON.stringify(text)).toEqual(a);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
