import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { FOLDINGS } from '../../src/search/folding.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const codeFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? codeFiles(path.join(dir, d.name))
        : /\.(ts|mjs|astro)$/.test(d.name)
          ? [path.join(dir, d.name)]
          : [],
    );

describe('the language table owns language behaviour', () => {
  it('says how search folds Arabic and how long each language takes to index', () => {
    expect(getLanguage('ar').search?.fold).toBe('arabic');
    expect(FOLDINGS.arabic.text('البيانات')).toBe(FOLDINGS.arabic.text('بيانات'));
    expect(getLanguage('en').search?.fold).toBeUndefined();
    expect(getLanguage('zh').search?.indexCost).toBeGreaterThan(getLanguage('ar').search?.indexCost ?? 1);
  });

  it('gives every language its quotation marks, citation pattern and numbering words', () => {
    for (const l of LANGUAGES) {
      expect(l.quotes.open, l.code).not.toBe('');
      expect(l.citation, l.code).toMatch(/\{title\}.*\{url\}/);
      expect(Object.keys(l.numbering), l.code).toEqual(
        expect.arrayContaining(['article', 'section', 'chapter', 'part', 'annex']),
      );
    }
  });

  it('is the only place where code branches on a language code', () => {
    // The benchmark's text generator writes each language's script on purpose; it is not the product.
    const files = [
      ...codeFiles(path.join(ROOT, 'src')),
      ...codeFiles(path.join(ROOT, 'scripts')).filter((f) => !f.endsWith('synth.mjs')),
    ];
    const branch =
      /\b\w*(?:lang|Lang|code)\w*(?:\?\.\w+)?\s*[!=]==?\s*['"](?:en|zh|fr|ru|es|ar)['"]|['"](?:en|zh|fr|ru|es|ar)['"]\s*[!=]==?\s*\w*(?:lang|Lang|code)/;
    const found = files
      .filter((f) => !f.endsWith(path.join('i18n', 'languages.ts')))
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (branch.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found, 'give the language table (src/i18n/languages.ts) a field for this behaviour instead').toEqual([]);
  });
});
