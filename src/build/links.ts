/**
 * Checks every internal href, src, action and #fragment of a built site: each must
 * reach a file in the site, and each fragment an element id in its target page.
 * Absolute URLs on the site's own public origin (canonical, hreflang) are checked
 * as internal paths too. Other origins are reported separately (the site should
 * have none: nothing may leave it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { inside } from './request-path.ts';

export function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** URL path of a built file: dist/en/index.html → /en/, dist/en/404.html → /en/404.html */
export function urlPathOf(root: string, file: string): string {
  const rel = `/${path.relative(root, file).split(path.sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path resolves to, as a static host resolves it; null if none. */
export function resolvePath(root: string, urlPath: string): string | null {
  const p = path.join(root, decodeURIComponent(urlPath));
  if (!inside(root, p)) return null; // by whole segments: dist.tmp-1/ is not inside dist/
  if (urlPath.endsWith('/')) return fs.existsSync(path.join(p, 'index.html')) ? path.join(p, 'index.html') : null;
  return fs.existsSync(p) && fs.statSync(p).isFile() ? p : null;
}

export interface LinkReport {
  broken: { page: string; link: string; reason: string }[];
  external: { page: string; link: string }[];
  checked: number;
  /** Every internal path linked to, once (for checking them through a real server too). */
  paths: string[];
}

/**
 * @param site built site folder
 * @param opts.origin the site's public origin (absolute links to it are internal)
 */
export function checkLinks(site: string, opts: { origin?: string } = {}): LinkReport {
  const root = path.resolve(site);
  const files = htmlFiles(root);
  const idsCache = new Map<string, Set<string | undefined>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const doc = parse(fs.readFileSync(file, 'utf8'));
      idsCache.set(file, (ids = new Set(doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')))));
    }
    return ids;
  };
  const broken: LinkReport['broken'] = [];
  const external: LinkReport['external'] = [];
  let checked = 0;
  const paths = new Set<string>();
  for (const file of files) {
    const page = urlPathOf(root, file);
    const doc = parse(fs.readFileSync(file, 'utf8'));
    const refs = [
      ...doc.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')),
      ...doc.querySelectorAll('script[src], img[src], source[src], iframe[src]').map((e) => e.getAttribute('src')),
      ...doc.querySelectorAll('form[action]').map((e) => e.getAttribute('action')),
    ];
    for (const raw of refs) {
      if (raw === undefined || raw === null) continue;
      checked++;
      const url = new URL(raw, `http://site.invalid${page}`);
      const internal =
        url.origin === 'http://site.invalid' || (opts.origin && url.origin === new URL(opts.origin).origin);
      if (!internal) {
        if (!['mailto:', 'tel:'].includes(url.protocol)) external.push({ page, link: raw });
        continue;
      }
      paths.add(url.pathname);
      const target = resolvePath(root, url.pathname);
      if (!target) {
        broken.push({ page, link: raw, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page, link: raw, reason: `no element with id "${fragment}" in ${urlPathOf(root, target)}` });
      }
    }
  }
  return { broken, external, checked, paths: [...paths].sort() };
}
