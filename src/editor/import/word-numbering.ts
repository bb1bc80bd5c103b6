/**
 * Word's automatic numbering, recovered from `word/numbering.xml` and `word/styles.xml`.
 *
 * Why this is hand-written: mammoth (which reads the body) turns numbered paragraphs into
 * bare <ol> lists and drops their labels ("Article 5", "(c)", "第五条"), and no well-kept
 * library computes Word's list counters. The clause ids of a text come from those labels,
 * so this module computes them (levels, formats, start values, restarts, numbering inherited
 * from a paragraph's style) and writes each one into its paragraph as text, marking the
 * paragraph unnumbered. mammoth then reads the labels like numbers typed by hand, and each
 * label stays on its own paragraph (no mapping by position is needed). Only the numbering
 * parts are read here: the body itself is left to mammoth.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { customFormat, formatCounter } from './number-format.ts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  fmt: string;
  text: string;
  start: number;
  /** w:lvlRestart: restart after this (1-based) level; 0 never; undefined after any higher level. */
  restart: number | undefined;
  isLgl: boolean;
  /** w:pStyle: the paragraph style this level belongs to (style-linked numbering). */
  pStyle: string | undefined;
}
interface Num {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}
export interface NumberingDefs {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink: string | undefined }>;
  nums: Map<string, Num>;
  /** Paragraph and numbering styles: their own numbering, and the style they are based on. */
  styles: Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }>;
}

/** A label this module wrote into a paragraph. */
export interface WordLabel {
  /** As Word shows it: "Article 1", "(a)", "第一条". */
  label: string;
  /** The counter behind it (1 for "(a)"), and the level (0 = top). */
  counter: number;
  level: number;
  /** A w:numFmt this importer does not know (the counter was written in digits instead). */
  unknownFormat?: string;
  /** True when the numbering came from the paragraph's style, not the paragraph. */
  fromStyle: boolean;
}

const kids = (el: Element | null | undefined, name: string): Element[] =>
  el
    ? Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name)
    : [];
const kid = (el: Element | null | undefined, name: string) => kids(el, name)[0];
const val = (el: Element | undefined) => el?.getAttributeNS(W, 'val') ?? el?.getAttribute('w:val') ?? undefined;
const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);

function readFormat(lvl: Element): string {
  // Word 2010 writes custom formats inside mc:AlternateContent, with a plain fallback.
  const direct = kid(lvl, 'numFmt');
  const alt = kid(lvl, 'AlternateContent');
  const choice = kid(kid(alt, 'Choice'), 'numFmt');
  const fallback = kid(kid(alt, 'Fallback'), 'numFmt');
  const custom = [direct, choice].find((f) => val(f) === 'custom');
  if (custom)
    return customFormat(custom.getAttributeNS(W, 'format') ?? custom.getAttribute('w:format') ?? '') ?? 'custom';
  return val(direct) ?? val(fallback) ?? 'decimal';
}

function readLevels(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of kids(parent, 'lvl')) {
    levels.set(int(lvl.getAttributeNS(W, 'ilvl') ?? lvl.getAttribute('w:ilvl') ?? '0') ?? 0, {
      fmt: readFormat(lvl),
      text: val(kid(lvl, 'lvlText')) ?? '',
      // ECMA-376 §17.9.26: without w:start the counter starts at 0.
      start: int(val(kid(lvl, 'start'))) ?? 0,
      restart: int(val(kid(lvl, 'lvlRestart'))),
      isLgl: kid(lvl, 'isLgl') !== undefined && val(kid(lvl, 'isLgl')) !== 'false',
      pStyle: val(kid(lvl, 'pStyle')),
    });
  }
  return levels;
}

/** Reads the numbering definitions and the styles' numbering (either part may be missing). */
export function readNumbering(numbering: Document | undefined, styles: Document | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  const root = numbering?.documentElement;
  for (const a of kids(root, 'abstractNum')) {
    const id = a.getAttributeNS(W, 'abstractNumId') ?? a.getAttribute('w:abstractNumId') ?? '';
    defs.abstracts.set(id, { levels: readLevels(a), styleLink: val(kid(a, 'numStyleLink')) });
  }
  for (const n of kids(root, 'num')) {
    const id = n.getAttributeNS(W, 'numId') ?? n.getAttribute('w:numId') ?? '';
    const num: Num = { abstractId: val(kid(n, 'abstractNumId')) ?? '', starts: new Map(), levels: new Map() };
    for (const o of kids(n, 'lvlOverride')) {
      const ilvl = int(o.getAttributeNS(W, 'ilvl') ?? o.getAttribute('w:ilvl') ?? '0') ?? 0;
      const start = int(val(kid(o, 'startOverride')));
      if (start !== undefined) num.starts.set(ilvl, start);
      const level = readLevels(o).get(ilvl);
      if (level) num.levels.set(ilvl, level);
    }
    defs.nums.set(id, num);
  }
  for (const s of kids(styles?.documentElement, 'style')) {
    const id = s.getAttributeNS(W, 'styleId') ?? s.getAttribute('w:styleId') ?? '';
    const numPr = kid(kid(s, 'pPr'), 'numPr');
    defs.styles.set(id, {
      numId: val(kid(numPr, 'numId')),
      ilvl: int(val(kid(numPr, 'ilvl'))),
      basedOn: val(kid(s, 'basedOn')),
    });
  }
  return defs;
}

/** The paragraph's numbering: its own w:numPr, else its style's (through w:basedOn). */
function numberingOf(p: Element, defs: NumberingDefs): { numId: string; ilvl: number; fromStyle: boolean } | null {
  const pPr = kid(p, 'pPr');
  const numPr = kid(pPr, 'numPr');
  const ownId = val(kid(numPr, 'numId'));
  const ownLvl = int(val(kid(numPr, 'ilvl')));
  if (ownId !== undefined) return ownId === '0' ? null : { numId: ownId, ilvl: ownLvl ?? 0, fromStyle: false };
  const seen = new Set<string>();
  for (let id = val(kid(pPr, 'pStyle')); id !== undefined && !seen.has(id); id = defs.styles.get(id)?.basedOn) {
    seen.add(id);
    const style = defs.styles.get(id);
    if (style?.numId === undefined) continue;
    if (style.numId === '0') return null;
    // A style-linked level names its style (w:pStyle); otherwise the style's w:ilvl, or the top level.
    const levels = resolve(style.numId, defs)?.levels;
    const linked = [...(levels ?? new Map<number, Level>())].find(([, l]) => l.pStyle === id)?.[0];
    return { numId: style.numId, ilvl: ownLvl ?? style.ilvl ?? linked ?? 0, fromStyle: true };
  }
  return null;
}

/** The levels a w:num uses (following w:numStyleLink), and the key its counters are kept under. */
function resolve(numId: string, defs: NumberingDefs, depth = 0): { levels: Map<number, Level>; key: string } | null {
  const num = defs.nums.get(numId);
  const abstract = num && defs.abstracts.get(num.abstractId);
  if (!num || !abstract || depth > 4) return null;
  if (abstract.styleLink !== undefined) {
    const linked = defs.styles.get(abstract.styleLink)?.numId;
    return linked === undefined ? null : resolve(linked, defs, depth + 1);
  }
  const levels = new Map([...abstract.levels, ...num.levels]);
  // Lists that share an abstract definition continue each other's count, unless one restarts it.
  const key = num.starts.size || num.levels.size ? `num ${numId}` : `abstract ${num.abstractId}`;
  return { levels, key };
}

/**
 * Computes the label of every numbered paragraph of `doc` (word/document.xml), in document
 * order, writes it at the start of the paragraph and marks the paragraph unnumbered
 * (w:numId 0). Bulleted lists are left as they are: mammoth keeps them as lists.
 */
export function writeLabels(doc: Document, defs: NumberingDefs): WordLabel[] {
  const counters = new Map<string, (number | undefined)[]>();
  const out: WordLabel[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    const n = numberingOf(p, defs);
    const list = n && resolve(n.numId, defs);
    const level = list?.levels.get(n?.ilvl ?? 0);
    if (!n || !list || !level || level.fmt === 'bullet') continue;
    const values = counters.get(list.key) ?? [];
    counters.set(list.key, values);
    const start = defs.nums.get(n.numId)?.starts.get(n.ilvl) ?? level.start;
    values[n.ilvl] = values[n.ilvl] === undefined ? start : (values[n.ilvl] ?? 0) + 1;
    for (let d = n.ilvl + 1; d < values.length; d++) {
      const restart = list.levels.get(d)?.restart ?? d;
      if (restart !== 0 && n.ilvl <= restart - 1) values[d] = undefined;
    }
    let unknownFormat: string | undefined;
    const label = level.text
      .replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        const lvl = list.levels.get(at);
        const value = values[at] ?? lvl?.start ?? 1;
        const fmt = level.isLgl && at < n.ilvl ? 'decimal' : (lvl?.fmt ?? 'decimal');
        const shown = formatCounter(value, fmt);
        if (shown === null) unknownFormat = fmt;
        return shown ?? String(value);
      })
      .trim();
    unmark(p, doc);
    if (!label) continue;
    prepend(p, doc, `${label} `);
    out.push({
      label,
      counter: values[n.ilvl] ?? start,
      level: n.ilvl,
      fromStyle: n.fromStyle,
      ...(unknownFormat ? { unknownFormat } : {}),
    });
  }
  return out;
}

/** Gives the paragraph w:numPr with w:numId 0 ("no numbering"), which also overrides its style's. */
function unmark(p: Element, doc: Document): void {
  let pPr = kid(p, 'pPr');
  if (!pPr) {
    pPr = doc.createElementNS(W, 'w:pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  for (const old of kids(pPr, 'numPr')) pPr.removeChild(old);
  const numPr = doc.createElementNS(W, 'w:numPr');
  for (const [name, v] of [
    ['w:ilvl', '0'],
    ['w:numId', '0'],
  ] as const) {
    const el = doc.createElementNS(W, name);
    el.setAttributeNS(W, 'w:val', v);
    numPr.appendChild(el);
  }
  pPr.insertBefore(numPr, kid(pPr, 'pStyle')?.nextSibling ?? pPr.firstChild);
}

function prepend(p: Element, doc: Document, text: string): void {
  const r = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  p.insertBefore(r, kid(p, 'pPr')?.nextSibling ?? p.firstChild);
}
