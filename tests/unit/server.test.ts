import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inside } from '../../src/build/request-path.ts';
import { failureLine } from '../../src/build/serve.ts';

/**
 * The bundled server (`npm start`, the browser tests) against hostile and careless
 * requests. It runs in a process of its own, as `npm start` runs it, so that a request
 * that kills it fails the test instead of the test runner.
 */
let dir: string;
let child: ChildProcess;
let base: URL;
/** What the server wrote to its error output. */
let logged = '';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}
/** One raw request: the path is sent exactly as written (no URL normalisation). */
function request(
  target: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: target, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
const openDescriptors = () => fs.readdirSync(`/proc/${child.pid}/fd`).length;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-serve-'));
  const root = path.join(dir, 'site');
  const write = (rel: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('site/index.html', '<p>chooser</p>');
  write('site/404.html', '<p>root not found</p>');
  write('site/en/index.html', '<p>English home</p>');
  write('site/en/404.html', '<p>English not found</p>');
  write('site/2023/.keep', ''); // a folder without an index page
  write('site/_headers', '/*\n  X-Test-Header: from _headers\n');
  write('site/build-info.json', '{}');
  write('site/sitemap.xml', '<urlset/>');
  write('site/en/feed.xml', '<feed/>');
  write('site/pagefind/pagefind.wasm', Buffer.alloc(10));
  write('site/pagefind/index/en_1.pf_index', Buffer.alloc(10));
  write('site/pagefind/pagefind-entry.pagefind', Buffer.alloc(10));
  // Large enough that an aborted download stops with the file still half read.
  write('site/big.bin', Buffer.alloc(8 * 1024 * 1024, 7));
  // What a killed build leaves beside the site: must never be served.
  write('site.tmp-1.snapshot/corpus.json', '{"secret": "outside the site"}');
  write('outside.txt', 'outside the site');
  fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(root, 'link.txt'));
  // A link into the killed build's folder, whose path starts with the site's: no `..` in the request.
  fs.symlinkSync(path.join(dir, 'site.tmp-1.snapshot'), path.join(root, 'snapshot'));
  const server = path.resolve('src/build/serve.ts');
  child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { url } = await (await import(${JSON.stringify(server)})).startServer({ root: ${JSON.stringify(root)}, port: 0 }); console.log(url);`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr!.on('data', (d: Buffer) => {
    logged += d;
    process.stderr.write(d);
  });
  base = new URL(
    await new Promise<string>((resolve, reject) => {
      child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    }),
  );
});

afterAll(() => {
  child?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the bundled server', () => {
  it('keeps running after a request that would put control characters into a redirect', async () => {
    const hostile = await request('/%0d%0aX:%201%2F..%2Fen');
    expect(hostile.status).toBe(400);
    expect(hostile.headers.x).toBeUndefined();
    expect((await request('/en/')).body).toContain('English home');
    expect(child.exitCode).toBeNull();
  });

  it('never redirects to another origin, whatever slashes are encoded in the path', async () => {
    for (const target of [
      '/%2F%2Fevil.example%2F..%2Fen',
      '/%5C%5Cevil.example%2F..%2Fen',
      '//evil.example/en',
      '/%2F%2Fevil.example/',
      '/%5Cevil.example/en',
    ]) {
      const res = await request(target);
      expect(res.status, target).not.toBe(301);
      expect(res.headers.location, target).toBeUndefined();
    }
  });

  it('adds the trailing slash with a redirect that stays on the site and keeps the query', async () => {
    const res = await request('/en?q=a%20b');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/?q=a%20b');
  });

  it('never serves a file outside the site folder, by encoded dot segments or by symlink', async () => {
    for (const target of [
      '/..%2Fsite.tmp-1.snapshot%2Fcorpus.json',
      '/%2E%2E/site.tmp-1.snapshot/corpus.json',
      '/en/..%2F..%2Foutside.txt',
      '/link.txt',
    ]) {
      const res = await request(target);
      expect([400, 404], target).toContain(res.status);
      expect(res.body, target).not.toContain('outside the site');
    }
  });

  it("compares whole path segments: a sibling whose name starts with the site folder's is outside", async () => {
    expect(inside('/a/dist', '/a/dist.tmp-1/x')).toBe(false);
    expect(inside('/a/dist', '/a/dist.tmp-1')).toBe(false);
    expect(inside('/a/dist', '/a/dist')).toBe(true);
    expect(inside('/a/dist', '/a/dist/en/index.html')).toBe(true);
    // The same through the server, with no `..` in the request: a link to dist.tmp-1.snapshot.
    const res = await request('/snapshot/corpus.json');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the site');
  });

  it('closes the file of every download the client abandons', async () => {
    const before = openDescriptors();
    for (let i = 0; i < 60; i++) {
      await new Promise<void>((resolve) => {
        const req = http.get({ host: base.hostname, port: base.port, path: '/big.bin', agent: false }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => resolve());
      });
    }
    // The server notices each closed connection asynchronously.
    await expect.poll(openDescriptors, { timeout: 5000 }).toBeLessThan(before + 10);
  }, 20_000);

  it('answers 405 with the allowed methods to anything but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await request('/en/', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await request('/en/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 400 to a malformed percent escape instead of serving the home page', async () => {
    const res = await request('/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('chooser');
  });

  it('answers 404, not 500, to a name longer than the file system allows, and logs nothing', async () => {
    for (const target of [
      `/${'a'.repeat(300)}`,
      `/en/${'%C3%A9'.repeat(130)}/`,
      `/en/${'x'.repeat(5000)}/index.html`,
    ]) {
      const res = await request(target);
      expect(res.status, target.slice(0, 20)).toBe(404);
    }
    expect(logged).toBe('');
  });

  it("cuts a failed request's URL and error to 200 characters in the log", () => {
    const long = `/${'a'.repeat(5000)}`;
    const line = failureLine('GET', long, `ENAMETOOLONG: name too long, stat '${long}'`);
    expect(line).toMatch(
      /^serve: GET "\/a{198}… \(5003 characters\): ENAMETOOLONG: name too long, stat '\/a+… \(\d+ characters\)$/,
    );
    expect(line.length).toBeLessThan(500);
    expect(failureLine('GET', '/en/', 'EMFILE')).toBe('serve: GET "/en/": EMFILE');
  });

  it('answers an unknown page with the 404 page of its language, or the root one', async () => {
    const en = await request('/en/no-such-page/');
    expect(en.status).toBe(404);
    expect(en.body).toContain('English not found');
    const other = await request('/no-such-page/');
    expect(other.status).toBe(404);
    expect(other.body).toContain('root not found');
    expect((await request('/2023/')).status).toBe(404);
  });

  it('does not serve the files meant for the host: _headers and build-info.json', async () => {
    for (const target of ['/_headers', '/build-info.json']) expect((await request(target)).status, target).toBe(404);
  });

  it('applies _headers, compresses pages on the fly and serves Pagefind files as they are', async () => {
    const page = await request('/en/', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['x-test-header']).toBe('from _headers');
    expect(page.headers['content-encoding']).toBe('gzip');
    const wasm = await request('/pagefind/pagefind.wasm');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    for (const target of ['/pagefind/index/en_1.pf_index', '/pagefind/pagefind-entry.pagefind']) {
      const res = await request(target, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers['content-type'], target).toBe('application/octet-stream');
      expect(res.headers['content-encoding'], target).toBeUndefined();
    }
  });

  it('serves the sitemap as XML and the feeds as Atom', async () => {
    expect((await request('/sitemap.xml')).headers['content-type']).toBe('application/xml; charset=utf-8');
    expect((await request('/en/feed.xml')).headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  });
});
