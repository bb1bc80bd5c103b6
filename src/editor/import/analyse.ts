/**
 * What an imported text's numbering becomes: every clause id, read from the file exactly as
 * the build will read it (parseMdx → collectBlocks → assignEIds, the project's own logic), and
 * what an editor should look at: ambiguous letters, gaps, repeated numbers, and Word numbers
 * that do not read as a clause number.
 */
import { assignEIds, latinIndex, parseRoman, splitEId } from '../../clauses/index.ts';
import { parseMdx } from '../../corpus/parse-mdx.ts';
import { getLanguage, type LangCode } from '../../i18n/languages.ts';
import { collectBlocks } from '../../utils/mdast-blocks.ts';
import type { WordLabel } from './word-numbering.ts';

export interface ClauseLine {
  line: number;
  /** The label as written ("Article 1", "(a)", "2."); '' for the preamble. */
  num: string;
  eId: string;
  /** Where the label came from: Word's automatic numbering (of the paragraph or its style) or the text. */
  origin: 'word' | 'word style' | 'text' | '';
}
export interface Notice {
  line?: number;
  message: string;
}

/** Clause ids of a file's text, in order, with their lines in the file. */
export function clausesOf(fileText: string, lang: LangCode): { clauses: ClauseLine[]; notices: Notice[] } {
  const parsed = parseMdx(fileText);
  const blocks = collectBlocks(parsed.tree, parsed.body).map(({ block }) =>
    block.line === undefined ? block : { ...block, line: block.line + parsed.bodyLineOffset },
  );
  const { clauses, errors } = assignEIds(blocks, getLanguage(lang));
  const out: ClauseLine[] = [];
  clauses.forEach((c, i) => {
    if (c?.kind === 'clause') out.push({ line: blocks[i]?.line ?? 0, num: c.num, eId: c.eId, origin: '' });
  });
  return { clauses: out, notices: errors.map((e) => ({ ...(e.line ? { line: e.line } : {}), message: e.message })) };
}

const shownLabel = (num: string) => `"${num}"`;

/** Gaps, repeats and letters that could be Roman numerals, in the order of the text. */
function numberingNotices(clauses: ClauseLine[]): Notice[] {
  const out: Notice[] = [];
  const last = new Map<string, { n: string; num: string; line: number }>();
  for (const c of clauses) {
    const segs = splitEId(c.eId);
    const seg = segs[segs.length - 1];
    if (!seg || seg.unit === 'preamble') continue;
    const parent = c.eId.slice(0, Math.max(0, c.eId.length - seg.unit.length - seg.value.length - 3));
    const roman = segs[segs.length - 2]?.unit === 'point';
    const key = `${parent}|${seg.unit}|${roman ? 'roman' : ''}`;
    const prev = last.get(key);
    // Positions in the sequence: 3 for "3", "c" or "iii".
    const order = (v: string) => (/^\d+$/.test(v) ? Number(v) : roman ? parseRoman(v) : latinIndex(v));
    const [a, b] = [prev ? order(prev.n) : null, order(seg.value)];
    if (seg.unit === 'point' && !roman && /^[ivx]$/.test(seg.value) && a !== null && b === a + 1)
      out.push({
        line: c.line,
        message: `${shownLabel(c.num)} after "${prev?.num}" is read as the next letter (${c.eId}); if it is the Roman sub-point ${seg.value}, put <Clause id="${c.eId.replace(/__point_[ivx]$/, '')}__point_${prev?.n}__point_${seg.value}" /> (or the id it belongs to) first in the paragraph`,
      });
    if (prev && a !== null && b !== null) {
      if (a === b)
        out.push({ line: c.line, message: `${shownLabel(c.num)} repeats the number of line ${prev.line} (${c.eId})` });
      else if (b < a)
        out.push({
          line: c.line,
          message: `${shownLabel(c.num)} goes back after "${prev.num}" (line ${prev.line}): ${c.eId}`,
        });
      else if (b > a + 1)
        out.push({
          line: c.line,
          message: `gap: ${shownLabel(c.num)} follows "${prev.num}" (line ${prev.line}); ${b - a - 1} missing before ${c.eId}`,
        });
    } else if (!prev && b !== null && b > 1)
      out.push({
        line: c.line,
        message: `${shownLabel(c.num)} is the first of its level here, but not the first number (${c.eId})`,
      });
    last.set(key, { n: seg.value, num: c.num, line: c.line });
  }
  return out;
}

/** Finds each Word label in the file's lines, in order; marks the clauses they became. */
function matchWordLabels(fileText: string, clauses: ClauseLine[], labels: WordLabel[]): Notice[] {
  const lines = fileText.split('\n');
  const out: Notice[] = [];
  let at = 0;
  for (const label of labels) {
    const found = lines.findIndex((l, i) => i >= at && l.replace(/^\s*(?:#+\s+)?/, '').startsWith(label.label));
    if (found < 0) continue;
    at = found + 1;
    const clause = clauses.find((c) => c.line === found + 1);
    if (label.unknownFormat)
      out.push({
        line: found + 1,
        message: `Word's number format "${label.unknownFormat}" is not known to the importer: ${shownLabel(label.label)} was written in digits; check it against the document`,
      });
    if (!clause)
      out.push({
        line: found + 1,
        message: `Word numbers this paragraph ${shownLabel(label.label)}, but the archive does not read that as a clause number: rewrite the label, or put <Clause id="…" /> first in the paragraph`,
      });
    else clause.origin = label.fromStyle ? 'word style' : 'word';
  }
  return out;
}

export interface Analysis {
  clauses: ClauseLine[];
  notices: Notice[];
}

export function analyse(fileText: string, lang: LangCode, labels: WordLabel[]): Analysis {
  const { clauses, notices } = clausesOf(fileText, lang);
  const wordNotices = matchWordLabels(fileText, clauses, labels);
  for (const c of clauses) if (!c.origin && c.num) c.origin = 'text';
  const all = [...notices, ...numberingNotices(clauses), ...wordNotices];
  all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { clauses, notices: all };
}
