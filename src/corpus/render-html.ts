import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { useT } from '../i18n/i18n.ts';
import type { LangCode } from '../i18n/languages.ts';
import { corpusPlugins, type RecordLookup } from '../plugins/index.ts';
import type { Corpus } from './model.ts';
import { allRecords, pendingTrees } from './read.ts';
import { recordLookup } from './record-lookup.ts';

/**
 * Renders language versions to HTML with the plugin list of src/plugins/index.ts, from
 * the trees the corpus check has already parsed. One parse per file, no per-file
 * JavaScript module: this is what keeps large builds fast (see docs/performance.md).
 * The texts use only <Src>, <Ref> and <Clause>, which the plugins turn into plain
 * Markdown nodes, so no MDX runtime is needed.
 */
export function htmlRenderer(
  records: RecordLookup,
): (tree: Root, file: string, source: string, lang: LangCode) => string {
  // One processor for all the texts: plugins are set up once, and run per file.
  const processor = unified().use(corpusPlugins({ records })).freeze();
  return (tree, file, source, lang) => {
    const out = processor.runSync(tree, new VFile({ path: file, value: source })) as Root;
    return toHtml(toHast(out, footnoteOptions(lang)));
  };
}

/**
 * Footnotes (GFM `[^1]`, which `npm run import` writes for Word's notes) in the text's own
 * language: the section's hidden heading and the "back to reference" links would otherwise be
 * English on every page. Ids without the `user-content-` prefix, which guards against ids of
 * untrusted HTML clobbering the page's: the texts pass the content check and carry no HTML ids.
 */
function footnoteOptions(lang: LangCode) {
  const t = useT(lang);
  return {
    clobberPrefix: '',
    footnoteLabel: t('text.footnotes'),
    // A visible heading (the default hides it with a class the site does not define).
    footnoteLabelProperties: {},
    footnoteBackLabel: (i: number) => t('text.footnoteBack', { n: i + 1 }),
  };
}

/**
 * Renders every version read into `corpus` that is not rendered yet. `records` answers
 * for records the text refers to; by default `corpus` itself, which must then be whole
 * (a thread holding part of it passes the titles of all: src/corpus/threads.ts).
 */
export function renderAll(corpus: Corpus, records: RecordLookup = recordLookup(corpus)): void {
  const render = htmlRenderer(records);
  for (const rec of allRecords(corpus)) {
    for (const v of [...rec.versions.values()].flatMap((c) => [c, ...(c.revisions ?? [])])) {
      const pending = pendingTrees.get(v);
      if (!pending) continue;
      v.html = render(pending.tree, pending.path, pending.source, v.lang);
      pendingTrees.delete(v);
    }
  }
}
