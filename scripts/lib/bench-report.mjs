/**
 * Writes the measured part of docs/performance.md from bench/results.json,
 * between the BENCH markers; the prose around it is written by hand.
 */
import fs from 'node:fs';

const kb = (b) => (b / 1024).toFixed(1);
const ok = (cond) => (cond ? 'met' : '**not met**');

export function table(results) {
  const m = results.machine;
  const lines = [];
  lines.push(`Measured ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpu}, ${m.memGiB} GiB, Node ${m.node}, ${m.platform}; median of ${results.runs} runs.`, '');
  lines.push('| pages (HTML files, all files) | full build | check + render | astro build | search index | pages/s | peak RSS | dist/ | index |', '|---|---|---|---|---|---|---|---|---|');
  for (const s of results.sizes) {
    lines.push(`| ${s.target} (${s.htmlFiles}, ${s.distFiles ?? '–'}) | ${s.buildS} s | ${s.checkS} s | ${s.astroS} s | ${s.indexS} s | ${s.pagesPerS} | ${s.peakRssMB} MB | ${s.distMB} MB | ${s.indexMB} MB |`);
  }
  lines.push('', '**Document page** (20 paragraphs of 30–60 words; gzip -9; text = the page\'s visible text):', '');
  lines.push('| pages | lang | HTML gz | CSS gz | JS gz (all, none needed to read) | gzip(HTML) ÷ gzip(text) |', '|---|---|---|---|---|---|');
  for (const s of results.sizes) for (const [lang, p] of Object.entries(s.page)) lines.push(`| ${s.target} | ${lang} | ${kb(p.htmlGz)} KB | ${kb(p.cssGz)} KB | ${kb(p.jsGz)} KB | ${p.ratio} |`);
  lines.push('', '**Search** in headless Chromium (bytes over the wire, gzip as a static host serves it; time measured in the page from the last keystroke to the first results on screen, and to the complete first page of five, less the 200 ms typing pause):', '');
  lines.push('| pages | lang | first query: first results / page complete | first: transferred (runtime + index + fragments) | later queries, median: first results / page complete | later: transferred |', '|---|---|---|---|---|---|');
  const split = (q) => (q.parts ? ` (${kb(q.parts.runtime ?? 0)} + ${kb(q.parts.index ?? 0)} + ${kb(q.parts.fragments ?? 0)})` : '');
  for (const s of results.sizes) for (const q of s.search) lines.push(`| ${s.target} | ${q.lang} | ${q.first.ms} / ${q.first.completeMs ?? '–'} ms | ${kb(q.first.bytes)} KB${split(q.first)} | ${q.laterMedianMs} / ${q.laterCompleteMedianMs ?? '–'} ms | ${q.later.map((l) => kb(l.bytes)).join(' / ')} KB |`);
  const big = results.sizes.find((s) => s.target === 6000);
  if (big) {
    const pg = big.page.en;
    lines.push('', '**Budgets** (6,000 pages, 2 cores):', '');
    lines.push(`- full build ≤ 60 s: ${big.buildS} s — ${ok(big.buildS <= 60)}; peak RSS ≤ 2.5 GB: ${big.peakRssMB} MB — ${ok(big.peakRssMB <= 2560)}`);
    lines.push(`- document page: JS needed to read 0 KB — met (reading is tested with JavaScript off); JS in all ${kb(pg.jsGz)} KB ≤ 3 KB — ${ok(pg.jsGz <= 3072)}; CSS ${kb(pg.cssGz)} KB ≤ 8 KB — ${ok(pg.cssGz <= 8192)}; ratio ${big.page.en.ratio} (en) / ${big.page.zh.ratio} (zh) ≤ 1.5 — ${ok(Math.max(big.page.en.ratio, big.page.zh.ratio) <= 1.5)}`);
    const small = results.sizes.find((s) => s.target === 600);
    if (small) lines.push(`- page size independent of corpus size: ${small.page.en.htmlBytes} bytes at 600 pages, ${pg.htmlBytes} at 6,000 — ${ok(Math.abs(small.page.en.htmlBytes - pg.htmlBytes) <= 64)}`);
    for (const q of big.search) lines.push(`- search (${q.lang}): first query ${kb(q.first.bytes)} KB ≤ 100 KB — ${ok(q.first.bytes <= 102400)}; later queries ${q.laterMedianMs} ms to the first results ≤ 50 ms — ${ok(q.laterMedianMs <= 50)}, ${q.laterCompleteMedianMs} ms to the complete page — ${ok(q.laterCompleteMedianMs <= 50)}`);
    const huge = results.sizes.find((s) => s.target === 30000);
    if (huge) lines.push(`- growth to 30,000 pages: ${huge.buildS} s (${(huge.buildS / big.buildS).toFixed(2)}× for 5× the pages, ${(huge.textPages / big.textPages).toFixed(2)}× the texts); peak RSS ${huge.peakRssMB} MB (${(huge.peakRssMB / big.peakRssMB).toFixed(2)}×) — ${ok(huge.buildS / big.buildS <= 1.15 * (huge.textPages / big.textPages))}`);
  }
  if (results.decisions) {
    const d = results.decisions;
    lines.push('', `**Markdown pipeline** (astro build alone, ${d.corpusPages}-page corpus):`, '', '| variant | astro build | peak RSS |', '|---|---|---|');
    for (const [name, v] of Object.entries(d.astroOnly)) lines.push(`| ${name} | ${v.s} s | ${v.peakRssMB} MB |`);
    if (d.parse) lines.push('', `Parsing all ${d.parse.files} texts: remark-parse + remark-gfm ${d.parse.mdMs} ms; with remark-mdx ${d.parse.mdxMs} ms (×${d.parse.mdxOverMd}); as the content check parses (remark-mdx, GFM only where a text could use it) ${d.parse.usedMs ?? '–'} ms.`);
  }
  return lines.join('\n');
}

export function renderPerformanceDoc(results, file = 'docs/performance.md') {
  const doc = fs.readFileSync(file, 'utf8');
  const start = '<!-- BENCH:START -->';
  const end = '<!-- BENCH:END -->';
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  fs.writeFileSync(file, `${doc.slice(0, i + start.length)}\n${table(results)}\n${doc.slice(j)}`);
}
