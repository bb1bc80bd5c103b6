import fs from 'node:fs';
import path from 'node:path';

/**
 * What a name in the content folder is, before anything reads it. Reading a named pipe would
 * wait forever, a dangling link throws, and a link to a file elsewhere on the machine would be
 * published: only regular files and folders inside the content folder are read.
 */
export type Entry = { kind: 'file' | 'dir' | 'skip' } | { kind: 'problem'; message: string };

/**
 * Editors' own files beside the text they edit: Emacs lock (`.#fr.mdx`, a dangling link) and
 * autosave (`#fr.mdx#`) files, backups (`fr.mdx~`), Vim swap files (`.fr.mdx.swp`, `.swo`, …).
 */
export const isEditorTempFile = (name: string) => /^\.#|^#.*#$|~$|^\..*\.sw[a-p]$/.test(name);

export function classifyEntry(full: string, contentRoot: string): Entry {
  if (isEditorTempFile(path.basename(full))) return { kind: 'skip' };
  let stat = fs.lstatSync(full);
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = fs.realpathSync(full);
    } catch {
      return {
        kind: 'problem',
        message: `a link to something that does not exist (${fs.readlinkSync(full)}): remove the link, or put the file itself here`,
      };
    }
    const root = fs.realpathSync(contentRoot);
    const rel = path.relative(root, target);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      return {
        kind: 'problem',
        message: `a link to ${target}, outside the content folder: the archive publishes only what is in the content folder; copy the file in instead of linking to it`,
      };
    }
    stat = fs.statSync(full);
  }
  if (stat.isFile()) return { kind: 'file' };
  if (stat.isDirectory()) return { kind: 'dir' };
  const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
  return {
    kind: 'problem',
    message: `${what}, not a regular file: the content folder holds only folders, meta.yaml and <lang>.mdx files; remove it`,
  };
}
