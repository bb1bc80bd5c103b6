import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { childEnv } from '../config.ts';

/**
 * `astro dev` on a content folder, as the dev-server test and the benchmark start it: a free port,
 * its own Astro cache (so it never shares a content store with another corpus), and its output
 * kept for assertions and error messages.
 */
export interface DevServer {
  origin: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  log(): string;
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Starts the dev server and resolves once `probe` (a path) answers 200; fails with its output if it stops or never answers. */
export async function startDevServer({
  contentDir,
  cacheDir,
  probe = '/en/',
  timeoutMs = 300_000,
}: {
  contentDir: string;
  cacheDir: string;
  probe?: string;
  timeoutMs?: number;
}): Promise<DevServer> {
  const root = path.resolve(import.meta.dirname, '../..');
  const port = await freePort();
  const env = childEnv({ FORUM_CONTENT_DIR: contentDir, FORUM_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' });
  // Started from a test run, it must not inherit what makes that a test run (Vite would serve in test mode).
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', `${port}`],
    {
      cwd: root,
      env,
      // Its own process group, so stopping it stops Vite's workers too.
      detached: true,
    },
  );
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const server: DevServer = {
    origin: `http://localhost:${port}`,
    process: child,
    log: () => log,
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    },
  };
  const until = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${log}`);
    last = await fetch(server.origin + probe).then(
      (r) => r.status,
      () => 0,
    );
    if (last === 200) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.stop();
  throw new Error(`astro dev did not answer ${probe} with 200 in time (last: ${last || 'no answer'}):\n${log}`);
}
