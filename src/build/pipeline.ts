/**
 * `npm run build` (scripts/build.mjs): check the content, build the site, index it for search, and
 * only then replace dist/. A failed build leaves no dist/ that looks deployable
 * (the previous one is removed too, so nobody deploys a stale site by mistake).
 *
 * Settings (src/config.ts): FORUM_CONTENT_DIR (content folder), FORUM_DIST (output, default dist),
 * FORUM_SITE (public origin).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { childEnv, config } from '../config.ts';
import { LANG_CODES } from '../i18n/languages.ts';
import { PUBLISHED_REGISTRY, readPublishedRegistry } from '../registry/baseline.ts';
import { LOCAL_ORIGIN, siteConfig } from '../site-config.ts';
import { writeHostFiles } from './host-files.ts';
import { removeLeftovers, unsafeOutput } from './output-folder.ts';
import type { Prepared } from './prepare.ts';
import { buildSearchIndex, checkUnindexedPages } from './search-index.ts';

const out = config.dist;
const tmp = `${out}.tmp-${process.pid}`;
// A failed build removes its output: refuse, before anything is written or deleted, an output
// folder that would take the content or the project's sources with it.
const unsafe = unsafeOutput(out, { root: path.resolve(import.meta.dirname, '../..'), content: config.contentDir });
if (unsafe) {
  const shown = path.relative(process.cwd(), out);
  console.error(
    `\nBuild refused: FORUM_DIST=${shown.startsWith('..') ? out : shown || '.'} cannot be the output folder: ${unsafe}.\nChoose a folder of its own for the built site (the default is dist/). Nothing was changed.\n`,
  );
  process.exit(1);
}
// Builds killed mid-way (Ctrl-C, out of memory) left their scratch folders: remove them.
for (const name of removeLeftovers(out)) console.log(`Removed ${name}, left by a build that did not finish.`);
// The output may live in a folder that does not exist yet (tests/.out/ on a fresh clone).
fs.mkdirSync(path.dirname(out), { recursive: true });
/** How long each step took (ms), and what was indexed: written to build-info.json. */
const timings: {
  check?: number;
  prepare?: number;
  astro?: number;
  index?: number;
  indexed?: { pages: number; languages: Record<string, number> };
  verify?: number;
} = {};

function fail(message: string): never {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(`${tmp}.pagefind`, { recursive: true, force: true });
  fs.rmSync(`${tmp}.pagefind.src`, { recursive: true, force: true });
  fs.rmSync(`${tmp}.snapshot`, { recursive: true, force: true });
  fs.rmSync(`${tmp}.prepared.json`, { force: true });
  // The registry the previous build published stays: it is the next build's baseline of published
  // URLs (src/registry/baseline.ts). A folder holding only it does not look deployable.
  const published = readPublishedRegistry(out);
  fs.rmSync(out, { recursive: true, force: true });
  if (published !== null) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, PUBLISHED_REGISTRY), published);
  }
  console.error(`\nBuild failed. ${message}\n`);
  process.exit(1);
}

// 1. Content: every problem at once, each with file, field or line, and the fix; then the
// snapshot for Astro. In a process of its own, so that the whole corpus it holds is gone
// before Astro's memory grows and Pagefind starts (prepare.ts).
const snapshot = `${tmp}.snapshot`;
const indexDir = `${tmp}.pagefind`;
const resultFile = `${tmp}.prepared.json`;
// Astro's content store from an earlier build is dropped first: the corpus loader refills it
// entirely; loading the old one only costs memory.
const cacheDir = path.join('node_modules/.astro', path.relative(process.cwd(), out).replace(/[^a-z0-9]+/gi, '-'));
fs.rmSync(path.join(cacheDir, 'data-store.json'), { force: true });

// 2. Astro renders the pages into a temporary folder. It starts as soon as the content step has
// written its snapshot, while that step writes its result and ends.
// (Typed by assertion: TypeScript would otherwise take it for null forever, not seeing startAstro assign it.)
let astro = null as { child: ChildProcess; done: Promise<{ code: number | null; ms: number }> } | null;
function startAstro() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // Astro's output folder is the scratch one: FORUM_DIST names it, like the build's own.
    env: childEnv({
      FORUM_DIST: tmp,
      FORUM_SNAPSHOT: snapshot,
      FORUM_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    }),
  });
  const done = new Promise<{ code: number | null; ms: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, ms: performance.now() - t0 })),
  );
  astro = { child, done };
}
const prepared = await new Promise<Prepared | null>((resolve) => {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'prepare.ts'), config.contentDir, snapshot, resultFile, out],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  child.on('message', (m) => m === 'snapshot' && !astro && startAstro());
  child.on('exit', (code) => {
    const result =
      code === 0 && fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Prepared) : null;
    fs.rmSync(resultFile, { force: true });
    resolve(result);
  });
});
if (!prepared || 'problems' in prepared) {
  // Astro may have started on the snapshot: it stops before its folder is removed.
  if (astro) {
    astro.child.kill();
    await astro.done;
  }
  if (!prepared)
    fail(
      'Reading the content failed unexpectedly (see the message above).\n(This is a bug, not a content problem: please report it with the files you changed.)',
    );
  fail(`${prepared.problems}\n\nNothing was built. Fix the files above and build again.`);
}
const { registry, pages } = prepared;
Object.assign(timings, prepared.timings);
if (!astro) startAstro();
const astroStatus = await astro!.done;
timings.astro = astroStatus.ms;
if (astroStatus.code !== 0) fail('astro build failed (see its message above).');

// 3. Pagefind indexes the text pages Astro built, one process per language, two at a time
// (search-index.ts). After Astro, not alongside it, so that the two never hold memory at the
// same time (docs/performance.md).
let t = performance.now();
try {
  timings.indexed = await buildSearchIndex(tmp, pages, indexDir);
} catch (e) {
  fail(`Search indexing failed: ${(e as Error).message}`);
}
timings.index = performance.now() - t;
t = performance.now();
try {
  checkUnindexedPages(tmp, pages);
} catch (e) {
  fail((e as Error).message);
}
fs.renameSync(indexDir, path.join(tmp, 'pagefind'));
timings.verify = performance.now() - t;
// The registry as published: the next build checks that no entry of it was removed.
fs.writeFileSync(path.join(tmp, PUBLISHED_REGISTRY), `${JSON.stringify(registry, null, 1)}\n`);

// 4. Localized 404 pages where static hosts look for them: /<lang>/404.html.
for (const lang of LANG_CODES) {
  const from = path.join(tmp, lang, '404', 'index.html');
  if (fs.existsSync(from)) {
    fs.renameSync(from, path.join(tmp, lang, '404.html'));
    fs.rmSync(path.dirname(from), { recursive: true });
  }
}
// Files for hosts: _redirects and _headers (Netlify/Cloudflare), _nginx/ (nginx), from the registry.
writeHostFiles(tmp, registry);

// 5. Only now does the new site replace the old one.
fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(tmp, out);
fs.rmSync(snapshot, { recursive: true, force: true });
const s = (ms = 0) => `${(ms / 1000).toFixed(1)} s`;
fs.writeFileSync(path.join(out, 'build-info.json'), JSON.stringify({ timings }, null, 1));
console.log(
  `\nBuilt ${path.relative(process.cwd(), out) || out}: check ${s(timings.check)}, astro ${s(timings.astro)}, search index ${s(timings.index)} after it (${pages.length} pages), verified in ${s(timings.verify)}.`,
);
// Said once, so nobody deploys a site whose links and citations point at their own machine.
console.log(
  !config.site
    ? `Links, citations and canonical URLs use ${LOCAL_ORIGIN}, where \`npm start\` serves the site. Before deploying, set the public origin: FORUM_SITE=https://your.host npm run build`
    : `Links, citations and canonical URLs use ${siteConfig.origin} (FORUM_SITE).`,
);
