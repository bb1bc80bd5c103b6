/**
 * Text the sitemap and the Atom feeds (and any XML made from the corpus) carry must be characters
 * XML 1.0 allows: no control characters other than tab and line breaks, no lone UTF-16 surrogate
 * (a `\uD83D` escape in YAML without its pair), no U+FFFE/U+FFFF. Such a value fails the build
 * here, with its file and field, rather than making a file no reader can parse. JSON cannot carry
 * a lone surrogate either: data-safe.ts applies this one rule to every value the data files and
 * feeds are made from, once.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a value and how to fix it, or null when XML can carry it. */
export function xmlProblem(value: string): string | null {
  const m = NOT_XML.exec(value);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  const at = `at character ${m.index + 1}`;
  if (code >= 0xd800 && code <= 0xdfff)
    return `holds half of a character (a lone surrogate, ${hex(code)}) ${at}, which the data files (XML and JSON) cannot carry: write the character itself rather than a \\u escape, or give both halves of its pair`;
  return `holds the control character ${hex(code)} ${at}, which the data files (XML and JSON) cannot carry: delete it (it often comes in with text pasted from a PDF or a word processor)`;
}
