/**
 * A small static server for the built site, used by `npm start` and the browser
 * tests: it serves dist/ as a static host would, applying the response headers
 * from dist/_headers (so tests see the real CSP), the right MIME types (.wasm
 * included), directory index files, and the localized 404 pages.
 *
 * Hand-written rather than sirv or serve-handler: neither applies a _headers file,
 * picks a 404 page by language, or compresses on the fly without precompressed
 * copies, and what a path may mean is decided in one tested place
 * (request-path.ts) either way.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { resolveRequest } from './request-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const cut = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text);

/**
 * The log line of a request that failed: the URL and the error (which often repeats the path)
 * cut to 200 characters each, so that hostile requests cannot flood the log.
 */
export const failureLine = (method: string | undefined, url = '', message = ''): string =>
  `serve: ${method} ${cut(JSON.stringify(url))}: ${cut(message)}`;

/** Parses the `/*` block of a Netlify/Cloudflare-style _headers file. */
export function readHeaders(root: string): Record<string, string> {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && m) headers[m[1]!.trim()] = m[2]!.trim();
  }
  return headers;
}

/** What a static host compresses on the fly (Pagefind's own index files are already gzipped). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.xml']);
const METHODS = new Set(['GET', 'HEAD']);

export interface ServerOptions {
  /** The built site folder. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export function startServer(options: ServerOptions = {}): Promise<{ server: http.Server; url: string }> {
  const { port = 4321, host = '127.0.0.1' } = options;
  const root = fs.realpathSync(path.resolve(options.root ?? 'dist'));
  const headers = readHeaders(root);
  const send = (req: http.IncomingMessage, res: http.ServerResponse, status: number, file: string) => {
    const ext = path.extname(file);
    // The Atom feeds (/<lang>/feed.xml) with their own type, as _headers and nginx give them.
    const atom = path.basename(file) === 'feed.xml';
    const type = {
      'Content-Type': atom ? 'application/atom+xml; charset=utf-8' : (TYPES[ext] ?? 'application/octet-stream'),
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(
      status,
      gzip
        ? { ...headers, ...type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }
        : { ...headers, ...type, 'Content-Length': fs.statSync(file).size },
    );
    if (req.method === 'HEAD') return void res.end();
    // pipeline, not pipe: when the client goes away mid-download it closes the file too
    // (pipe left one descriptor open per aborted download until the process ran out).
    if (gzip) pipeline(fs.createReadStream(file), zlib.createGzip(), res, () => {});
    else pipeline(fs.createReadStream(file), res, () => {});
  };
  const plain = (res: http.ServerResponse, status: number, extra: Record<string, string> = {}) =>
    res
      .writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra })
      .end(`${status} ${http.STATUS_CODES[status]}\n`);
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!METHODS.has(req.method ?? '')) return plain(res, 405, { Allow: 'GET, HEAD' });
    const r = resolveRequest(root, req.url ?? '/');
    if (r.status === 400) return plain(res, 400);
    if (r.status === 301) return void res.writeHead(301, { ...headers, Location: r.location }).end();
    if (r.status === 200) return send(req, res, 200, r.file);
    const page = [r.lang && path.join(root, r.lang, '404.html'), path.join(root, '404.html')].find(
      (p) => p && fs.existsSync(p),
    );
    return page ? send(req, res, 404, page) : plain(res, 404);
  };
  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // One bad request must never end the server for everyone else.
      console.error(failureLine(req.method, req.url, (e as Error).message));
      if (res.headersSent) res.destroy();
      else plain(res, 500);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({ server, url: `http://${host}:${(server.address() as AddressInfo).port}` }),
    );
  });
}
