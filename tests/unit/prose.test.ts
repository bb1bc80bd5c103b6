import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANG_CODES } from '../../src/i18n/languages.ts';
import { ProseSchema } from '../../src/schemas/prose.ts';
import { PROSE_PAGES } from '../../src/utils/urls.ts';

/** The site's own pages (prose/<page>/<lang>.mdx): one file per page and language, kept in step with the English original. */
const read = (page: string, lang: string) => fs.readFileSync(`prose/${page}/${lang}.mdx`, 'utf8');
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as unknown;
const components = (text: string) => [...text.matchAll(/<([A-Z]\w*)\b/g)].map((m) => m[1]);
const links = (text: string, lang: string) =>
  [...text.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]!.replace(`/${lang}/`, '/<lang>/'));

describe('prose pages', () => {
  it('exist for every page and language, and nothing else is in prose/', () => {
    expect(fs.readdirSync('prose').sort()).toEqual([...PROSE_PAGES].sort());
    for (const page of PROSE_PAGES)
      expect(fs.readdirSync(`prose/${page}`).sort(), page).toEqual(LANG_CODES.map((l) => `${l}.mdx`).sort());
  });

  describe.each(PROSE_PAGES)('%s', (page) => {
    const en = read(page, 'en');
    it.each(LANG_CODES)('in %s has a title and a description', (lang) => {
      expect(ProseSchema.safeParse(frontmatter(read(page, lang))).success).toBe(true);
    });
    it.each(LANG_CODES.filter((l) => l !== 'en'))(
      'in %s uses the same components and links as the English original, in its own language',
      (lang) => {
        const text = read(page, lang);
        expect(components(text)).toEqual(components(en));
        expect(links(text, lang)).toEqual(links(en, 'en'));
        expect(links(text, lang).every((l) => l.startsWith('/<lang>/'))).toBe(true);
      },
    );
    it.each(LANG_CODES)(
      'in %s has headings without vowel marks (each heading becomes a section id, and ids must be letters, digits, - and _)',
      (lang) => {
        const marked = read(page, lang)
          .split('\n')
          .filter((l) => l.startsWith('#') && /\p{M}/u.test(l));
        expect(
          marked,
          `prose/${page}/${lang}.mdx: write these headings without diacritics (ً ُ ّ …); the text below them may keep them`,
        ).toEqual([]);
      },
    );
  });
});
