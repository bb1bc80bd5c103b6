import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type DevServer, startDevServer } from '../../src/build/dev-server.ts';
import { launch } from './browser.ts';

/**
 * `npm run dev` as an editor uses it: save a file, reload the page, see the change; break a
 * reference, reload, see what is wrong and where. Against a copy of the fixture corpus outside
 * the project (a secretariat's own repository), so the watcher must look outside the project too.
 */
const root = path.resolve(import.meta.dirname, '../..');
// The system's temporary folder, unless the project itself lies in it (CI clones into /tmp).
const parent = path.relative(os.tmpdir(), root).startsWith('..') ? os.tmpdir() : path.dirname(root);
const content = fs.mkdtempSync(path.join(parent, 'forum-texts-dev-'));
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-texts-dev-cache-'));
const NOTE = path.join(content, 'documents/2030/partial-note');

let server: DevServer;
let origin = '';
let context: BrowserContext;
let page: Page;

function change(file: string, edit: (text: string) => string) {
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
}

/**
 * The page's text after a reload (callers retry it: the watcher reports a save a few milliseconds
 * after it). An error page is Astro's overlay, drawn by script once the page has loaded.
 */
async function reloadedText(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await page.goto(url);
      // An error page draws the overlay by script; a save that fixes the problem meanwhile reloads
      // the page before it does, so the wait is short and the caller's poll asks again.
      if (response?.status() === 500)
        await page
          .locator('vite-error-overlay')
          .waitFor({ timeout: 5000 })
          .catch(() => undefined);
      return (await page.locator('body').innerText()) + (await overlayText());
    } catch (e) {
      // The dev server reloads open pages when a save changes its content store (as an editor
      // wants); a navigation or a read that reload interrupts is tried again.
      if (attempt >= 5 || !/ERR_ABORTED|context was destroyed|interrupted by another navigation/.test(String(e)))
        throw e;
    }
  }
}
/** What Astro's error overlay says (it draws in a shadow root, which innerText does not enter). */
async function overlayText(): Promise<string> {
  return page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
}

beforeAll(async () => {
  fs.cpSync('tests/fixtures/site', content, { recursive: true });
  server = await startDevServer({ contentDir: content, cacheDir: cache });
  origin = server.origin;
  context = await launch();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  server?.stop();
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a saved edit on the next reload, in the language edited', async () => {
    const url = `${origin}/fr/2030/partial-note/`;
    expect(await reloadedText(url)).toContain('poissons-zèbres');
    change(path.join(NOTE, 'fr.mdx'), (t) => t.replace('poissons-zèbres', 'axolotls'));
    await expect.poll(() => reloadedText(url)).toContain('axolotls');
    expect(await reloadedText(url)).not.toContain('poissons-zèbres');
    // Styled as the built site is (the preview once lost its stylesheet to the page's CSP).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui/);
  });

  it('shows a broken reference in the browser and the terminal, with file and line, until it is fixed', async () => {
    const url = `${origin}/en/2030/partial-note/`;
    const file = path.join(NOTE, 'en.mdx');
    const before = fs.readFileSync(file, 'utf8');
    change(file, (t) => t.replace('2030/model-convention#art_1', '2030/no-such-text'));
    onTestFinished(() => fs.writeFileSync(file, before));
    await expect
      .poll(() => reloadedText(url))
      .toMatch(/partial-note\/en\.mdx:9[\s\S]*unknown document "2030\/no-such-text"/);
    // Every page says it, not only the one whose text is broken: the build would stop too.
    expect(await reloadedText(`${origin}/en/`)).toContain('unknown document "2030/no-such-text"');
    expect(server.log()).toMatch(/partial-note\/en\.mdx:9 — <Ref>: unknown document "2030\/no-such-text"/);
    // The content is at fault, not the code: no stack trace in the terminal.
    expect(server.log()).not.toMatch(/Stack trace|at loadCorpus/);
    fs.writeFileSync(file, before);
    await expect.poll(() => reloadedText(url)).toContain('zebrafish');
    expect(await overlayText()).toBe('');
  });

  it('shows a draft started by npm run new with its banner, naming the facts still to fill in', async () => {
    const made = spawnSync(process.execPath, ['scripts/new.mjs', '2030/new-draft', '--kind', 'report'], {
      env: { ...process.env, FORUM_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    await expect.poll(() => reloadedText(`${origin}/en/2030/new-draft/`)).toContain('Draft — not published');
    expect(await page.locator('.draft-notice bdi').innerText()).toMatch(/^status, date, text, sources\.0\.id/);
    // A published text's page has no banner.
    expect(await reloadedText(`${origin}/en/2030/partial-note/`)).not.toContain('Draft — not published');
  });

  it('serves a text added while it runs, and stops serving one removed', async () => {
    const added = path.join(content, 'documents/2030/later-note');
    fs.cpSync(NOTE, added, { recursive: true });
    await expect.poll(() => fetch(`${origin}/en/2030/later-note/`).then((r) => r.status)).toBe(200);
    fs.rmSync(added, { recursive: true });
    await expect.poll(() => fetch(`${origin}/en/2030/later-note/`).then((r) => r.status)).toBe(404);
  });
});
