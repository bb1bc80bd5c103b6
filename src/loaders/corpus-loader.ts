import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type CorpusRecord, contentDir, loadCorpus } from '../corpus/index.ts';
import { startLiveCorpus } from '../corpus/live.ts';

type Type = 'document' | 'edition';

/**
 * A content-layer loader over the content folder that hands Astro each language
 * version already checked by src/corpus (one parse per file). Entries carry their
 * frontmatter as data, validated by the collection schema. Their text, rendered
 * once by the corpus pass, stays out of Astro's content store (which is bundled
 * into a single JavaScript module): RecordText reads it when its page is built.
 *
 * In the dev server (Astro passes a `watcher`), the folder is watched: a save updates the
 * live corpus (src/corpus/live.ts), which the pages read, and then the store. A content
 * problem is printed in the terminal and shown by every page; it never stops the server.
 */
export function corpusLoader(type: Type): Loader {
  return {
    name: `forum-corpus-${type}s`,
    load: async (context) => {
      if (context.watcher) return watch(type, context);
      const corpus = loadCorpus();
      context.store.clear();
      for (const rec of records(type, corpus)) await storeRecord(rec, context);
    },
  };
}

const records = (type: Type, corpus: ReturnType<typeof loadCorpus>): Iterable<CorpusRecord> =>
  (type === 'document' ? corpus.documents : corpus.editions).values();

async function storeRecord(rec: CorpusRecord, { store, parseData, config }: LoaderContext): Promise<void> {
  // Astro's store takes file paths relative to the project only (an absolute one is refused);
  // relative, a content folder outside the project works too ("../texts/…").
  const root = fileURLToPath(config.root);
  for (const v of rec.versions.values()) {
    const id = `${rec.key}/${v.lang}`;
    store.set({
      id,
      data: await parseData({ id, data: { ...v.data } }),
      filePath: path.relative(root, path.resolve(v.file)),
    });
  }
}

const watched = new WeakSet<object>();

async function watch(type: Type, context: LoaderContext): Promise<void> {
  const dir = contentDir();
  const live = startLiveCorpus(dir);
  const { watcher, store } = context;
  const sync = async (keys?: Set<string>) => {
    // With problems the pages show them; the store keeps what it had (the pages do not read texts from it).
    if (live.currentProblems().length) return;
    const corpus = live.current();
    for (const id of store.keys()) if (!keys || keys.has(id.slice(0, id.lastIndexOf('/')))) store.delete(id);
    for (const rec of records(type, corpus)) if (!keys || keys.has(rec.key)) await storeRecord(rec, context);
  };
  await sync();
  live.onUpdate(type, (keys) => void sync(keys));
  // The live corpus watches the folder itself (Vite's watcher missed saves: see LiveCorpus.watch);
  // Vite's watcher is told too, so Astro knows the folder is part of the project's sources.
  live.watch();
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  // The content folder may lie outside the project, where Vite does not look.
  watcher.add(dir);
  watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(dir + path.sep)) return;
    live.touch(file);
    // Read the change now, not at the next request: the terminal shows a problem as soon as the file is saved.
    setImmediate(() => live.currentProblems());
  });
}
