import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import YAML from 'yaml';
import { checkLinks } from '../../src/build/links.ts';
import { LANG_CODES } from '../../src/i18n/languages.ts';
import { siteConfig } from '../../src/site-config.ts';
import { SECURITY_HEADERS } from '../../src/utils/security.ts';

/**
 * nginx running the configuration the build ships in _nginx/ (started by
 * global-setup.ts, wrapped as README "Hosting" says): what a self-hosting
 * secretariat would actually serve.
 */
const nginx = (site: 'site' | 'fixture') => (site === 'site' ? inject('nginxSiteUrl') : inject('nginxFixtureUrl'));
const get = (site: 'site' | 'fixture', p: string) => fetch(nginx(site) + p, { redirect: 'manual' });
const htmlLang = (body: string) => /<html[^>]*\blang="([^"]+)"/.exec(body)?.[1];

describe('nginx with the shipped configuration', () => {
  const sites = [
    { site: 'site', root: 'dist', registry: 'content/registry.yaml' },
    { site: 'fixture', root: 'tests/.out/fixture-dist', registry: 'tests/fixtures/site/registry.yaml' },
  ] as const;
  for (const { site, root, registry } of sites) {
    it(`serves every page and file linked from ${root} with 200, or as the registry says (301 moved, 410 withdrawn)`, async () => {
      // The pages of a moved or withdrawn document link to each other's language versions.
      const entries = Object.entries(
        (YAML.parse(fs.readFileSync(registry, 'utf8')) as { documents: Record<string, { withdrawn?: string }> })
          .documents,
      );
      const withdrawn = new Set(
        entries.filter(([, e]) => e.withdrawn).flatMap(([key]) => LANG_CODES.map((l) => `/${l}/${key}/`)),
      );
      const moved = new Map(
        fs
          .readFileSync(path.join(root, '_redirects'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ') as [string, string]),
      );
      const { paths } = checkLinks(root, { origin: siteConfig.origin });
      expect(paths.length).toBeGreaterThan(20);
      const failed: string[] = [];
      for (const p of paths) {
        const res = await get(site, p);
        await res.arrayBuffer();
        const expected = moved.has(p) ? `301 ${moved.get(p)}` : withdrawn.has(p) ? '410 null' : '200 null';
        if (`${res.status} ${res.headers.get('location')}` !== expected)
          failed.push(`${p}: ${res.status} ${res.headers.get('location')}, expected ${expected}`);
      }
      expect(failed).toEqual([]);
    });
  }

  it('sends the security headers of _headers with pages, redirects, 404s and tombstones', async () => {
    for (const p of [
      '/en/2030/model-convention/',
      '/en/2030/old-convention/',
      '/en/no-such-page/',
      '/en/2030/retired-note/',
      '/pagefind/pagefind.js',
    ]) {
      const res = await get('fixture', p);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k), `${p}: ${k}`).toBe(v);
    }
  });

  it('answers an unknown URL with the 404 page of its language, and elsewhere with the root one', async () => {
    for (const lang of LANG_CODES) {
      for (const p of [`/${lang}/no-such-page/`, `/${lang}/no-such-file.html`]) {
        const res = await get('site', p);
        expect(res.status, p).toBe(404);
        expect(htmlLang(await res.text()), p).toBe(lang);
      }
    }
    const root = await get('site', '/no-such-page/');
    expect(root.status).toBe(404);
    expect(await root.text()).toBe(fs.readFileSync('dist/404.html', 'utf8'));
  });

  it('answers a folder without an index page with 404, not 403', async () => {
    for (const p of ['/_astro/', '/pagefind/', '/pagefind/fragment/'])
      expect((await get('site', p)).status, p).toBe(404);
  });

  it('adds the trailing slash with a redirect on the same site, even for encoded slashes', async () => {
    const res = await get('site', '/en/2023');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/2023/');
    const hostile = await get('site', '/%2F%2Fevil.example%2F..%2Fen');
    expect(hostile.headers.get('location') ?? '/').toMatch(/^\/(?![/\\])/);
  });

  it('redirects every moved URL of _redirects with a real 301 to the same target', async () => {
    const rules = fs
      .readFileSync('tests/.out/fixture-dist/_redirects', 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(rules.length).toBeGreaterThan(0);
    // A moved document's data files move with it.
    expect(rules.some(([from]) => from?.endsWith('/data.json'))).toBe(true);
    for (const [from, to, status] of rules) {
      const res = await get('fixture', from!);
      expect(res.status, from).toBe(Number(status));
      expect(res.headers.get('location'), from).toBe(to);
    }
  });

  it('keeps the query string when it redirects a moved URL', async () => {
    const [from, to] = fs.readFileSync('tests/.out/fixture-dist/_redirects', 'utf8').trim().split('\n')[0]!.split(' ');
    const res = await get('fixture', `${from}?q=a%20b&lang=en`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${to}?q=a%20b&lang=en`);
  });

  it('answers a withdrawn document with 410 and its tombstone page, in every language, by its folder URL or its index.html', async () => {
    for (const lang of LANG_CODES) {
      for (const p of [`/${lang}/2030/retired-note/`, `/${lang}/2030/retired-note/index.html`]) {
        const res = await get('fixture', p);
        expect(res.status, p).toBe(410);
        const body = await res.text();
        expect(body, p).toBe(fs.readFileSync(`tests/.out/fixture-dist/${lang}/2030/retired-note/index.html`, 'utf8'));
      }
    }
    // Its data files are gone the same way (410 with the tombstone of their language); other data files stay.
    for (const lang of LANG_CODES) {
      const res = await get('fixture', `/${lang}/2030/retired-note/data.json`);
      expect(res.status, lang).toBe(410);
      expect(await res.text()).toBe(
        fs.readFileSync(`tests/.out/fixture-dist/${lang}/2030/retired-note/index.html`, 'utf8'),
      );
    }
    expect((await get('fixture', '/en/2030/model-convention/data.json')).status).toBe(200);
    expect((await get('fixture', '/en/2030/no-such-note/data.json')).status).toBe(404);
    // Other pages' index.html stay as they are.
    expect((await get('fixture', '/en/2030/model-convention/index.html')).status).toBe(200);
    expect((await get('fixture', '/en/2030/no-such-note/index.html')).status).toBe(404);
  });

  it('serves Pagefind files as they are (already gzipped) and pages compressed, with their types', async () => {
    const files = fs.readdirSync('dist/pagefind').filter((f) => /\.(pagefind|pf_meta)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const res = await fetch(`${nginx('site')}/pagefind/${f}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-type'), f).toBe('application/octet-stream');
      expect(res.headers.get('content-encoding'), f).toBeNull();
      expect(Buffer.from(await res.arrayBuffer()).equals(fs.readFileSync(path.join('dist/pagefind', f))), f).toBe(true);
    }
    const page = await fetch(`${nginx('site')}/en/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the sitemap, robots.txt and the Atom feeds with their types, and no feed where none exists', async () => {
    for (const [p, type] of [
      ['/sitemap.xml', 'text/xml; charset=utf-8'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
      ['/fr/feed.xml', 'application/atom+xml; charset=utf-8'],
      ['/ar/feed.xml', 'application/atom+xml; charset=utf-8'],
    ]) {
      const res = await get('fixture', p!);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toBe(type);
      expect(res.headers.get('content-security-policy'), p).toBeTruthy();
    }
    expect((await get('fixture', '/de/feed.xml')).status).toBe(404);
  });

  it('does not serve the files meant for the host: _headers, _redirects, build-info.json, _nginx/', async () => {
    for (const p of [
      '/_headers',
      '/_redirects',
      '/build-info.json',
      '/_nginx/http.conf',
      '/_nginx/server.conf',
      '/_nginx/',
      '/_nginx',
    ]) {
      expect(fs.existsSync(path.join('dist', p)), p).toBe(true);
      const res = await get('site', p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('location'), p).toBeNull();
    }
  });
});
