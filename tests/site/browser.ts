import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/build/chromium.ts';

export interface LaunchOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function launch(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  if (!executablePath)
    throw new Error('No Chromium: run the checks through `npm test` (it installs one) or set CHROMIUM_PATH.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-texts-chromium-'));
  return chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-GB',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
}

/**
 * Records what must never happen on a page: console errors (CSP violations are
 * reported there too), uncaught exceptions, and any request that leaves the site.
 */
export function watch(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request left the site: ${url}`);
  });
  return { problems };
}
