/**
 * `npm run bench`: build synthetic corpora of about 600 and 6,000 pages (30,000
 * with --full) and record build time, index time, pages per second, peak RSS,
 * output sizes, document-page weight, and search cost in headless Chromium.
 * Several runs per size (--runs N, default 3); medians are reported. Results go
 * to bench/results.json and a readable table in docs/performance.md.
 * No test asserts any of these numbers: budgets are compared here, in the results.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { measureDevPreview } from '../bench/dev-preview.ts';
import { dirSize, gz, median, runMeasured } from '../bench/measure.ts';
import { renderPerformanceDoc } from '../bench/report.ts';
import { writeSyntheticCorpus } from '../bench/synth.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../src/build/chromium.ts';
import { startServer } from '../src/build/serve.ts';

const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? true) : dflt;
};
const RUNS = Number(flag('runs', 3));
const SIZES = argv.includes('--full') ? [600, 6000, 30000] : String(flag('sizes', '600,6000')).split(',').map(Number);
const WORK = path.resolve('bench/.work');
const LANGS = 6;

const mb = (b) => Math.round((b / 2 ** 20) * 10) / 10;
const kb = (b) => Math.round((b / 1024) * 100) / 100;
const sec = (ms) => Math.round(ms / 100) / 10;

function corpusFor(pages) {
  // pages ≈ (works + editions) × 6 languages; one edition per 40 works.
  const works = Math.max(10, Math.round(pages / LANGS / (1 + 1 / 40)));
  const dir = path.join(WORK, `corpus-${pages}`);
  // --no-revisions: the same corpus without earlier revisions (issue 16's budget compares the two).
  const info = writeSyntheticCorpus(dir, { works, revisions: !argv.includes('--no-revisions') });
  return { dir, ...info };
}

async function buildOnce(corpusDir, out, env = {}) {
  const r = await runMeasured(['scripts/build.mjs'], { FORUM_CONTENT_DIR: corpusDir, FORUM_DIST: out, ...env });
  if (r.code !== 0) throw new Error(`build failed:\n${r.out.slice(-3000)}`);
  const info = JSON.parse(fs.readFileSync(path.join(out, 'build-info.json'), 'utf8')).timings;
  return {
    wallMs: r.ms,
    peakRss: r.peakRss,
    checkMs: info.check,
    astroMs: info.astro,
    indexMs: info.index,
    htmlPages: info.indexed.pages,
  };
}

/** A document page of the built site: its weight, and how much of it is markup. */
async function pageWeight(ctx, url, root, urlPath) {
  const page = await ctx.newPage();
  await page.goto(url + urlPath);
  const text = await page.evaluate(() => document.body.innerText);
  const assets = await page.evaluate(() => ({
    css: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
    js: [...document.querySelectorAll('script[src]')].map((s) => new URL(s.src).pathname),
  }));
  await page.close();
  const html = fs.readFileSync(path.join(root, urlPath, 'index.html'));
  const jsFiles = new Set(assets.js);
  // Module scripts may import shared chunks: count those too.
  for (const f of [...jsFiles])
    for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/from"\.\/([^"]+)"|import"\.\/([^"]+)"/g))
      jsFiles.add(path.posix.join(path.posix.dirname(f), m[1] ?? m[2]));
  const sum = (files) => files.reduce((n, f) => n + gz(fs.readFileSync(path.join(root, f))), 0);
  return {
    path: urlPath,
    htmlGz: gz(html),
    textGz: gz(Buffer.from(text)),
    ratio: Math.round((gz(html) / gz(Buffer.from(text))) * 100) / 100,
    cssGz: sum(assets.css),
    jsGz: sum([...jsFiles]),
    htmlBytes: html.length,
  };
}

/** Search cost as a reader pays it: bytes over the wire and time to results. */
async function searchCost(ctx, url, lang, first, later) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let parts = {};
  const urls = new Map();
  // What the bytes were: Pagefind's runtime (script and WebAssembly), index files, result fragments.
  const kind = (u) =>
    /pagefind\.js|wasm\.|pagefind-worker/.test(u) ? 'runtime' : /\.pf_fragment/.test(u) ? 'fragments' : 'index';
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const k = kind(urls.get(e.requestId) ?? '');
    parts[k] = (parts[k] ?? 0) + e.encodedDataLength;
  });
  await page.goto(`${url}/${lang}/search/`, { waitUntil: 'networkidle' });
  // Timed inside the page, from the reader's last keystroke to the first results on screen
  // and to the complete first page of results (results appear as their fragments arrive),
  // minus the 200 ms typing pause the page waits for. (Timing from Node instead adds
  // Playwright's polling, up to 500 ms, to every query.)
  const measure = async (q) => {
    bytes = 0;
    parts = {};
    const { first, complete } = await page.evaluate(
      (q) =>
        new Promise((resolve) => {
          const out = document.getElementById('search-results');
          const input = document.getElementById('q');
          let first = null;
          const done = new MutationObserver(() => {
            if (out.dataset.query !== q) return;
            first ??= performance.now() - t0 - 200;
            if (out.hasAttribute('aria-busy')) return;
            done.disconnect();
            resolve({ first, complete: performance.now() - t0 - 200 });
          });
          done.observe(out, { attributes: true, attributeFilter: ['data-query', 'aria-busy'] });
          input.value = q;
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      q,
    );
    await page.waitForLoadState('networkidle');
    return { query: q, ms: Math.round(first), completeMs: Math.round(complete), bytes, parts };
  };
  const a = await measure(first);
  const laterRuns = [];
  for (const q of later) laterRuns.push(await measure(q));
  await page.close();
  return {
    lang,
    first: a,
    later: laterRuns,
    laterMedianMs: median(laterRuns.map((r) => r.ms)),
    laterCompleteMedianMs: median(laterRuns.map((r) => r.completeMs)),
  };
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  runs: RUNS,
  sizes: [],
};

fs.mkdirSync(WORK, { recursive: true });
const chromiumPath = ensureChromium();
for (const target of SIZES) {
  const corpus = corpusFor(target);
  const out = path.join(WORK, `dist-${target}`);
  console.log(`\n${target} pages: ${corpus.works} works, ${corpus.editions} editions, ${corpus.pages} text pages`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await buildOnce(corpus.dir, out));
    const r = runs.at(-1);
    console.log(
      `  run ${i + 1}: ${sec(r.wallMs)} s (check ${sec(r.checkMs)}, astro ${sec(r.astroMs)}, index ${sec(r.indexMs)}), peak ${mb(r.peakRss)} MB`,
    );
  }
  const m = (k) => median(runs.map((r) => r[k]));
  const all = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const allHtml = all.filter((e) => e.name.endsWith('.html')).length;
  const size = {
    target,
    works: corpus.works,
    textPages: corpus.pages,
    htmlFiles: allHtml,
    // Hosts cap a site's files (Cloudflare Pages: 20,000), so the count is recorded.
    distFiles: all.length,
    buildS: sec(m('wallMs')),
    checkS: sec(m('checkMs')),
    astroS: sec(m('astroMs')),
    indexS: sec(m('indexMs')),
    pagesPerS: Math.round(allHtml / (m('wallMs') / 1000)),
    peakRssMB: mb(m('peakRss')),
    distMB: mb(dirSize(out)),
    indexMB: mb(dirSize(path.join(out, 'pagefind'))),
    runs: runs.map((r) => ({
      buildS: sec(r.wallMs),
      astroS: sec(r.astroMs),
      indexS: sec(r.indexMs),
      peakRssMB: mb(r.peakRss),
    })),
  };
  // A document of 20 clauses (the budget's reference page) in English and Chinese, and search.
  const { server, url } = await startServer({ root: out, port: 0 });
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const twenty = JSON.parse(fs.readFileSync(path.join(corpus.dir, 'twenty-clause.json'), 'utf8'));
  size.page = {
    en: await pageWeight(ctx, url, out, `/en/${twenty}/`),
    zh: await pageWeight(ctx, url, out, `/zh/${twenty}/`),
  };
  // A revision comparison (the first revision against the current one) beside its document page.
  const revised = corpus.revised[0];
  if (revised) {
    const doc = gz(fs.readFileSync(path.join(out, 'en', revised, 'index.html')));
    const cmp = gz(fs.readFileSync(path.join(out, 'en', revised, 'compare', '1-3', 'index.html')));
    size.compare = {
      path: `/en/${revised}/compare/1-3/`,
      htmlGz: cmp,
      documentGz: doc,
      ratio: Math.round((cmp / doc) * 100) / 100,
    };
  }
  size.revisedWorks = corpus.revised.length;
  size.search = [
    await searchCost(ctx, url, 'en', 'cooperation', [
      'security',
      'data protection',
      'training',
      'police',
      'information network',
      'crime',
    ]),
    await searchCost(ctx, url, 'zh', '数据', ['安全', '合作', '培训', '警务', '网络', '犯罪']),
  ];
  await ctx.close();
  server.close();
  // The editor's loop: `npm run dev` on the same corpus, a save, a reload.
  size.dev = await measureDevPreview(corpus.dir, twenty);
  console.log(
    `  dev server: started in ${size.dev.startS} s; save → reload with the edit ${size.dev.runs.join(', ')} ms`,
  );
  results.sizes.push(size);
  save(); // after each size, so a later failure loses nothing
  console.log(
    `  median ${size.buildS} s, ${size.pagesPerS} pages/s, peak ${size.peakRssMB} MB; page en ${kb(size.page.en.htmlGz)} KB gz (ratio ${size.page.en.ratio}); search en first ${kb(size.search[0].first.bytes)} KB`,
  );
  fs.rmSync(out, { recursive: true, force: true });
}

function save() {
  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
}

save();
renderPerformanceDoc(results);
console.log('\nWrote bench/results.json and docs/performance.md');
