import { isPlaceholder, TODO } from '../editor/placeholders.ts';
import { parseRefTarget } from '../utils/ref-target.ts';
import type { Corpus, CorpusRecord } from './model.ts';
import type { Problem } from './problems.ts';
import { allRecords } from './read.ts';

/**
 * Drafts (`draft: true` in meta.yaml, written by `npm run new`): the preview shows them, a
 * production build leaves them out. What could make a published page depend on a draft, or a
 * placeholder reach one, is a content problem here, so that the preview reports it too.
 */
const isDraft = (rec: CorpusRecord | undefined) => rec?.meta.draft === true;
const PUBLISH = 'remove `draft: true` from its meta.yaml once it is finished';

/** Published texts that point at a draft, and placeholders left in the texts of published records. */
export function checkDrafts(corpus: Corpus, problems: Problem[]): void {
  const find = (key: string) => corpus.documents.get(key) ?? corpus.editions.get(key);
  for (const rec of allRecords(corpus)) {
    if (isDraft(rec)) continue;
    for (const v of rec.versions.values()) {
      for (const field of ['title', 'theme', 'place'] as const)
        if (isPlaceholder(v.data[field]))
          problems.push({ file: v.file, field, message: placeholderText(String(v.data[field])) });
      // (A <Src id="todo-source" /> left behind is already "no source todo-source": meta.yaml cannot keep it.)
      for (const c of v.clauses)
        if (c.text?.includes(TODO))
          problems.push({ file: v.file, line: c.line, field: c.eId, message: placeholderText(`${TODO} …`) });
      for (const ref of v.refs) {
        const { key } = parseRefTarget(ref.to);
        if (isDraft(find(key)))
          problems.push({
            file: v.file,
            line: ref.line,
            field: '<Ref>',
            message: `"${key}" is a draft, which is never published, so this link would lead nowhere: ${PUBLISH}, or remove the reference`,
          });
      }
    }
    if (rec.type !== 'document') continue;
    if (isDraft(corpus.editions.get(rec.edition)))
      problems.push({
        file: rec.metaFile,
        message: `edition ${rec.edition} is a draft, which is never published: publish the edition (${PUBLISH}), or mark this document \`draft: true\` too`,
      });
    for (const field of ['continues', 'supersedes'] as const) {
      const to = rec.meta[field];
      if (to && isDraft(corpus.documents.get(to)))
        problems.push({
          file: rec.metaFile,
          field,
          message: `"${to}" is a draft, which is never published: ${PUBLISH}`,
        });
    }
  }
}

const placeholderText = (value: string) =>
  `still holds the placeholder "${value}" written by npm run new: write the text, or keep \`draft: true\` in meta.yaml while it is being written (a draft is never published)`;

/** The corpus a production build publishes: every record but the drafts, and the keys of those left out. */
export function withoutDrafts(corpus: Corpus): { corpus: Corpus; drafts: string[] } {
  const keep = <T extends CorpusRecord>(m: Map<string, T>) => new Map([...m].filter(([, r]) => !isDraft(r)));
  const drafts = allRecords(corpus)
    .filter(isDraft)
    .map((r) => r.key);
  return { corpus: { ...corpus, editions: keep(corpus.editions), documents: keep(corpus.documents) }, drafts };
}

/** The line the build prints about the drafts it left out (none: nothing). */
export function draftsReport(drafts: string[]): string | undefined {
  if (!drafts.length) return undefined;
  const n = drafts.length;
  return `Left out ${n} draft${n === 1 ? '' : 's'} (draft: true in meta.yaml; shown by npm run dev only): ${drafts.join(', ')}`;
}
