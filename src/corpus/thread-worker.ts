import { parentPort, workerData } from 'node:worker_threads';
import type { Problem } from './problems.ts';
import { readCorpus } from './read.ts';
import { recordLookup, titleTable } from './record-lookup.ts';
import { renderAll } from './render-html.ts';
import type { ReadShare, RenderedShare, RenderRequest } from './threads.ts';

/** One share of the content folder (see threads.ts): records whose folder hashes to this thread. */
const { dir, index, of } = workerData as { dir: string; index: number; of: number };
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const problems: Problem[] = [];
const corpus = readCorpus(dir, problems, (rel) => hash(rel) % of === index);
const flat = (m: Map<string, { versions: Map<string, unknown> }>) =>
  [...m.values()].map((r) => ({ ...r, versions: [...r.versions.values()] }));
const share = {
  editions: flat(corpus.editions),
  documents: flat(corpus.documents),
  problems,
  broken: corpus.broken,
  titles: titleTable(corpus),
};
parentPort?.postMessage(share as ReadShare);
// Round 2: the titles of every record, so that cross-references to other shares show theirs.
parentPort?.once('message', (request: RenderRequest) => {
  if (request) {
    renderAll(corpus, recordLookup(corpus, request.titles));
    const rendered: RenderedShare = [];
    for (const m of [corpus.editions, corpus.documents]) {
      for (const rec of m.values())
        for (const v of rec.versions.values()) {
          if (v.html !== undefined) rendered.push({ key: rec.key, lang: v.lang, html: v.html });
          for (const r of v.revisions ?? [])
            if (r.html !== undefined) rendered.push({ key: rec.key, lang: r.lang, rev: r.rev?.n, html: r.html });
        }
    }
    parentPort?.postMessage(rendered);
  }
});
