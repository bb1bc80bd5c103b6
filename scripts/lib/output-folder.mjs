/**
 * Safety of the build's output folder (FORUM_DIST), checked before anything is
 * written or deleted: a failed build removes its output, so an output folder
 * that holds the content or the sources would take them with it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The project's own folders an output must never be, contain or sit inside. */
export const PROTECTED = ['src', 'content', 'locales', 'public', 'scripts', 'tests/fixtures'];

const inside = (child, parent) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Why `out` may not be the output folder, or null when it may. `root` is the
 * project, `content` the content folder in use (both absolute).
 */
export function unsafeOutput(out, { root, content }) {
  const real = (p) => {
    // Compare real paths where they exist, so a symlinked folder is seen for what it is.
    try { return fs.realpathSync(p); } catch { return path.resolve(p); }
  };
  const target = real(out);
  if (inside(real(root), target)) return `it is or contains the project folder ${root}`;
  const guarded = [['the content folder', content], ...PROTECTED.map((p) => [`the project's ${p}/`, path.join(root, p)])];
  for (const [name, dir] of guarded) {
    const d = real(dir);
    if (inside(target, d) || inside(d, target)) return `it is, contains or sits inside ${name} (${inside(dir, root) ? path.relative(root, dir) || '.' : dir})`;
  }
  return null;
}

/** Scratch names of one build next to `out`: the site being built and its helper files. */
export const scratchOf = (out, pid) => [`${out}.tmp-${pid}`, `${out}.tmp-${pid}.pagefind`, `${out}.tmp-${pid}.pagefind.src`, `${out}.tmp-${pid}.snapshot`, `${out}.tmp-${pid}.prepared.json`];

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return e.code === 'EPERM';
  }
}

/**
 * Removes what builds that were killed mid-way left beside `out` (`dist.tmp-<pid>` and its
 * `.snapshot`, `.pagefind`, `.pagefind.src`, `.prepared.json`). A build that is still running
 * (its process is alive) keeps its files. Returns the names removed.
 */
export function removeLeftovers(out) {
  const dir = path.dirname(out);
  const pattern = new RegExp(`^${path.basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-(\\d+)(\\.snapshot|\\.pagefind|\\.pagefind\\.src|\\.prepared\\.json)?$`);
  const removed = [];
  let names = [];
  try { names = fs.readdirSync(dir); } catch { return removed; }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
