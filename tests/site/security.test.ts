import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { htmlFiles } from '../../scripts/lib/links.mjs';
import { cspHeader, SECURITY_HEADERS } from '../../src/utils/security.ts';
import { launch, watch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

const base = (site: 'site' | 'fixture') => (site === 'site' ? inject('siteUrl') : inject('fixtureUrl'));

describe('security headers and policy', () => {
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
        for (const s of doc.querySelectorAll('script')) if (!s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json') offenders.push(`${file}: inline <script>`);
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
