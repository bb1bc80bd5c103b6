/**
 * Finds Debian's Chromium for the browser tests, installing it with apt-get when
 * running as root on a Debian-like machine (CI does). Never skips silently: where
 * no browser can be had, it fails and says how to get one.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { config } from '../config.ts';

const CANDIDATES = [
  config.chromiumPath,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p): p is string => Boolean(p));

/** Flags that let Debian's Chromium run headless as root on a machine with no network (tests and benchmark). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | null {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export function ensureChromium(): string {
  let found = findChromium();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    found = findChromium();
    if (found) return found;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.',
  );
}
