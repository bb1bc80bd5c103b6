/**
 * `npm test`: formatting and lint (Biome) → unit tests → type check → build the site and the fixture site →
 * make sure Chromium and nginx are there → built-site checks in real Chromium
 * (served by the bundled server and by nginx).
 * Stops at the first failing step, with its exit code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '../src/build/chromium.ts';
import { ensureNginx } from '../src/build/nginx.ts';
import { childEnv } from '../src/config.ts';

const node = process.execPath;
const bin = (p) => path.resolve('node_modules', p);
function run(title, args, env = {}) {
  console.log(`\n━━ ${title}`);
  const r = spawnSync(node, args, { stdio: 'inherit', env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...env }) });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(r.status ?? 1);
  }
}

const vitest = bin('vitest/vitest.mjs');
// Each vitest run also writes a JSON report, so the totals can close the output in one plain line.
fs.mkdirSync('tests/.out', { recursive: true });
const reported = (project) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=tests/.out/vitest-${project}.json`,
];
// Style first: formatting and lint take a second, and say exactly which line to change (npm run format fixes most).
run('Formatting and lint (Biome)', [bin('@biomejs/biome/bin/biome'), 'ci', '--colors=off', '.']);
run('Unit tests', [vitest, 'run', '--project', 'unit', ...reported('unit')]);
run('Type check (astro check)', [bin('astro/bin/astro.mjs'), 'check']);
run('Build the site', ['scripts/build.mjs'], { FORUM_CONTACT: '' });
// The fixture site has a contact address (tests/site/prose.test.ts checks it); the site itself has none.
run('Build the fixture site', ['scripts/build.mjs'], {
  FORUM_CONTENT_DIR: 'tests/fixtures/site',
  FORUM_DIST: 'tests/.out/fixture-dist',
  FORUM_CONTACT: 'secretariat@archive.example',
});
console.log('\n━━ Chromium');
const CHROMIUM_PATH = ensureChromium();
console.log(`using ${CHROMIUM_PATH}`);
console.log('\n━━ nginx (the hosting checks run the shipped _nginx/ configuration)');
const NGINX_PATH = ensureNginx();
console.log(`using ${NGINX_PATH}`);
run('Built-site checks', [vitest, 'run', '--project', 'site', ...reported('site')], { CHROMIUM_PATH, NGINX_PATH });
const totals = ['unit', 'site'].map((p) => JSON.parse(fs.readFileSync(`tests/.out/vitest-${p}.json`, 'utf8')));
const sum = (k) => totals.reduce((n, t) => n + t[k], 0);
console.log(
  `\n✓ All tests passed.\ntests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped`,
);
