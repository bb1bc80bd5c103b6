import fs from 'node:fs';
import path from 'node:path';
import { checkAppendOnly } from '../registry/baseline.ts';
import { checkRegistry, readRegistry } from '../registry/registry.ts';
import type { Registry } from '../registry/schema.ts';
import { checkCorpus } from './check.ts';
import type { Corpus, CorpusRecord, CorpusVersion } from './model.ts';
import { parseMdx } from './parse-mdx.ts';
import { registryFile } from './paths.ts';
import { ContentError, formatProblems, type Problem } from './problems.ts';
import { allRecords, checkContentDir, pendingTrees, readCorpus } from './read.ts';
import { recordLookup } from './record-lookup.ts';
import { htmlRenderer } from './render-html.ts';

/**
 * The corpus as `npm run dev` serves it: read once, then kept current file by file as the
 * editor saves. The build reads everything in one pass (index.ts); a dev server cannot: at
 * 6,000 pages a full read takes about 17 s, and an edit must show on the next reload (the
 * issue's budget is 1 s). So a change re-reads only the record folder it touched, then runs
 * the cross-file checks (about 50 ms at 6,000 pages) on the whole corpus, exactly the checks a
 * build runs. Texts are rendered when a page asks for them, not ahead.
 *
 * Pages read this object directly (through `loadCorpus`), not Astro's content store, whose
 * writes are debounced: a reload right after a save already sees the new text.
 */

/** Record folders, relative to the content folder: "editions/2023", "documents/2023/some-slug". */
const RECORD_FOLDER = /^(editions\/\d{4}|documents\/\d{4}\/[a-z0-9]+(-[a-z0-9]+)*)$/;

export class LiveCorpus {
  readonly dir: string;
  /** Changes since the last update, and whether the folder's layout (not only a file) changed. */
  private pending = new Set<string>();
  private corpus: Corpus;
  /** Problems of reading each record folder (keyed by folder), and of the folders that hold them. */
  private recordProblems = new Map<string, Problem[]>();
  private layoutProblems: Problem[] = [];
  /** The registry's append-only check asks git; it is redone only when registry.yaml changes. */
  private appendOnly: { stamp: string; problems: Problem[] } | undefined;
  private problems: Problem[] = [];
  private html = new Map<CorpusVersion, string>();
  private render: ReturnType<typeof htmlRenderer> | undefined;
  private listeners = new Map<string, (changed: Set<string>) => void>();

  constructor(dir: string) {
    this.dir = dir;
    const problems: Problem[] = [];
    this.corpus = readCorpus(dir, problems);
    for (const p of problems) {
      const folder = this.recordFolderOf(path.resolve(p.file));
      if (folder) this.recordProblems.set(folder, [...(this.recordProblems.get(folder) ?? []), p]);
      // Other problems concern the folders that hold records: the layout pass below finds them again.
    }
    this.dropTrees(this.corpus);
    this.check();
  }

  /** Notes a changed, added or removed path; the work is done on the next `current()` (one pass for a burst of saves). */
  touch(file: string): void {
    const rel = path.relative(this.dir, path.resolve(file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return;
    this.pending.add(rel.split(path.sep).join('/'));
  }

  private watching: fs.FSWatcher | undefined;

  /**
   * Watches the content folder itself and reads each change at once (so the terminal shows a
   * problem as soon as the file is saved). Vite's watcher, which Astro hands the loader, proved
   * unreliable for this: measured here, it stopped reporting a file after two saves to it. A
   * recursive fs.watch (inotify on Linux) reports every save; a change reported twice costs nothing.
   */
  watch(): void {
    if (this.watching) return;
    this.watching = fs.watch(this.dir, { recursive: true }, (_event, name) => {
      if (!name) return;
      this.touch(path.join(this.dir, name.toString()));
      setImmediate(() => this.currentProblems());
    });
  }

  /** Stops watching (tests; the dev server watches until it stops). */
  unwatch(): void {
    this.watching?.close();
    this.watching = undefined;
  }

  /** Called with the record keys whose versions changed, after each update (the content store follows); one listener per name. */
  onUpdate(name: string, listener: (changed: Set<string>) => void): void {
    this.listeners.set(name, listener);
  }

  /** The corpus as it is now on disk; throws a ContentError listing every problem, as a build would stop. */
  current(): Corpus {
    if (this.pending.size) this.update();
    if (this.problems.length) throw liveError(this.problems);
    return this.corpus;
  }

  /** The problems as they are now (none: the corpus is fine). */
  currentProblems(): Problem[] {
    if (this.pending.size) this.update();
    return this.problems;
  }

  /** A version's text, rendered with the plugins of the build, on first request after each change. */
  versionHtml(version: CorpusVersion): string {
    const hit = this.html.get(version);
    if (hit !== undefined) return hit;
    const file = path.resolve(version.file);
    const parsed = parseMdx(fs.readFileSync(file, 'utf8'));
    this.render ??= htmlRenderer(recordLookup(this.corpus));
    const html = this.render(parsed.tree, file, parsed.body, version.lang);
    this.html.set(version, html);
    return html;
  }

  private update(): void {
    const changed = [...this.pending];
    this.pending.clear();
    const folders = new Set<string>();
    for (const rel of changed) {
      const folder = this.recordFolderOf(path.join(this.dir, rel));
      if (folder) folders.add(folder);
    }
    const keys = new Set([...folders].map(keyOf));
    const next: Corpus = {
      ...this.corpus,
      editions: new Map(this.corpus.editions),
      documents: new Map(this.corpus.documents),
      broken: this.corpus.broken.filter((k) => !keys.has(k)),
    };
    for (const folder of folders) {
      const key = keyOf(folder);
      const problems: Problem[] = [];
      // Only this folder is read; the others keep what was read before.
      const part = readCorpus(this.dir, problems, (rel) => rel === folder);
      this.dropTrees(part);
      this.recordProblems.set(folder, problems);
      const group = folder.startsWith('editions/') ? 'editions' : 'documents';
      next[group].delete(key);
      const rec = part[group].get(key);
      if (rec) (next[group] as Map<string, CorpusRecord>).set(key, rec);
      next.broken.push(...part.broken);
    }
    this.corpus = next;
    // Any change may change what another text shows (a title it cites, a clause it links to): render anew on request.
    this.html.clear();
    this.render = undefined;
    this.check();
    for (const listener of this.listeners.values()) listener(keys);
  }

  /** The checks a build runs after reading: the folders' layout, cross-file checks, the registry. */
  private check(): void {
    const problems: Problem[] = [];
    // The layout of editions/ and documents/ (names, links, stray files), without reading any record again.
    this.layoutProblems = [];
    readCorpus(this.dir, this.layoutProblems, (rel) => !RECORD_FOLDER.test(rel));
    problems.push(...this.layoutProblems);
    for (const p of this.recordProblems.values()) problems.push(...p);
    checkContentDir(this.corpus, problems);
    checkCorpus(this.corpus, problems);
    this.corpus.registry = this.checkRegistry(problems);
    this.problems = problems;
    if (problems.length) console.error(`\n${formatProblems(problems)}\n`);
  }

  private checkRegistry(problems: Problem[]): Registry {
    const before = problems.length;
    const registry = readRegistry(this.dir, problems);
    const readable = problems.length === before;
    checkRegistry(this.corpus, registry, problems);
    if (readable) {
      const file = registryFile(this.dir);
      const stamp = String(fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs);
      if (this.appendOnly?.stamp !== stamp) {
        const found: Problem[] = [];
        checkAppendOnly(this.dir, registry, found);
        this.appendOnly = { stamp, problems: found };
      }
      problems.push(...this.appendOnly.problems);
    }
    return registry;
  }

  /** The record folder a path lies in ("documents/2023/slug"), if any. */
  private recordFolderOf(file: string): string | undefined {
    const parts = path.relative(this.dir, file).split(path.sep);
    const n = parts[0] === 'editions' ? 2 : parts[0] === 'documents' ? 3 : 0;
    const folder = parts.slice(0, n).join('/');
    return n && parts.length >= n && RECORD_FOLDER.test(folder) ? folder : undefined;
  }

  /** Parsed trees are not kept: a text is parsed again when its page is rendered (a few milliseconds), which keeps memory flat. */
  private dropTrees(corpus: Corpus): void {
    for (const rec of allRecords(corpus))
      for (const v of rec.versions.values()) for (const r of [v, ...(v.revisions ?? [])]) pendingTrees.delete(r);
  }
}

/** "documents/2023/slug" → "2023/slug"; "editions/2023" → "2023". */
const keyOf = (folder: string) => folder.split('/').slice(1).join('/');

/**
 * The error a page shows in the dev server: every problem, with the first one's file and line
 * as Astro's error overlay reads them (`loc`, `hint`), so the overlay opens the file there.
 */
function liveError(problems: Problem[]): ContentError {
  const error = new ContentError(problems) as ContentError & {
    loc?: { file: string; line?: number; column?: number };
    hint?: string;
  };
  // The problem is in the content, not in the code: no stack trace (Astro prints one when there is a stack).
  error.stack = '';
  // Astro's overlay hints "Browser APIs are not available" for any error whose text has the word
  // "document" or "window", as every path under documents/ does; the hint below is the right one.
  error.toString = () => `ContentError: ${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  const first = problems[0];
  if (first) {
    error.loc = { file: path.resolve(first.file), ...(first.line ? { line: first.line, column: 1 } : {}) };
    error.hint = `Fix the file${problems.length > 1 ? 's' : ''} named above and save: this page reloads with the change. The same problems would stop \`npm run build\`.`;
  }
  return error;
}

const LIVE = Symbol.for('forum-texts.live-corpus');
type Holder = { [LIVE]?: LiveCorpus };

/**
 * The dev server's live corpus for `dir`, started on first use. Kept on `globalThis`: the content
 * loader and the pages may be loaded as separate module instances by Vite, and must share it.
 */
export function startLiveCorpus(dir: string): LiveCorpus {
  const holder = globalThis as Holder;
  const live = holder[LIVE];
  if (live?.dir === dir) return live;
  const started = new LiveCorpus(dir);
  holder[LIVE] = started;
  return started;
}

/** The live corpus, if this process is a dev server that started one for `dir`. */
export function liveCorpus(dir: string): LiveCorpus | undefined {
  const live = (globalThis as Holder)[LIVE];
  return live?.dir === dir ? live : undefined;
}
