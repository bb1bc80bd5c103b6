/**
 * What a request path means in a built site, decided before anything touches the
 * response: a file to serve, a trailing-slash redirect, a 404, or a 400 for a path
 * no link of the site can produce. Shared by the bundled server; the nginx
 * configuration (src/build/nginx.ts) hides the same files.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Build files a host reads but never serves (nginx denies them too). */
export const HIDDEN = ['/_headers', '/_redirects', '/build-info.json', '/_nginx/'];

// Control characters would end up in a Location header (a crash, or header injection); a
// backslash is read as a slash by browsers (`/\evil.example` is another origin); `.` and `..`
// segments only come from encoded slashes (`%2F..%2F`), since browsers resolve the plain ones.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** Is `file` the folder `root` or inside it, compared by whole path segments? */
export const inside = (root: string, file: string): boolean => file === root || file.startsWith(root + path.sep);

/** What is at `p`, or undefined: a name the file system refuses (ENAMETOOLONG, ENOTDIR, …) is no file of the site. */
const stat = (p: string): fs.Stats | undefined => {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
};

/** What a request path resolves to. */
export type Resolved =
  | { status: 200; file: string }
  | { status: 301; location: string }
  | { status: 404; lang: string | null }
  | { status: 400 };

/**
 * @param root the site folder, absolute and already resolved through symlinks
 * @param target the request target as sent (`/en/2023/?q=x`)
 */
export function resolveRequest(root: string, target: string): Resolved {
  const [rawPath = '', ...rest] = (target.split('#')[0] ?? '').split('?');
  // Only origin-form targets: `//evil.example/` or `http://…` name no file of this site.
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return { status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 }; // a malformed escape such as %E0%A4%A
  }
  const segments = decoded.split('/');
  if (UNSAFE.test(decoded) || segments.some((s) => s === '.' || s === '..')) return { status: 400 };
  if (HIDDEN.some((h) => (h.endsWith('/') ? decoded.startsWith(h) : decoded === h))) return { status: 404, lang: null };
  const file = path.resolve(root, `.${decoded}`);
  if (!inside(root, file)) return { status: 400 };
  const first = segments[1] ?? '';
  const lang = segments.length > 2 && stat(path.join(root, first, '404.html'))?.isFile() ? first : null;
  const found = stat(file);
  if (found?.isFile() && !decoded.endsWith('/')) {
    // A symlink inside the site may point out of it: serve only what really lies inside.
    return inside(root, fs.realpathSync(file)) ? { status: 200, file } : { status: 404, lang };
  }
  if (found?.isDirectory() && stat(path.join(file, 'index.html'))?.isFile()) {
    if (decoded.endsWith('/')) return resolveRequest(root, `${rawPath}index.html`);
    // Trailing slashes always, like a static host. The location is rebuilt from the folder's own
    // name, encoded, so nothing the client sent reaches the header unescaped.
    const rel = path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/');
    const query = rest.length ? `?${rest.join('?').replace(/[^\x21-\x7e]/g, encodeURIComponent)}` : '';
    return { status: 301, location: `/${rel}/${query}` };
  }
  return { status: 404, lang };
}
