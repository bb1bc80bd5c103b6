/**
 * Safety of the build's output folder (FORUM_DIST), checked before anything is
 * written or deleted: a failed build removes its output, so an output folder
 * that holds the content or the sources would take them with it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The project's own folders an output must never be, contain or sit inside. */
export const PROTECTED = ['src', 'content', 'locales', 'public', 'scripts', 'tests/fixtures'];

/**
 * Inside the project, the only places a build may write (and, when it fails, delete): dist/
 * itself, and folders under tests/.out/ (the tests) and bench/.work/ (the benchmark).
 * Anything else there (.git, docs, node_modules, package.json) is the project's own.
 */
const allowedInProject = (rel: string): boolean =>
  rel === 'dist' || /^(tests\/\.out|bench\/\.work)\/[^/]/.test(rel.split(path.sep).join('/'));

/** What a previous build leaves in its output folder, even a failed one (registry.json). */
const BUILD_MARKS = ['build-info.json', 'registry.json'];

const inside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Why `out` may not be the output folder, or null when it may. `root` is the
 * project, `content` the content folder in use (both absolute).
 */
export function unsafeOutput(out: string, { root, content }: { root: string; content: string }): string | null {
  const real = (p: string): string => {
    // Compare real paths where they exist, so a symlinked folder is seen for what it is.
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = real(out);
  if (inside(real(root), target)) return `it is or contains the project folder ${root}`;
  const guarded: [string, string][] = [
    ['the content folder', content],
    ...PROTECTED.map((p): [string, string] => [`the project's ${p}/`, path.join(root, p)]),
  ];
  for (const [name, dir] of guarded) {
    const d = real(dir);
    if (inside(target, d) || inside(d, target))
      return `it is, contains or sits inside ${name} (${inside(dir, root) ? path.relative(root, dir) || '.' : dir})`;
  }
  const inProject = path.relative(real(root), target);
  if (inside(target, real(root)) && !allowedInProject(inProject))
    return `${inProject} belongs to the project; inside it, only dist/ and folders under tests/.out/ or bench/.work/ may be an output folder`;
  return foreignContent(target);
}

/**
 * Why an existing `out` does not look like a previous build of this site (which the build replaces,
 * and removes when it fails), or null: it must be an empty folder or hold build-info.json or
 * registry.json.
 */
function foreignContent(out: string): string | null {
  const stat = fs.lstatSync(out, { throwIfNoEntry: false });
  if (!stat) return null;
  if (!stat.isDirectory()) return `${out} exists and is not a folder, and a build would delete it`;
  const names = fs.readdirSync(out);
  if (names.length === 0 || BUILD_MARKS.some((n) => names.includes(n))) return null;
  return `${out} already holds files that are not a build of this site (no ${BUILD_MARKS.join(' or ')}), and a build would delete them; empty or remove the folder yourself if it may go`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds that were killed mid-way left beside `out` (`dist.tmp-<pid>` and its
 * `.snapshot`, `.pagefind`, `.pagefind.src`, `.pagefind.<lang>`, `.prepared.json`). A build that is still running
 * (its process is alive) keeps its files. Returns the names removed.
 */
export function removeLeftovers(out: string): string[] {
  const dir = path.dirname(out);
  const pattern = new RegExp(
    `^${path.basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-(\\d+)(\\.snapshot|\\.pagefind(?:\\.src|\\.[a-z]{2,3})?|\\.prepared\\.json)?$`,
  );
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
