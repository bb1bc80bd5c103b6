import { createHash } from 'node:crypto';

/**
 * A text file written by `npm run new` holds this comment on a line of its own (after the
 * frontmatter: an MDX comment, invisible on the page), which records a hash of the rest of the
 * file. The file is an "untouched stub" while the rest still matches the hash: then
 * `npm run import` may replace it without `--force`. Once an editor changes a word, the hash no
 * longer matches, and the file is theirs. (A hash, not a comparison with a fresh scaffold, so the
 * check does not depend on what the scaffold looked like in the version of the tool that wrote it.)
 */
const MARK = /^\{\/\* scaffold ([0-9a-f]{16}): written by npm run new; replace this text \*\/\}\n/m;

const digest = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/** The file text for a scaffold: `head` (the frontmatter), the marker comment, then `body`. */
export function markScaffold(head: string, body: string): string {
  return `${head}{/* scaffold ${digest(head + body)}: written by npm run new; replace this text */}\n${body}`;
}

/** True when `text` is a scaffold's text exactly as `npm run new` wrote it. */
export function isUntouchedScaffold(text: string): boolean {
  const m = MARK.exec(text);
  return m !== null && digest(text.slice(0, m.index) + text.slice(m.index + m[0].length)) === m[1];
}
