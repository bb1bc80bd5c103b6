import fs from 'node:fs';
import path from 'node:path';
import { isLang, LANG_CODES, type LangCode } from '../i18n/languages.ts';
import { KINDS } from '../schemas/work.ts';
import { documentMeta, editionMeta, originalText } from './templates.ts';

/**
 * `npm run new`: starts a document or an edition's record as a draft (templates.ts). Pure of the
 * environment: the caller (scripts/new.mjs) passes the content folder from src/config.ts.
 */
export const USAGE = `Usage:
  npm run new -- <edition>/<slug> --kind <kind> [--lang <code>]   start a document
  npm run new -- <edition> [--lang <code>]                        start an edition's record

  <edition>   the edition's year, for example 2025
  <slug>      a short lowercase ASCII name with hyphens, for example data-security-consensus
  --kind      ${KINDS.join(' | ')}
  --lang      the original's language: ${LANG_CODES.join(' | ')} (default: en)

Writes meta.yaml and <lang>.mdx in <content>/documents/<edition>/<slug>/ (an edition:
<content>/editions/<edition>/), marked draft: true, with a TODO for every fact to fill in.
Never overwrites a file.`;

export interface NewRequest {
  edition: string;
  /** Absent for an edition's record. */
  slug?: string;
  kind?: (typeof KINDS)[number];
  lang: LangCode;
}

const YEAR = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k);

/** The request in `args` (what follows `npm run new --`), or the one line that says what is wrong and what to do. */
export function parseNewArgs(args: string[]): NewRequest | { error: string } | 'help' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const m = /^--(kind|lang)(?:=(.*))?$/.exec(a);
    if (m?.[1]) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value.startsWith('--'))
        return { error: `--${m[1]} needs a value: write --${m[1]} <${m[1] === 'kind' ? 'kind' : 'code'}>` };
      options[m[1]] = value;
    } else if (a.startsWith('-')) {
      return { error: `unknown option ${a}: the options are --kind and --lang (npm run new -- --help)` };
    } else positional.push(a);
  }
  if (positional.length !== 1)
    return {
      error: positional.length
        ? `one record at a time: got ${positional.join(' ')}; write <edition>/<slug> or <edition>, and the options after npm run new -- (without the --, npm takes --kind and --lang for itself)`
        : 'say what to start: npm run new -- <edition>/<slug> --kind <kind>, or npm run new -- <edition>',
    };
  const target = positional[0] ?? '';
  const [edition = '', slug, ...rest] = target.split('/');
  if (!YEAR.test(edition) || rest.length)
    return {
      error: `"${target}" is not <edition>/<slug> or <edition>: the edition is a year (for example 2025/data-security-consensus)`,
    };
  if (slug !== undefined && !SLUG.test(slug))
    return {
      error: `"${slug}" is not a slug: use lowercase ASCII letters, digits and single hyphens (for example data-security-consensus)`,
    };
  const lang = options.lang ?? 'en';
  if (!isLang(lang))
    return { error: `--lang ${lang} is not a language of the archive: use one of ${LANG_CODES.join(', ')}` };
  const kind = options.kind;
  if (slug === undefined) {
    if (kind !== undefined)
      return { error: `an edition has no kind: leave out --kind ${kind}, or start a document with ${edition}/<slug>` };
    return { edition, lang };
  }
  if (kind === undefined)
    return {
      error: `say what kind of document it is: add --kind <kind> after npm run new --, one of ${KINDS.join(', ')}`,
    };
  if (!isKind(kind)) return { error: `--kind ${kind} is not a kind: use one of ${KINDS.join(', ')}` };
  return { edition, slug, kind, lang };
}

/** The record's folder and the files to write there (relative to the content folder). */
export function scaffoldFiles(req: NewRequest): { folder: string; files: Record<string, string> } {
  const edition = req.slug === undefined;
  const folder = edition ? path.join('editions', req.edition) : path.join('documents', req.edition, req.slug ?? '');
  const meta = req.kind ? documentMeta({ kind: req.kind, lang: req.lang }) : editionMeta({ lang: req.lang });
  return { folder, files: { 'meta.yaml': meta, [`${req.lang}.mdx`]: originalText({ edition }) } };
}

/**
 * Writes the scaffold into `contentDir`; refuses, writing nothing, when any of its files exists.
 * Returns the files written (absolute), or the one-line error.
 */
export function writeScaffold(
  contentDir: string,
  req: NewRequest,
  shown: (file: string) => string = (f) => f,
): { written: string[] } | { error: string } {
  const { folder, files } = scaffoldFiles(req);
  const dir = path.join(contentDir, folder);
  const taken = Object.keys(files)
    .map((name) => path.join(dir, name))
    .filter((file) => fs.existsSync(file));
  if (taken.length)
    return {
      error: `${taken.map(shown).join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written: edit the existing record, or choose another ${req.slug === undefined ? 'edition year' : 'slug'}`,
    };
  fs.mkdirSync(dir, { recursive: true });
  const written = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    // 'wx': a file that appeared since the check above is still never overwritten.
    fs.writeFileSync(file, text, { flag: 'wx' });
    return file;
  });
  return { written };
}

/** What to do after `npm run new`, in order (docs/content.md, "Starting a new text"). */
export function nextSteps(req: NewRequest, contentDir: string, shown: (file: string) => string): string {
  const key = req.slug === undefined ? req.edition : `${req.edition}/${req.slug}`;
  const folder = shown(path.join(contentDir, scaffoldFiles(req).folder));
  const needsEdition =
    req.slug !== undefined && !fs.existsSync(path.join(contentDir, 'editions', req.edition, 'meta.yaml'));
  return [
    'Next steps:',
    ...(needsEdition ? [`  0. Edition ${req.edition} has no record yet: npm run new -- ${req.edition}`] : []),
    `  1. Import the text:  npm run import -- <file.docx|.md|.txt> --to ${key} --lang ${req.lang}`,
    `     (it replaces the stub ${req.lang}.mdx while you have not edited it), or write it in ${folder}/${req.lang}.mdx`,
    '  2. Look at it:  npm run dev  (a "draft" banner on its pages; content problems in the terminal and the browser)',
    `  3. Fill in every TODO in ${folder}/meta.yaml and ${req.lang}.mdx from the sources`,
    `  4. Remove the line draft: true from ${folder}/meta.yaml (npm run build leaves drafts out)`,
    '  5. npm run registry:add  (records its URLs and clause ids, so they keep working)',
  ].join('\n');
}
