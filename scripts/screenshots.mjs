/**
 * Screenshots of the built site (FORUM_DIST, default dist/) for a human look (not a test):
 * `node scripts/screenshots.mjs [--dark] [path …]`. Writes PNGs to screenshots/ (git-ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/build/chromium.ts';
import { startServer } from '../src/build/serve.ts';
import { config } from '../src/config.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const given = args.filter((a) => a !== '--dark');
const root = config.dist;
const paths = given.length
  ? given
  : ['/en/2023/data-security-consensus/', '/ar/2023/data-security-consensus/', '/zh/2023/', '/en/'];
const { server, url } = await startServer({ root, port: 0 });
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'shots-')), {
  executablePath: findChromium(),
  headless: true,
  viewport: { width: 1100, height: 1400 },
  args: CHROMIUM_ARGS,
  colorScheme: dark ? 'dark' : 'light',
});
fs.mkdirSync('screenshots', { recursive: true });
for (const p of paths) {
  const page = await ctx.newPage();
  await page.goto(url + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800); // let search results or enhancements settle
  const file = `screenshots/${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${dark ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
  await page.close();
}
await ctx.close();
server.close();
