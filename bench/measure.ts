/**
 * Measuring helpers for the benchmark: run a command while sampling the total
 * RSS of its whole process tree (the build spawns Astro and Pagefind's binary),
 * gzip sizes, folder sizes, medians.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { childEnv } from '../src/config.ts';

function treeRss(root: number): number {
  const kids = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      rss.set(Number(pid), m ? Number(m[1]) * 1024 : 0);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(pid)]);
    } catch {
      /* process ended while we looked */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/** Runs `node args…`; resolves with wall time (ms), peak tree RSS (bytes) and exit code. */
export interface Measured {
  ms: number;
  peakRss: number;
  code: number | null;
  out: string;
}

export function runMeasured(args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t0, peakRss: peak, code, out });
    });
  });
}

export const gz = (buf: Buffer): number => zlib.gzipSync(buf, { level: 9 }).length;

export function dirSize(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return n;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (i: number) => s[i] ?? Number.NaN;
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};
