import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/corpus/parse-mdx.ts';
import { htmlRenderer } from '../../../src/corpus/render-html.ts';

/** Footnotes (which `npm run import` writes for Word's notes) read in the text's own language. */
const render = htmlRenderer({ title: () => undefined, sources: () => [] });
const html = (body: string, lang: 'en' | 'zh' | 'ar') => {
  const parsed = parseMdx(`---\ntitle: t\nversion: original\nbasedOn: 1\n---\n\n${body}\n`);
  return render(parsed.tree, 'x.mdx', parsed.body, lang);
};

describe('footnotes in a text', () => {
  it.for([
    ['en', 'Footnotes', 'Back to reference 1'],
    ['zh', '脚注', '返回脚注引用 1'],
    ['ar', 'الحواشي', 'العودة إلى موضع الإحالة 1'],
  ] as const)('are headed and linked back in %s', ([lang, heading, back]) => {
    const out = html('1. A statement.[^1]\n\n[^1]: The note.', lang);
    expect(out).toContain(`<h2 id="footnote-label">${heading}</h2>`);
    expect(out).toContain(`aria-label="${back}"`);
    // Plain, stable ids: the reference and the note point at each other.
    expect(out).toMatch(/<a href="#fn-1" id="fnref-1"/);
    expect(out).toContain('<li id="fn-1">');
  });
});
