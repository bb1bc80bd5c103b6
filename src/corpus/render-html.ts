import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
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
export function htmlRenderer(records: RecordLookup): (tree: Root, file: string, source: string) => string {
  // One processor for all the texts: plugins are set up once, and run per file.
  const processor = unified().use(corpusPlugins({ records })).freeze();
  return (tree, file, source) => {
    const out = processor.runSync(tree, new VFile({ path: file, value: source })) as Root;
    return toHtml(toHast(out));
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
      v.html = render(pending.tree, pending.path, pending.source);
      pendingTrees.delete(v);
    }
  }
}
