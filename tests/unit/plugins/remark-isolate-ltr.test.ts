import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/corpus/parse-mdx.ts';
import { htmlRenderer } from '../../../src/corpus/render-html.ts';
import type { LangCode } from '../../../src/i18n/languages.ts';
import { corpusPlugins } from '../../../src/plugins/index.ts';
import { remarkIsolateLtr } from '../../../src/plugins/remark-isolate-ltr.ts';

/**
 * remark-isolate-ltr through the site's own pipeline (parse as the corpus check does, then
 * the plugin list of src/plugins/index.ts): Latin-script runs inside a right-to-left text are
 * wrapped in <bdi>, so the bidi algorithm cannot move their punctuation.
 */
const records = {
  title: (key: string) => (key === '2030/model-convention' ? 'Model Convention (2030)' : undefined),
  sources: () => [{ id: 'src-a' }],
};
const render = htmlRenderer(records);
const html = (lang: string, text: string, file = path.join('content', 'documents', '2030', 'note', `${lang}.mdx`)) => {
  const parsed = parseMdx(`---\ntitle: T\nversion: original\nbasedOn: 1\n---\n\n${text}\n`);
  return render(parsed.tree, file, parsed.body, lang as LangCode);
};
const bdis = (out: string) => [...out.matchAll(/<bdi>(.*?)<\/bdi>/g)].map((m) => m[1]);

describe('remark-isolate-ltr', () => {
  it('is in the plugin list the corpus renders with, after the plugins that write text', () => {
    const list = corpusPlugins({ records });
    expect(list.at(-1)).toBe(remarkIsolateLtr);
  });

  it('isolates a Latin title quoted in Arabic, its inner punctuation included and the quotation marks left outside', () => {
    const out = html('ar', 'يذكر التعليق "global public security cooperation forum (lianyungang)" بوصفه مرجعاً.');
    expect(bdis(out)).toEqual(['global public security cooperation forum (lianyungang)']);
    expect(out).toContain('"<bdi>global public security cooperation forum (lianyungang)</bdi>" بوصفه');
  });

  it('isolates each Latin run on its own, with digits and punctuation inside a run but not at its end', () => {
    const out = html('ar', 'تعتمد المعيار ISO/IEC 27001 ومنظمة UNODC. ثم Interpol، في عام 2023.');
    expect(bdis(out)).toEqual(['ISO/IEC 27001', 'UNODC', 'Interpol']);
    // The sentence's own full stop and the Arabic comma stay in the Arabic text.
    expect(out).toContain('<bdi>UNODC</bdi>. ثم <bdi>Interpol</bdi>، في');
  });

  it('leaves numbers written alone, and Arabic text, as they are', () => {
    const out = html('ar', 'عقد المنتدى في عام 2023 في ليانيونقانغ.');
    expect(bdis(out)).toEqual([]);
    expect(out).toContain('عقد المنتدى في عام 2023 في ليانيونقانغ.');
  });

  it('leaves the text of links and code alone', () => {
    const out = html('ar', 'انظر [the official site](https://example.org/) والرمز `npm run build` هنا.');
    expect(bdis(out)).toEqual([]);
    expect(out).toContain('<a href="https://example.org/">the official site</a>');
    expect(out).toContain('<code>npm run build</code>');
  });

  it('isolates Latin text the author emphasised, inside the emphasis', () => {
    const out = html('ar', 'يسمى *Global Forum* باللغة الإنكليزية.');
    expect(out).toContain('<em><bdi>Global Forum</bdi></em>');
  });

  it('leaves left-to-right versions alone', () => {
    for (const lang of ['en', 'fr', 'zh'])
      expect(bdis(html(lang, 'Le forum "Global Forum (Lianyungang)" a lieu en 2023.'))).toEqual([]);
  });

  it('leaves Markdown that is not a language version of a record alone', () => {
    expect(bdis(html('ar', 'نص "global forum" هنا.', path.join('content', 'about', 'ar.mdx')))).toEqual([]);
  });
});
