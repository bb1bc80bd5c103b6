import type { Analysis } from './analyse.ts';
import type { VersionFields } from './frontmatter.ts';

export interface ReportInput {
  input: string;
  target: string;
  title: string;
  titleFrom: string;
  fields: Omit<VersionFields, 'title'>;
  lang: string;
  original: string;
  analysis: Analysis;
  /** For a translation: the original's clause ids (null when the original cannot be read). */
  comparison: { file: string; ids: string[] | null } | null;
  editorial: boolean;
  existing: 'none' | 'stub' | 'edited';
  dryRun: boolean;
}

const ORIGIN: Record<string, string> = {
  word: "Word's numbering",
  'word style': "Word's numbering, from the paragraph's style",
  text: 'typed in the text',
  '': '',
};

/** The report printed before anything is written. */
export function formatReport(r: ReportInput): string {
  const out: string[] = [];
  out.push(`Import ${r.input} → ${r.target}${r.dryRun ? ' (dry run: nothing is written)' : ''}`);
  out.push(`  title: "${r.title}" (${r.titleFrom})`);
  const v = r.fields;
  out.push(
    `  version: ${v.version}${v.version === 'original' ? ` (${r.lang} is the work's original language)` : ''}${v.source ? `, source "${v.source.title}"` : ''}; basedOn: ${v.basedOn} (the work's revision)`,
  );
  if (r.existing === 'stub') out.push(`  replaces the untouched stub written by npm run new`);
  if (r.existing === 'edited')
    out.push(
      `  ${r.target} exists${r.dryRun ? ': a real run needs --force to replace it' : ' and is replaced (--force)'}`,
    );

  const labelled = r.analysis.clauses.filter((c) => c.num);
  out.push('', `Labels → clause ids (${labelled.length}; lines of ${r.target}):`);
  const width = Math.max(0, ...r.analysis.clauses.map((c) => (c.num || '(no label)').length));
  for (const c of r.analysis.clauses) {
    const label = c.num || '(no label)';
    out.push(
      `  line ${String(c.line).padStart(3)}  ${label.padEnd(width)}  → ${c.eId}${c.origin ? `  (${ORIGIN[c.origin]})` : ''}`,
    );
  }
  out.push('', r.analysis.notices.length ? `Check these (${r.analysis.notices.length}):` : 'Ambiguities: none found.');
  for (const n of r.analysis.notices) out.push(`  ${n.line ? `line ${n.line}: ` : ''}${n.message}`);

  if (r.comparison) {
    out.push('');
    if (!r.comparison.ids)
      out.push(`Clause ids not compared: the original (${r.comparison.file}) is not there yet or cannot be read.`);
    else {
      const mine = new Set(r.analysis.clauses.map((c) => c.eId));
      const theirs = new Set(r.comparison.ids);
      const missing = [...theirs].filter((id) => !mine.has(id));
      const extra = [...mine].filter((id) => !theirs.has(id));
      out.push(
        missing.length || extra.length
          ? `Against the original (${r.comparison.file}):`
          : `Against the original (${r.comparison.file}): the same ${theirs.size} clause ids.`,
      );
      if (missing.length) out.push(`  missing here: ${missing.join(', ')}`);
      if (extra.length) out.push(`  not in the original: ${extra.join(', ')}`);
    }
  }
  if (r.editorial)
    out.push(
      '',
      'This work is an editorial record: every numbered paragraph must cite its source with <Src id="…" /> before the build accepts it.',
    );
  return out.join('\n');
}
