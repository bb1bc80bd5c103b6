import { xmlProblem } from './check-xml-safe.ts';
import type { CorpusRecord } from './model.ts';
import type { Problem } from './problems.ts';

/**
 * Characters the data files (JSON, Akoma Ntoso, the sitemap and the feeds) cannot carry, by the
 * one rule of check-xml-safe.ts: the first such character of a string, with its position and the fix, or null.
 */
export const unsafeChar = xmlProblem;

/** Every string of a record's meta.yaml and of its versions' frontmatter and clause texts, checked with `unsafeChar`. */
export function checkDataSafe(rec: CorpusRecord, problems: Problem[]): void {
  const walk = (value: unknown, field: string, file: string, line?: number) => {
    if (typeof value === 'string') {
      const why = unsafeChar(value);
      if (why) problems.push({ file, field, message: `\`${field}\` ${why}`, ...(line ? { line } : {}) });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${field}.${i}`, file, line);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, field ? `${field}.${k}` : k, file, line);
  };
  walk(rec.meta, '', rec.metaFile);
  const clauses = (v: CorpusRecord['versions'] extends Map<string, infer V> ? V : never) => {
    for (const c of v.clauses) {
      walk(c.num, `clause ${c.eId} (number)`, v.file, c.line);
      walk(c.text, `clause ${c.eId}`, v.file, c.line);
    }
  };
  for (const v of rec.versions.values()) {
    walk(v.data, '', v.file);
    clauses(v);
    // An earlier revision's own frontmatter: its title (when it differed) and its note.
    for (const r of v.revisions ?? []) {
      walk({ title: r.data.title === v.data.title ? undefined : r.data.title, note: r.rev?.note }, '', r.file);
      clauses(r);
    }
  }
}
