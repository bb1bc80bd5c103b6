import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { getLanguage } from '../i18n/languages.ts';
import { fileContext } from './file-context.ts';

/** A run of Latin-script words (with the digits and punctuation inside it), e.g. an English title quoted in Arabic. */
const LATIN_RUN =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’.,:;&()\-/ ]*[A-Za-z\u00C0-\u024F0-9)]|[A-Za-z\u00C0-\u024F]/g;

/**
 * In right-to-left versions, isolates every run of Latin-script text so the
 * bidi algorithm cannot scramble its punctuation with the surrounding Arabic:
 *
 * ```md
 * يذكر التعليق "global public security cooperation forum (lianyungang)" بوصفه…
 * ```
 * becomes `… "<bdi>global public security cooperation forum (lianyungang)</bdi>" …`.
 * Left-to-right versions are left alone; links and code keep their own text.
 */
export function remarkIsolateLtr() {
  return (tree: Root, file: VFile) => {
    const ctx = fileContext(file.path);
    if (!ctx || getLanguage(ctx.lang).dir !== 'rtl') return;
    walk(tree);
  };
}

function isolate(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(LATIN_RUN)) {
    if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    out.push({ type: 'emphasis', data: { hName: 'bdi' }, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function walk(node: Nodes) {
  if (!('children' in node) || node.type === 'link') return;
  const kids = node.children as Nodes[];
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i]!;
    if (k.type === 'text' && LATIN_RUN.test(k.value)) {
      LATIN_RUN.lastIndex = 0;
      kids.splice(i, 1, ...(isolate(k) as Nodes[]));
    } else walk(k);
  }
}
