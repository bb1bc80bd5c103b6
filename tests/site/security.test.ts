import fs from 'node:fs';
import { parse } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../src/build/links.ts';
import { cspHeader, SECURITY_HEADERS } from '../../src/utils/security.ts';
import { launch, watch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

const base = (site: 'site' | 'fixture') => (site === 'site' ? inject('siteUrl') : inject('fixtureUrl'));

/**
 * What the site needs, and nothing more. A served policy may be stricter, never looser:
 * comparing the header with the code that generates it would pass `default-src *` too.
 */
const ALLOWED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"], // Pagefind compiles WebAssembly
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'], // Pagefind's worker
  'manifest-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};
/** Directives that do not fall back to default-src: a policy without them leaves them open. */
const REQUIRED = ['default-src', 'base-uri', 'form-action', 'object-src'];

/** Everything in `policy` that the allow-list does not allow; [] for an acceptable policy. */
function looserThanAllowed(policy: string, { header }: { header: boolean }): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/) as [string, ...string[]];
    const directive = name.toLowerCase();
    if (seen.has(directive)) continue; // browsers ignore a repeated directive
    seen.add(directive);
    if (!ALLOWED[directive]) problems.push(`${directive}: not in the allow-list`);
    else
      for (const s of sources) if (!ALLOWED[directive]!.includes(s)) problems.push(`${directive}: ${s} is not allowed`);
  }
  for (const d of header ? [...REQUIRED, 'frame-ancestors'] : REQUIRED)
    if (!seen.has(d)) problems.push(`${d}: missing`);
  return problems;
}

describe('security headers and policy', () => {
  it("allows no more than the allow-list, in the policy, _headers, both servers and every page's <meta>", async () => {
    expect(looserThanAllowed(cspHeader(), { header: true })).toEqual([]);
    const file = /Content-Security-Policy: (.*)/.exec(fs.readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
    expect(looserThanAllowed(file, { header: true })).toEqual([]);
    for (const origin of [inject('siteUrl'), inject('nginxSiteUrl')]) {
      const served = (await fetch(`${origin}/en/`)).headers.get('content-security-policy') ?? '';
      expect(looserThanAllowed(served, { header: true }), origin).toEqual([]);
    }
    const problems: string[] = [];
    for (const root of ['dist', 'tests/.out/fixture-dist']) {
      for (const page of htmlFiles(root)) {
        const meta = parse(fs.readFileSync(page, 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]');
        if (!meta) problems.push(`${page}: no <meta> policy`);
        else
          problems.push(
            ...looserThanAllowed(meta.getAttribute('content') ?? '', { header: false }).map((p) => `${page}: ${p}`),
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('the allow-list check rejects the loosened policies a review slipped past the old tests', () => {
    const loosened = (from: string, to: string) => cspHeader().replace(from, to);
    expect(looserThanAllowed(loosened("default-src 'self'", 'default-src *'), { header: true })).toEqual([
      'default-src: * is not allowed',
    ]);
    expect(looserThanAllowed(loosened("script-src 'self'", "script-src 'self' https:"), { header: true })).toEqual([
      'script-src: https: is not allowed',
    ]);
    expect(looserThanAllowed(loosened("connect-src 'self'", 'connect-src *'), { header: true })).toEqual([
      'connect-src: * is not allowed',
    ]);
    expect(
      looserThanAllowed(loosened("script-src 'self'", "script-src 'self' 'unsafe-inline'"), { header: true }),
    ).toEqual(["script-src: 'unsafe-inline' is not allowed"]);
    expect(looserThanAllowed(loosened("; frame-ancestors 'none'", ''), { header: true })).toEqual([
      'frame-ancestors: missing',
    ]);
  });

  it('serves every page with the full CSP and security headers from dist/_headers', async () => {
    const res = await fetch(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    expect(res.headers.get('content-security-policy')).toBe(cspHeader());
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k), k).toBe(v);
    const csp = cspHeader();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/base-uri 'self'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('has no inline scripts, inline styles or event-handler attributes in any built page', () => {
    const offenders: string[] = [];
    for (const root of ['dist', 'tests/.out/fixture-dist']) {
      for (const file of htmlFiles(root)) {
        const doc = parse(fs.readFileSync(file, 'utf8'));
        for (const s of doc.querySelectorAll('script'))
          if (!s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')
            offenders.push(`${file}: inline <script>`);
        if (doc.querySelectorAll('style').length) offenders.push(`${file}: <style>`);
        for (const el of doc.querySelectorAll('*')) {
          for (const name of Object.keys(el.attributes)) {
            if (/^on/i.test(name)) offenders.push(`${file}: ${name}= on <${el.tagName.toLowerCase()}>`);
            if (name.toLowerCase() === 'style') offenders.push(`${file}: style= on <${el.tagName.toLowerCase()}>`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('in the browser: no console error, CSP violation or request leaving the site', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
  });
  afterAll(async () => ctx?.close());

  it.each(PAGE_CASES)('$type page in $lang ($path)', async ({ site, path, waitFor }) => {
    const page = await ctx.newPage();
    const origin = base(site);
    const { problems } = watch(page, origin);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (waitFor) await page.locator(waitFor).first().waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });
});
