import type { CorpusRecord } from './model.ts';
import type { Problem } from './problems.ts';

/**
 * Characters the data files cannot carry (docs/data.md, "Bad input"): a lone surrogate is not
 * Unicode (a JSON parser may refuse it or turn it into U+FFFD), and a control character other
 * than tab and line breaks has no place in a title, a fact or a text. The first such character
 * of a string, with its position and the fix, or null.
 */
/** The index of the first lone surrogate or control character (not tab, LF, CR), or -1. */
function firstUnsafe(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

export function unsafeChar(s: string): string | null {
  const i = firstUnsafe(s);
  if (i < 0) return null;
  const c = s.charCodeAt(i);
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = `at character ${i + 1} ("${s.slice(Math.max(0, i - 12), i)}…")`;
  return c >= 0xd800
    ? `holds a lone surrogate (${code}) ${where}: half of a character, not valid Unicode, so it cannot go into the data files (JSON). Retype the character (often an emoji or a rare CJK character cut in two), or remove it`
    : `holds a control character (${code}) ${where}: invisible and not allowed in the data files (JSON). Remove it (tabs and line breaks are fine)`;
}

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
  for (const v of [...rec.versions.values()].flatMap((c) => [c, ...(c.revisions ?? [])])) {
    walk(v.data, '', v.file);
    for (const c of v.clauses) {
      walk(c.num, `clause ${c.eId} (number)`, v.file, c.line);
      walk(c.text, `clause ${c.eId}`, v.file, c.line);
    }
  }
}
