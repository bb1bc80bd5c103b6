/**
 * Writes the measured part of docs/performance.md from bench/results.json,
 * between the BENCH markers; the prose around it is written by hand.
 */
import fs from 'node:fs';

/** A document page's weight (bytes, gzip -9). */
export interface PageWeight {
  path: string;
  htmlGz: number;
  textGz: number;
  ratio: number;
  cssGz: number;
  jsGz: number;
  htmlBytes: number;
}
/** One query: time to the first results and to the complete page (ms), bytes transferred and what they were. */
export interface Query {
  query: string;
  ms: number;
  completeMs: number;
  bytes: number;
  parts: Partial<Record<'runtime' | 'index' | 'fragments', number>>;
}
export interface SearchCost {
  lang: string;
  first: Query;
  later: Query[];
  laterMedianMs: number;
  laterCompleteMedianMs: number;
}
/** One corpus size, medians of the runs (seconds, MB). */
export interface SizeResult {
  target: number;
  works: number;
  textPages: number;
  htmlFiles: number;
  distFiles: number;
  buildS: number;
  checkS: number;
  astroS: number;
  indexS: number;
  pagesPerS: number;
  peakRssMB: number;
  distMB: number;
  indexMB: number;
  runs: { buildS: number; astroS: number; indexS: number; peakRssMB: number }[];
  page: { en: PageWeight; zh: PageWeight };
  search: SearchCost[];
  /** A revision comparison page against its document page (gzip bytes), when the corpus has revisions. */
  compare?: { path: string; htmlGz: number; documentGz: number; ratio: number };
  /** Works with earlier revisions (one in ten; none with --no-revisions). */
  revisedWorks?: number;
  /** `npm run dev` on the corpus: start (s), and from a save to a reload with the edit (ms). */
  dev?: { startS: number; saveToReloadMs: number; runs: number[] };
}
/** bench/results.json */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpu: string | undefined; memGiB: number; node: string; platform: string };
  runs: number;
  sizes: SizeResult[];
}

const kb = (b: number) => (b / 1024).toFixed(1);
const ok = (cond: boolean) => (cond ? 'met' : '**not met**');

export function table(results: BenchResults): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push(
    `Measured ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpu}, ${m.memGiB} GiB, Node ${m.node}, ${m.platform}; median of ${results.runs} runs.`,
    '',
  );
  lines.push(
    '| pages (HTML files, all files) | full build | check + render | astro build | search index | pages/s | peak RSS | dist/ | index |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of results.sizes) {
    lines.push(
      `| ${s.target} (${s.htmlFiles}, ${s.distFiles ?? '–'}) | ${s.buildS} s | ${s.checkS} s | ${s.astroS} s | ${s.indexS} s | ${s.pagesPerS} | ${s.peakRssMB} MB | ${s.distMB} MB | ${s.indexMB} MB |`,
    );
  }
  lines.push('', "**Document page** (20 paragraphs of 30–60 words; gzip -9; text = the page's visible text):", '');
  lines.push(
    '| pages | lang | HTML gz | CSS gz | JS gz (all, none needed to read) | gzip(HTML) ÷ gzip(text) |',
    '|---|---|---|---|---|---|',
  );
  for (const s of results.sizes)
    for (const [lang, p] of Object.entries(s.page))
      lines.push(`| ${s.target} | ${lang} | ${kb(p.htmlGz)} KB | ${kb(p.cssGz)} KB | ${kb(p.jsGz)} KB | ${p.ratio} |`);
  lines.push(
    '',
    '**Search** in headless Chromium (bytes over the wire, gzip as a static host serves it; time measured in the page from the last keystroke to the first results on screen, and to the complete first page of five, less the 200 ms typing pause):',
    '',
  );
  lines.push(
    '| pages | lang | first query: first results / page complete | first: transferred (runtime + index + fragments) | later queries, median: first results / page complete | later: transferred |',
    '|---|---|---|---|---|---|',
  );
  const split = (q: Query) =>
    q.parts ? ` (${kb(q.parts.runtime ?? 0)} + ${kb(q.parts.index ?? 0)} + ${kb(q.parts.fragments ?? 0)})` : '';
  for (const s of results.sizes)
    for (const q of s.search)
      lines.push(
        `| ${s.target} | ${q.lang} | ${q.first.ms} / ${q.first.completeMs ?? '–'} ms | ${kb(q.first.bytes)} KB${split(q.first)} | ${q.laterMedianMs} / ${q.laterCompleteMedianMs ?? '–'} ms | ${q.later.map((l) => kb(l.bytes)).join(' / ')} KB |`,
      );
  if (results.sizes.some((s) => s.dev)) {
    lines.push(
      '',
      '**Editing** with `npm run dev` (a save to the first page that returns the edit, polled every 10 ms; five saves):',
      '',
      '| pages | server start | save → reload, median | each save |',
      '|---|---|---|---|',
    );
    for (const s of results.sizes)
      if (s.dev)
        lines.push(`| ${s.target} | ${s.dev.startS} s | ${s.dev.saveToReloadMs} ms | ${s.dev.runs.join(', ')} ms |`);
  }
  const big = results.sizes.find((s) => s.target === 6000);
  if (big) {
    const pg = big.page.en;
    lines.push('', '**Budgets** (6,000 pages, 2 cores):', '');
    lines.push(
      `- full build ≤ 60 s: ${big.buildS} s — ${ok(big.buildS <= 60)}; peak RSS ≤ 2.5 GB: ${big.peakRssMB} MB — ${ok(big.peakRssMB <= 2560)}`,
    );
    lines.push(
      `- document page: JS needed to read 0 KB — met (reading is tested with JavaScript off); JS in all ${kb(pg.jsGz)} KB ≤ 3 KB — ${ok(pg.jsGz <= 3072)}; CSS ${kb(pg.cssGz)} KB ≤ 8 KB — ${ok(pg.cssGz <= 8192)}; ratio ${big.page.en.ratio} (en) / ${big.page.zh.ratio} (zh) ≤ 1.5 — ${ok(Math.max(big.page.en.ratio, big.page.zh.ratio) <= 1.5)}`,
    );
    if (big.compare)
      lines.push(
        `- revision comparison ${big.compare.path}: ${kb(big.compare.htmlGz)} KB gz, ${big.compare.ratio}× its document page (${kb(big.compare.documentGz)} KB) ≤ 2× — ${ok(big.compare.ratio <= 2)}; ${big.revisedWorks} works with three revisions`,
      );
    if (big.dev)
      lines.push(
        `- \`npm run dev\`: save → reload with the edit ≤ 1 s: ${big.dev.saveToReloadMs} ms — ${ok(big.dev.saveToReloadMs <= 1000)}`,
      );
    const small = results.sizes.find((s) => s.target === 600);
    if (small)
      lines.push(
        `- page size independent of corpus size: ${small.page.en.htmlBytes} bytes at 600 pages, ${pg.htmlBytes} at 6,000 — ${ok(Math.abs(small.page.en.htmlBytes - pg.htmlBytes) <= 64)}`,
      );
    for (const q of big.search)
      lines.push(
        `- search (${q.lang}): first query ${kb(q.first.bytes)} KB ≤ 100 KB — ${ok(q.first.bytes <= 102400)}; later queries ${q.laterMedianMs} ms to the first results ≤ 50 ms — ${ok(q.laterMedianMs <= 50)}, ${q.laterCompleteMedianMs} ms to the complete page — ${ok(q.laterCompleteMedianMs <= 50)}`,
      );
    const huge = results.sizes.find((s) => s.target === 30000);
    if (huge)
      lines.push(
        `- growth to 30,000 pages: ${huge.buildS} s (${(huge.buildS / big.buildS).toFixed(2)}× for 5× the pages, ${(huge.textPages / big.textPages).toFixed(2)}× the texts); peak RSS ${huge.peakRssMB} MB (${(huge.peakRssMB / big.peakRssMB).toFixed(2)}×) — ${ok(huge.buildS / big.buildS <= 1.15 * (huge.textPages / big.textPages))}`,
      );
  }
  return lines.join('\n');
}

export function renderPerformanceDoc(results: BenchResults, file = 'docs/performance.md'): void {
  const doc = fs.readFileSync(file, 'utf8');
  const start = '<!-- BENCH:START -->';
  const end = '<!-- BENCH:END -->';
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  fs.writeFileSync(file, `${doc.slice(0, i + start.length)}\n${table(results)}\n${doc.slice(j)}`);
}
