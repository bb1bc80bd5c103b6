import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { assignEIds } from '../clauses/index.ts';
import { findPlaceholders } from '../editor/placeholders.ts';
import { getLanguage, isLang, LANG_CODES, type LangCode } from '../i18n/languages.ts';
import { EditionSchema, RevisionSchema, type Version, VersionSchema, WorkSchema } from '../schemas/index.ts';
import { collectBlocks } from '../utils/mdast-blocks.ts';
import { classifyEntry } from './entries.ts';
import { linkProblems } from './link-urls.ts';
import type { ClauseData, Corpus, CorpusRecord, CorpusVersion, DocumentRecord, EditionRecord } from './model.ts';
import { esmUses, expressionUses, jsxUses, type ParsedMdx, parseMdx, yamlReason } from './parse-mdx.ts';
import { displayPath } from './paths.ts';
import type { Problem } from './problems.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const KNOWN_COMPONENTS = new Set(['Src', 'Ref', 'Clause']);

function zodProblems(file: string, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((i) => ({
    file,
    field: prefix + (i.path.length ? i.path.join('.') : '(whole file)'),
    message:
      i.code === 'unrecognized_keys'
        ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `\`${k}\``).join(', ')}: remove ${i.keys.length > 1 ? 'them' : 'it'} or check the spelling (see docs/content.md)`
        : i.message,
  }));
}

function readYaml(file: string, problems: Problem[]): unknown {
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push({ file: displayPath(file), ...(line ? { line } : {}), message: `invalid YAML: ${yamlReason(e)}` });
    return undefined;
  }
  if (data === null || data === undefined) {
    problems.push({
      file: displayPath(file),
      message:
        "the file is empty: write the record's facts in it (kind, status, date, sources, …; see docs/content.md)",
    });
    return undefined;
  }
  return data;
}

/** Parsed trees, kept until the whole corpus is read and every version can be rendered. */
export const pendingTrees = new WeakMap<CorpusVersion, { tree: ParsedMdx['tree']; source: string; path: string }>();

/** An earlier revision, `revisions/<lang>/<n>.mdx`: read as a version whose frontmatter is a RevisionSchema. */
function readRevision(file: string, lang: LangCode, n: number, current: CorpusVersion, problems: Problem[]) {
  return readVersion(file, lang, problems, (fm) => {
    const r = RevisionSchema.safeParse(fm);
    if (!r.success) return r;
    const { date, note, title, basedOn } = r.data;
    if (basedOn === undefined && current.data.version !== 'original')
      problems.push({
        file: displayPath(file),
        field: 'basedOn',
        message: `a translation's earlier revision says which revision of the original it was made from: add \`basedOn: <n>\` (the basedOn ${lang}.mdx had then)`,
      });
    // The page shows what the current version says of itself (version kind, source), with this revision's title and basedOn.
    const data: Version = { ...current.data, title: title ?? current.data.title, basedOn: basedOn ?? n };
    delete data.revision;
    delete data.revisionDate;
    delete data.revisionNote;
    return { success: true as const, data, rev: { n, date, note } };
  });
}

type ParseData = (
  fm: unknown,
) => { success: true; data: Version; rev?: CorpusVersion['rev'] } | { success: false; error: z.ZodError };

function readVersion(
  file: string,
  lang: LangCode,
  problems: Problem[],
  parseData: ParseData = (fm) => VersionSchema.safeParse(fm),
): CorpusVersion | undefined {
  const shown = displayPath(file);
  let parsed: ReturnType<typeof parseMdx>;
  try {
    parsed = parseMdx(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const line = (e as { line?: number }).line;
    problems.push({ file: shown, ...(line ? { line } : {}), message: (e as Error).message });
    return undefined;
  }
  const data = parseData(parsed.frontmatter ?? {});
  if (!data.success) {
    problems.push(...zodProblems(shown, data.error));
    return undefined;
  }
  const uses = jsxUses(parsed.tree, parsed.bodyLineOffset);
  const written = (u: (typeof uses)[number]) => !u.exprAttrs.length;
  for (const u of uses) {
    if (!KNOWN_COMPONENTS.has(u.name)) {
      problems.push({
        file: shown,
        line: u.line,
        field: `<${u.name}>`,
        message: `unknown component; the texts may use only <Src id="…"/>, <Ref to="…"/> and <Clause id="…"/>`,
      });
    } else if (!written(u)) {
      problems.push({
        file: shown,
        line: u.line,
        field: `<${u.name}>`,
        message: `write ${u.exprAttrs.map((a) => `${a}="…"`).join(' ')} with quotes (for example ${u.name === 'Ref' ? '<Ref to="2023/data-security-consensus#para_2" />' : u.name === 'Src' ? '<Src id="china-daily-2024" />' : '<Clause id="art_5" />'}): braces {…} are not read in the texts`,
      });
    } else if (u.name === 'Ref' && !u.attrs.to) {
      problems.push({
        file: shown,
        line: u.line,
        field: '<Ref>',
        message: 'say what it points to: <Ref to="<year>/<slug>" /> or <Ref to="<year>/<slug>#<clause id>" />',
      });
    }
  }
  for (const line of expressionUses(parsed.tree, parsed.bodyLineOffset)) {
    problems.push({
      file: shown,
      line,
      field: '{…}',
      message:
        'expressions are not part of the texts: write \\{ and \\} for literal braces (a comment {/* … */} is allowed, and is never published)',
    });
  }
  for (const line of esmUses(parsed.tree, parsed.bodyLineOffset)) {
    problems.push({
      file: shown,
      line,
      field: 'import/export',
      message:
        'import and export lines are not part of the texts (<Src>, <Ref> and <Clause> need no import): remove the line (a sentence that begins with the word import or export: begin it with a capital letter)',
    });
  }
  for (const p of linkProblems(parsed.tree, parsed.bodyLineOffset)) problems.push({ file: shown, ...p });
  const located = collectBlocks(parsed.tree, parsed.body);
  // Lines as the editor sees them in the file (the frontmatter included), in messages too.
  const blocks = located.map(({ block }) =>
    block.line === undefined ? block : { ...block, line: block.line + parsed.bodyLineOffset },
  );
  const { clauses, errors } = assignEIds(blocks, getLanguage(lang));
  for (const e of errors) {
    problems.push({ file: shown, ...(e.line ? { line: e.line } : {}), field: 'clause id', message: e.message });
  }
  const out: ClauseData[] = [];
  clauses.forEach((c, i) => {
    const block = blocks[i];
    if (c?.eId && block) out.push({ eId: c.eId, num: c.num, text: block.text, line: block.line ?? 0 });
  });
  const version: CorpusVersion = {
    lang,
    file: shown,
    data: data.data,
    ...('rev' in data && data.rev ? { rev: data.rev } : {}),
    clauses: out,
    // Components written wrongly were reported above; checking them again would only repeat it.
    cites: uses.filter((u) => u.name === 'Src' && written(u)).map((u) => ({ id: u.attrs.id ?? '', line: u.line })),
    refs: uses
      .filter((u) => u.name === 'Ref' && written(u) && u.attrs.to)
      .map((u) => ({ to: u.attrs.to ?? '', line: u.line })),
  };
  pendingTrees.set(version, { tree: parsed.tree, source: parsed.body, path: file });
  return version;
}

function readRecordDir(
  dir: string,
  root: string,
  problems: Problem[],
): { meta: unknown; metaFile: string; versions: Map<LangCode, CorpusVersion>; unreadable: LangCode[] } {
  const metaFile = path.join(dir, 'meta.yaml');
  const versions = new Map<LangCode, CorpusVersion>();
  const unreadable: LangCode[] = [];
  let hasMeta = false;
  let revisionsDir: string | undefined;
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const entry = classifyEntry(full, root);
    if (entry.kind === 'problem') {
      problems.push({ file: displayPath(full), message: entry.message });
      if (name === 'meta.yaml') return { meta: undefined, metaFile, versions, unreadable };
      continue;
    }
    if (entry.kind === 'dir' && name === 'revisions') revisionsDir = full;
    if (entry.kind !== 'file') continue;
    if (name === 'meta.yaml') {
      hasMeta = true;
      continue;
    }
    const m = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.mdx$/.exec(name);
    if (!m?.[1] || !isLang(m[1])) {
      problems.push({
        file: displayPath(full),
        message: `unexpected file: a folder holds meta.yaml and one <lang>.mdx per language (${LANG_CODES.join(', ')}); rename or move it`,
      });
      continue;
    }
    const v = readVersion(full, m[1], problems);
    if (v) versions.set(m[1], v);
    else unreadable.push(m[1]);
  }
  if (revisionsDir) readRevisions(revisionsDir, root, versions, problems);
  if (!hasMeta) {
    problems.push({
      file: displayPath(metaFile),
      message: 'missing: every record folder needs a meta.yaml with its language-neutral facts (see docs/content.md)',
    });
    return { meta: undefined, metaFile, versions, unreadable };
  }
  return { meta: readYaml(metaFile, problems), metaFile, versions, unreadable };
}

/**
 * Earlier revisions: `revisions/<lang>/<n>.mdx`, inside the record folder (so the dev server's
 * live corpus re-reads them with it). Numbering against the current revision is checked in check.ts.
 */
function readRevisions(dir: string, root: string, versions: Map<LangCode, CorpusVersion>, problems: Problem[]): void {
  for (const lang of fs.readdirSync(dir).sort()) {
    const langDir = path.join(dir, lang);
    const entry = classifyEntry(langDir, root);
    if (entry.kind === 'skip') continue;
    if (entry.kind === 'problem') {
      problems.push({ file: displayPath(langDir), message: entry.message });
      continue;
    }
    if (entry.kind !== 'dir' || !isLang(lang)) {
      problems.push({
        file: displayPath(langDir),
        message: `unexpected ${entry.kind === 'dir' ? 'folder' : 'file'}: revisions/ holds one folder per language (${LANG_CODES.join(', ')}) with the earlier revisions as <n>.mdx; rename or move it`,
      });
      continue;
    }
    const current = versions.get(lang);
    const files = fs.readdirSync(langDir).sort();
    if (!current) {
      // A version that exists but could not be read has its own problem already.
      if (files.length && !fs.existsSync(path.join(dir, '..', `${lang}.mdx`)))
        problems.push({
          file: displayPath(langDir),
          message: `earlier revisions of ${lang}.mdx, which does not exist: add ${lang}.mdx (the current revision) or remove this folder`,
        });
      continue;
    }
    const revisions: CorpusVersion[] = [];
    for (const name of files) {
      const full = path.join(langDir, name);
      const fileEntry = classifyEntry(full, root);
      if (fileEntry.kind === 'skip') continue;
      const m = /^([1-9][0-9]*)\.mdx$/.exec(name);
      if (fileEntry.kind === 'problem' || !m?.[1]) {
        problems.push({
          file: displayPath(full),
          message:
            fileEntry.kind === 'problem'
              ? fileEntry.message
              : 'unexpected file: an earlier revision is named by its number (1.mdx, 2.mdx, …); rename or move it',
        });
        continue;
      }
      const r = readRevision(full, lang, Number(m[1]), current, problems);
      if (r) revisions.push(r);
    }
    revisions.sort((a, b) => (a.rev?.n ?? 0) - (b.rev?.n ?? 0));
    if (revisions.length) current.revisions = revisions;
  }
}

/**
 * Is the group folder `editions/` or `documents/` there to be read? A link that leaves the content
 * folder, or a file (or pipe) of that name, is reported rather than read.
 */
function groupFolder(dir: string, root: string, problems: Problem[]): boolean {
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })) return false;
  const entry = classifyEntry(dir, root);
  if (entry.kind === 'dir') return true;
  const name = path.basename(dir);
  const layout = name === 'editions' ? 'editions/<year>/' : 'documents/<year>/<slug>/';
  const linked = fs.lstatSync(dir).isSymbolicLink() && entry.kind === 'problem';
  problems.push({
    file: displayPath(dir),
    message: linked
      ? entry.message
      : `${name} must be a folder (holding ${layout}): move this file away and make ${name} a folder`,
  });
  return false;
}

/** Folders in `dir` (sorted); links and special files that may not be read are reported. */
function subdirs(dir: string, root: string, problems: Problem[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((n) => {
      const entry = classifyEntry(path.join(dir, n), root);
      if (entry.kind === 'problem') problems.push({ file: displayPath(path.join(dir, n)), message: entry.message });
      return entry.kind === 'dir';
    });
}

/**
 * Reads and validates every file of a content folder. Cross-file checks are in `check.ts`.
 * `only` limits it to some record folders ("editions/2023", "documents/2023/slug"), so that
 * several threads can share the work (threads.ts).
 */
export function readCorpus(dir: string, problems: Problem[], only?: (rel: string) => boolean): Corpus {
  const mine = (rel: string) => !only || only(rel);
  const corpus: Corpus = { dir, editions: new Map(), documents: new Map(), registry: { documents: {} }, broken: [] };
  // Problems in the folders that group records are reported once (by the share that owns `editions`, or that year).
  const groupProblems = mine('editions') ? problems : [];
  const editions = groupFolder(path.join(dir, 'editions'), dir, groupProblems);
  const documents = groupFolder(path.join(dir, 'documents'), dir, groupProblems);
  for (const year of editions ? subdirs(path.join(dir, 'editions'), dir, groupProblems) : []) {
    if (!mine(`editions/${year}`)) continue;
    const edDir = path.join(dir, 'editions', year);
    if (!YEAR.test(year)) {
      problems.push({ file: displayPath(edDir), message: 'an edition folder is named by its year (for example 2023)' });
      continue;
    }
    const r = readRecordDir(edDir, dir, problems);
    const meta = r.meta === undefined ? undefined : EditionSchema.safeParse(r.meta);
    if (meta && !meta.success) problems.push(...zodProblems(displayPath(r.metaFile), meta.error));
    // A record whose meta.yaml is broken is reported once: it still exists for the other checks.
    if (!meta?.success) {
      corpus.broken.push(year);
      continue;
    }
    const rec: EditionRecord = {
      type: 'edition',
      key: year,
      edition: year,
      dir: edDir,
      metaFile: displayPath(r.metaFile),
      meta: meta.data,
      versions: r.versions,
      unreadable: r.unreadable,
      ...draftPlaceholders(r.meta, meta.data.draft),
    };
    corpus.editions.set(year, rec);
  }
  for (const year of documents ? subdirs(path.join(dir, 'documents'), dir, groupProblems) : []) {
    if (!YEAR.test(year)) {
      if (mine(`documents/${year}`))
        problems.push({
          file: displayPath(path.join(dir, 'documents', year)),
          message: 'documents are grouped in a folder named by their edition year (for example documents/2023/<slug>/)',
        });
      continue;
    }
    for (const slug of subdirs(path.join(dir, 'documents', year), dir, mine(`documents/${year}`) ? problems : [])) {
      if (!mine(`documents/${year}/${slug}`)) continue;
      const docDir = path.join(dir, 'documents', year, slug);
      if (!SLUG.test(slug)) {
        problems.push({
          file: displayPath(docDir),
          message:
            'a document folder name is a lowercase ASCII slug with hyphens (for example data-security-consensus)',
        });
        continue;
      }
      const r = readRecordDir(docDir, dir, problems);
      const meta = r.meta === undefined ? undefined : WorkSchema.safeParse(r.meta);
      if (meta && !meta.success) problems.push(...zodProblems(displayPath(r.metaFile), meta.error));
      if (!meta?.success) {
        corpus.broken.push(`${year}/${slug}`);
        continue;
      }
      const rec: DocumentRecord = {
        type: 'document',
        key: `${year}/${slug}`,
        edition: year,
        slug,
        dir: docDir,
        metaFile: displayPath(r.metaFile),
        meta: meta.data,
        versions: r.versions,
        unreadable: r.unreadable,
        ...draftPlaceholders(r.meta, meta.data.draft),
      };
      corpus.documents.set(rec.key, rec);
    }
  }
  return corpus;
}

/** The placeholders a draft still holds (its facts shown with stand-in values until they are filled in). */
function draftPlaceholders(raw: unknown, draft: boolean | undefined): { placeholders?: string[] } {
  if (!draft) return {};
  return { placeholders: findPlaceholders(raw).map((at) => at.join('.')) };
}

/** A content folder that is missing or holds no records is an error, never an empty site. */
export function checkContentDir(corpus: Corpus, problems: Problem[]): void {
  if (!fs.existsSync(corpus.dir)) {
    problems.push({
      file: displayPath(corpus.dir),
      message: 'the content folder does not exist: check FORUM_CONTENT_DIR (default: content/)',
    });
  } else if (!corpus.editions.size && !corpus.documents.size) {
    problems.push({
      file: displayPath(corpus.dir),
      message:
        'the content folder holds no editions/<year>/ or documents/<year>/<slug>/ records: check FORUM_CONTENT_DIR, or add a record (docs/content.md)',
    });
  }
}

export function allRecords(corpus: Corpus): CorpusRecord[] {
  return [...corpus.editions.values(), ...corpus.documents.values()];
}
