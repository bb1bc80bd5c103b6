import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDevServer } from '../src/build/dev-server.ts';

/**
 * The editor's loop at a corpus's size (issue 15's budget: ≤ 1 s from a save to a reload that
 * returns the new text). Starts `npm run dev` on the corpus, opens a text once, then saves an
 * edit to it several times and polls its page (every 10 ms, as a reader reloading would) until
 * the page returns the new words. The files are restored afterwards.
 */
export interface DevPreviewResult {
  /** From starting the server to its first page (seconds). */
  startS: number;
  /** Median and each run, milliseconds from the save to a page that has the edit. */
  saveToReloadMs: number;
  runs: number[];
}

export async function measureDevPreview(corpusDir: string, key: string, edits = 5): Promise<DevPreviewResult> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dev-cache-'));
  const file = path.join(corpusDir, 'documents', key, 'en.mdx');
  const original = fs.readFileSync(file, 'utf8');
  const t0 = performance.now();
  const server = await startDevServer({ contentDir: corpusDir, cacheDir, probe: `/en/${key}/` });
  const startS = Math.round((performance.now() - t0) / 100) / 10;
  const runs: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const marker = `benchedit${i}x${Date.now()}`;
      // The first numbered paragraph gets a new first word.
      const saved = performance.now();
      fs.writeFileSync(file, original.replace(/^1\. /m, `1. ${marker} `));
      for (;;) {
        const html = await fetch(`${server.origin}/en/${key}/`).then((r) => r.text());
        if (html.includes(marker)) break;
        if (performance.now() - saved > 30_000) throw new Error(`the edit did not show within 30 s:\n${server.log()}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      runs.push(Math.round(performance.now() - saved));
      // A pause between edits, as between an editor's saves.
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    fs.writeFileSync(file, original);
    server.stop();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { startS, saveToReloadMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs };
}
