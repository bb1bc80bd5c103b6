/**
 * `npm run import`: a .docx, .md or .txt text → `<lang>.mdx` of a work, in the content
 * format. Prints a report (labels → clause ids, ambiguities, the translation's missing and
 * extra clauses), then writes the file unless --dry-run. Every problem is one line: what is
 * wrong and what to do; nothing is written then.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { parseLabel } from '../../clauses/index.ts';
import { config } from '../../config.ts';
import { linkProblems } from '../../corpus/link-urls.ts';
import { esmUses, expressionUses, parseMdx } from '../../corpus/parse-mdx.ts';
import { displayPath } from '../../corpus/paths.ts';
import { getLanguage } from '../../i18n/languages.ts';
import { type Work, WorkSchema } from '../../schemas/work.ts';
import { isUntouchedScaffold } from '../scaffold.ts';
import { analyse, clausesOf } from './analyse.ts';
import { frontmatter, type VersionFields } from './frontmatter.ts';
import { ImportError } from './import-error.ts';
import { type ImportOptions, readOptions, USAGE } from './options.ts';
import { readDocx } from './read-docx.ts';
import { formatReport } from './report.ts';
import { htmlToMdast, markdownToMdast, plainTextToMdast } from './to-mdast.ts';
import type { WordLabel } from './word-numbering.ts';
import { writeBody } from './write-mdx.ts';

interface Work_ {
  dir: string;
  meta: Work;
  /** meta.yaml as written (source dates stay strings). */
  raw: { sources?: { id: string; title: string; outlet?: string; date?: unknown; url?: string }[] };
}

function readWork(o: ImportOptions): Work_ {
  const dir = path.join(config.contentDir, 'documents', o.edition, o.slug);
  const metaFile = path.join(dir, 'meta.yaml');
  if (!fs.existsSync(metaFile))
    throw new ImportError(
      `${displayPath(metaFile)} does not exist: start the work first with npm run new -- ${o.edition}/${o.slug} --kind <kind>, then import its texts`,
    );
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(metaFile, 'utf8'));
  } catch (e) {
    throw new ImportError(
      `${displayPath(metaFile)} is not valid YAML (${(e as Error).message.split('\n')[0]}): fix it first`,
    );
  }
  const meta = WorkSchema.safeParse(raw);
  if (!meta.success) {
    const i = meta.error.issues[0];
    throw new ImportError(
      `${displayPath(metaFile)}: ${i?.path.join('.') || 'the file'}: ${i?.message}: fix the work's facts first`,
    );
  }
  return { dir, meta: meta.data, raw: raw as Work_['raw'] };
}

/** version and basedOn: the original's language needs nothing; a translation's status comes only from the editor. */
function versionFields(o: ImportOptions, work: Work_): Omit<VersionFields, 'title'> {
  const { meta } = work;
  if (o.lang === meta.original) {
    if (o.version)
      throw new ImportError(
        `${o.lang} is this work's original language (meta.yaml \`original: ${meta.original}\`): import it without --version (it becomes version: original)`,
      );
    return { version: 'original', basedOn: meta.revision };
  }
  if (!o.version)
    throw new ImportError(
      `${o.lang} is a translation (the original is ${meta.original}): say what it is: add --version archive (made by this archive) or --version official --source <id> (issued by the forum; <id> one of ${meta.sources.map((s) => s.id).join(', ')})`,
    );
  if (o.version === 'archive') return { version: 'archive', basedOn: meta.revision };
  if (meta.text === 'editorial-record')
    throw new ImportError(
      "this work is an editorial record (meta.yaml `text: editorial-record`): its translations are the archive's own, so use --version archive",
    );
  if (!o.source)
    throw new ImportError(
      `an official translation names the source that issued it: add --source <id>, one of ${meta.sources.map((s) => s.id).join(', ')}`,
    );
  const source = work.raw.sources?.find((s) => s.id === o.source);
  if (!source)
    throw new ImportError(
      `--source ${o.source} is not one of this work's sources (meta.yaml \`sources\`): use one of ${meta.sources.map((s) => s.id).join(', ')}, or add the source to meta.yaml first`,
    );
  const { title, outlet, date, url } = source;
  return {
    version: 'official',
    basedOn: meta.revision,
    source: {
      title,
      ...(outlet ? { outlet } : {}),
      ...(date !== undefined ? { date: String(date) } : {}),
      ...(url ? { url } : {}),
    },
  };
}

const KINDS: Record<string, 'docx' | 'md' | 'txt'> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md', '.txt': 'txt' };

async function readInput(
  file: string,
): Promise<{ tree: Root; labels: WordLabel[]; propertiesTitle?: string; kind: string }> {
  const shown = displayPath(path.resolve(file));
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new ImportError(`${shown} does not exist: check the path`);
  if (!stat.isFile()) throw new ImportError(`${shown} is not a file: name the .docx, .md or .txt file to import`);
  const ext = path.extname(file).toLowerCase();
  const kind = KINDS[ext];
  if (!kind)
    throw new ImportError(
      `${shown}: the importer reads .docx, .md and .txt files, not ${ext || 'files without an extension'}: save the text as .docx (Word, LibreOffice) and import that`,
    );
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0)
    throw new ImportError(
      `${shown} is empty (0 bytes): nothing to import; check that it is the right file and that it was saved`,
    );
  if (kind === 'docx') {
    const { html, labels, propertiesTitle } = await readDocx(bytes, shown);
    const tree = htmlToMdast(html);
    if (!plainText(tree).trim()) throw new ImportError(`${shown} holds no text: check that it is the right file`);
    return { tree, labels, ...(propertiesTitle ? { propertiesTitle } : {}), kind };
  }
  if (bytes.includes(0))
    throw new ImportError(
      `${shown} is not a text file (it holds binary data): save the text as plain UTF-8 text, or as .docx`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportError(`${shown} is not UTF-8 text: save it with the UTF-8 encoding and import it again`);
  }
  if (!text.trim()) throw new ImportError(`${shown} holds only blank space: nothing to import`);
  return { tree: kind === 'md' ? markdownToMdast(text) : plainTextToMdast(text), labels: [], kind };
}

/** The title, and where it came from; the heading it came from leaves the body (the page shows the title). */
function takeTitle(
  tree: Root,
  given: string | undefined,
  input: { propertiesTitle?: string; kind: string },
  o: ImportOptions,
  shown: string,
) {
  const first = tree.children[0];
  let heading: string | undefined;
  if (first?.type === 'heading' && first.depth === 1) {
    heading = plainText(first).trim();
    tree.children.shift();
  }
  let title = given;
  let from = 'given with --title';
  if (!title && heading) [title, from] = [heading, "the document's first heading, its title"];
  else if (heading) from += `; the document's first heading ("${heading}") is left out, as the page shows the title`;
  if (!title && input.propertiesTitle)
    [title, from] = [input.propertiesTitle, "the document's properties (File › Properties › Title)"];
  if (!title && input.kind === 'txt' && first?.type === 'paragraph') {
    const line = plainText(first).trim();
    if (line.length <= 200 && !parseLabel(line, getLanguage(o.lang))) {
      tree.children.shift();
      [title, from] = [line, 'the first line of the text file'];
    }
  }
  if (!title) throw new ImportError(`found no title in ${shown}: give it with --title "<the title in ${o.lang}>"`);
  // The page's title is its only top-level heading: the text's headings start one level below.
  const depths = tree.children.flatMap((c) => (c.type === 'heading' ? [c.depth] : []));
  if (depths.length && Math.min(...depths) === 1)
    for (const c of tree.children) if (c.type === 'heading') c.depth = Math.min(6, c.depth + 1) as typeof c.depth;
  return { title, from };
}

/** The checks of the content step that concern one file's syntax; the importer's output must pass them. */
function verify(text: string, shown: string): void {
  const fail = (what: string) =>
    new ImportError(
      `the text converted from ${shown} would not pass the content check (${what}): fix that in the document and import it again`,
    );
  let parsed: ReturnType<typeof parseMdx>;
  try {
    parsed = parseMdx(text);
  } catch (e) {
    throw fail((e as Error).message);
  }
  const expr = expressionUses(parsed.tree, parsed.bodyLineOffset)[0];
  if (expr) throw fail(`an expression {…} at line ${expr}`);
  const esm = esmUses(parsed.tree, parsed.bodyLineOffset)[0];
  if (esm) throw fail(`an import/export line at line ${esm}`);
  const link = linkProblems(parsed.tree, parsed.bodyLineOffset)[0];
  if (link) throw fail(`line ${link.line}: ${link.message}`);
}

function originalClauses(work: Work_, lang: string): { ids: string[] | null; file: string } {
  const file = path.join(work.dir, `${work.meta.original}.mdx`);
  if (lang === work.meta.original || !fs.existsSync(file)) return { ids: null, file };
  try {
    return { ids: clausesOf(fs.readFileSync(file, 'utf8'), work.meta.original).clauses.map((c) => c.eId), file };
  } catch {
    return { ids: null, file };
  }
}

/** Runs the command; returns the exit code. `print` receives the report, `fail` the one-line error. */
export async function runImport(
  argv: string[],
  print: (s: string) => void = console.log,
  fail: (s: string) => void = console.error,
): Promise<number> {
  try {
    const o = readOptions(argv);
    if (!o) {
      print(USAGE);
      return 0;
    }
    const work = readWork(o);
    const fields = versionFields(o, work);
    const target = path.join(work.dir, `${o.lang}.mdx`);
    const shownTarget = displayPath(target);
    const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    const stub = existing !== null && isUntouchedScaffold(existing);
    if (existing !== null && !stub && !o.force && !o.dryRun)
      throw new ImportError(
        `${shownTarget} exists and has been edited: add --force to replace it (its current text stays in git's history if it was committed), or import into another work`,
      );
    const shownInput = displayPath(path.resolve(o.file));
    const input = await readInput(o.file);
    const { title, from } = takeTitle(input.tree, o.title, input, o, shownInput);
    const text = frontmatter({ title, ...fields }) + writeBody(input.tree);
    verify(text, shownInput);
    const analysis = analyse(text, o.lang, input.labels);
    const original = originalClauses(work, o.lang);
    print(
      formatReport({
        input: shownInput,
        target: shownTarget,
        title,
        titleFrom: from,
        fields,
        lang: o.lang,
        original: work.meta.original,
        analysis,
        comparison: o.lang === work.meta.original ? null : { file: displayPath(original.file), ids: original.ids },
        editorial: work.meta.text === 'editorial-record',
        existing: existing === null ? 'none' : stub ? 'stub' : 'edited',
        dryRun: o.dryRun,
      }),
    );
    if (o.dryRun) return 0;
    const tmp = `${target}.import-${process.pid}~`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
    print(`Wrote ${shownTarget}.`);
    return 0;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    fail(`npm run import: ${e.message}`);
    return 1;
  }
}
