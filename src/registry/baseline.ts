import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { config } from '../config.ts';
import { displayPath, registryFile } from '../corpus/paths.ts';
import type { Problem } from '../corpus/problems.ts';
import type { Registry } from './schema.ts';

/**
 * The registry is append-only: an entry may be marked moved or withdrawn, never removed. Its
 * own file cannot prove that (delete a line and the URL is silently gone), so it is compared
 * with what was published before: every version of the file in the branch's git history, and
 * the copy the previous build wrote into its output folder (PUBLISHED_REGISTRY).
 */
export const PUBLISHED_REGISTRY = 'registry.json';

/**
 * Set to `1` or `true` for one build to accept that published entries were removed on purpose
 * (read and checked by src/config.ts: any value other than on or off stops the build there).
 */
export const ALLOW_LOSS = 'FORUM_REGISTRY_ALLOW_LOSS';

/** Published document keys and their clause ids, with where each was seen. */
type Published = Map<string, { clauses: Set<string>; seen: string }>;

function add(into: Published, documents: unknown, seen: string): void {
  if (!documents || typeof documents !== 'object') return;
  for (const [key, entry] of Object.entries(documents as Record<string, { clauses?: unknown }>)) {
    const known = into.get(key) ?? { clauses: new Set<string>(), seen };
    if (Array.isArray(entry?.clauses)) for (const c of entry.clauses) if (typeof c === 'string') known.clauses.add(c);
    into.set(key, known);
  }
}

const git = (cwd: string, args: string[], input?: string) =>
  spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });

/**
 * Every entry the registry file ever had in the current branch's history (none when the
 * content folder is not in a git repository). Two git processes in all, however long the
 * history: the commits that touched the file, then all its versions through one `cat-file`.
 */
export function gitPublished(dir: string): Published {
  const out: Published = new Map();
  if (!fs.existsSync(dir)) return out;
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return out;
  const root = top.stdout.toString().trim();
  // The file itself may be gone (deleted by mistake): its folder tells where it was.
  const rel = path
    .relative(root, registryFile(fs.realpathSync(dir)))
    .split(path.sep)
    .join('/');
  const log = git(root, ['log', '--format=%h', 'HEAD', '--', rel]);
  const commits = log.status === 0 ? log.stdout.toString().split('\n').filter(Boolean) : [];
  if (!commits.length) return out;
  const batch = git(root, ['cat-file', '--batch'], commits.map((c) => `${c}:${rel}\n`).join(''));
  // Output: "<sha> blob <size>\n<content>\n" per version, or "<name> missing\n" where the file was deleted.
  const text = batch.stdout;
  let at = 0;
  for (const commit of commits) {
    const eol = text.indexOf(10, at);
    if (eol < 0) break;
    const header = text.subarray(at, eol).toString().split(' ');
    at = eol + 1;
    if (header[1] !== 'blob') continue;
    const size = Number(header[2]);
    const body = text.subarray(at, at + size).toString('utf8');
    at += size + 1;
    try {
      add(out, (parseYaml(body) as { documents?: unknown } | null)?.documents, `git commit ${commit}`);
    } catch {
      // A version that was not valid YAML published nothing new: the versions around it count.
    }
  }
  return out;
}

/** The registry the previous build published into `out`, when there is one. */
export function readPublishedRegistry(out: string): string | null {
  const file = path.join(out, PUBLISHED_REGISTRY);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** What `registry` lost of `published`: whole entries, or clause ids of an entry. */
export function lostEntries(
  registry: Registry,
  published: Published,
): { key: string; clauses: string[]; whole: boolean; seen: string }[] {
  const lost = [];
  for (const [key, { clauses, seen }] of published) {
    const entry = registry.documents[key];
    // A clause still accounted for (listed, moved or withdrawn) is not lost.
    const kept = new Set([
      ...(entry?.clauses ?? []),
      ...Object.keys(entry?.clausesMoved ?? {}),
      ...Object.keys(entry?.clausesWithdrawn ?? {}),
    ]);
    const gone = [...clauses].filter((c) => !kept.has(c));
    if (!entry || gone.length) lost.push({ key, clauses: gone, whole: !entry, seen });
  }
  return lost;
}

/**
 * Reports entries the registry lost against its history and the previous build's copy (in
 * `previousOutput`). With `allowLoss` (FORUM_REGISTRY_ALLOW_LOSS=1), they are printed as accepted instead.
 */
export function checkAppendOnly(
  dir: string,
  registry: Registry,
  problems: Problem[],
  previousOutput?: string,
  log: (line: string) => void = console.log,
  allowLoss = config.allowRegistryLoss,
): void {
  const published = gitPublished(dir);
  const copy = previousOutput ? readPublishedRegistry(previousOutput) : null;
  if (copy !== null) {
    try {
      add(
        published,
        (JSON.parse(copy) as { documents?: unknown }).documents,
        `${displayPath(path.join(previousOutput!, PUBLISHED_REGISTRY))} (the previous build)`,
      );
    } catch {
      problems.push({
        file: displayPath(path.join(previousOutput!, PUBLISHED_REGISTRY)),
        message:
          'the registry copy of the previous build is not valid JSON: it is written by the build and not edited; delete it and build again',
      });
    }
  }
  const lost = lostEntries(registry, published);
  if (!lost.length) return;
  const file = displayPath(registryFile(dir));
  const several = (l: (typeof lost)[number]) => !l.whole && l.clauses.length > 1;
  const what = (l: (typeof lost)[number]) =>
    l.whole ? `the entry "${l.key}"` : `clause${l.clauses.length > 1 ? 's' : ''} ${l.clauses.join(', ')} of "${l.key}"`;
  if (allowLoss) {
    log(
      `${ALLOW_LOSS} is set: these published registry entries are dropped on purpose, and their URLs may stop resolving:`,
    );
    for (const l of lost) log(`  • ${what(l)} (published in ${l.seen})`);
    return;
  }
  for (const l of lost) {
    problems.push({
      file,
      field: `documents."${l.key}"`,
      message: `${what(l)} ${several(l) ? 'were' : 'was'} published (in ${l.seen}) but ${several(l) ? 'are' : 'is'} gone from the registry, which is append-only: put ${several(l) ? 'them' : 'it'} back, and mark a document that is gone \`movedTo\` or \`withdrawn\` (a clause: clausesMoved or clausesWithdrawn). Only if ${several(l) ? 'they' : 'it'} never went public, build with ${ALLOW_LOSS}=1`,
    });
  }
}
