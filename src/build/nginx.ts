/**
 * Runs Debian's nginx on 127.0.0.1 with the configuration the build ships in
 * `<site>/_nginx/`, wrapped the way README "Hosting" tells a host to include it,
 * so that the built-site checks test what a host would run. Like Chromium, nginx
 * is installed with apt-get when running as root (CI); otherwise a clear error.
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { config } from '../config.ts';

const CANDIDATES = [config.nginxPath, '/usr/sbin/nginx', '/usr/bin/nginx'].filter((p): p is string => Boolean(p));
const findNginx = () => CANDIDATES.find((p) => fs.existsSync(p)) ?? null;

export function ensureNginx(): string {
  let found = findNginx();
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log("nginx not found: installing Debian's nginx package (apt-get)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', { stdio: 'inherit' });
    found = findNginx();
    if (found) return found;
  }
  throw new Error(
    'The hosting checks need nginx and none was found. Install it (Debian/Ubuntu: `sudo apt-get install nginx`) or point NGINX_PATH at an nginx binary, then run `npm test` again.',
  );
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net
      .createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
  });

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net
      .connect(port, '127.0.0.1')
      .once('connect', () => resolve(Boolean(socket.end())))
      .once('error', () => resolve(false));
  });

/** The wrapper a host writes: its own http/server blocks around the two generated files. */
function wrapper(site: string, prefix: string, port: number): string {
  const mimeTypes = ['/etc/nginx/mime.types', path.join(path.dirname(findNginx() ?? ''), '../conf/mime.types')].find(
    (p) => fs.existsSync(p),
  );
  return `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  ${mimeTypes ? `include ${mimeTypes};` : ''}
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join('\n  ')}
  include ${site}/_nginx/http.conf;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    include ${site}/_nginx/server.conf;
  }
}
`;
}

/** Starts nginx for the built site in `root`; resolves with its URL and a stop function. */
export async function startNginx({ root }: { root: string }): Promise<{ url: string; stop: () => void }> {
  const bin = ensureNginx();
  const site = path.resolve(root);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-nginx-'));
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), wrapper(site, prefix, port));
  const child = spawn(bin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const stop = () => {
    child.kill();
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return { url: `http://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = fs.existsSync(path.join(prefix, 'error.log'))
    ? fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')
    : '';
  stop();
  throw new Error(`nginx did not start with the configuration in ${site}/_nginx/: ${stderr || log || 'no message'}`);
}
