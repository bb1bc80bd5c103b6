/**
 * A small static server for the built site, used by `npm start` and the browser
 * tests: it serves dist/ as a static host would, applying the response headers
 * from dist/_headers (so tests see the real CSP), the right MIME types (.wasm
 * included), directory index files, and the localized 404 pages.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Parses the `/*` block of a Netlify/Cloudflare-style _headers file. */
export function readHeaders(root) {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && m) headers[m[1].trim()] = m[2].trim();
  }
  return headers;
}

/** What a static host compresses on the fly (Pagefind's own index files are already gzipped). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.xml']);

export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  root = path.resolve(root);
  const headers = readHeaders(root);
  const send = (req, res, status, file) => {
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const type = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    if (gzipOk && COMPRESSIBLE.has(path.extname(file))) {
      res.writeHead(status, { ...headers, ...type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      fs.createReadStream(file).pipe(zlib.createGzip()).pipe(res);
      return;
    }
    res.writeHead(status, { ...headers, ...type });
    fs.createReadStream(file).pipe(res);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel;
    try { rel = decodeURIComponent(url.pathname); } catch { rel = '/'; }
    const file = path.join(root, rel);
    if (!file.startsWith(root)) { res.writeHead(400).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return send(req, res, 200, file);
    if (fs.existsSync(path.join(file, 'index.html'))) {
      // Trailing slashes always: /en → /en/ like a static host.
      if (!rel.endsWith('/')) { res.writeHead(301, { ...headers, Location: `${rel}/${url.search}` }).end(); return; }
      return send(req, res, 200, path.join(file, 'index.html'));
    }
    const lang = rel.split('/')[1];
    const local404 = path.join(root, lang ?? '', '404.html');
    send(req, res, 404, lang && fs.existsSync(local404) ? local404 : path.join(root, '404.html'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}
