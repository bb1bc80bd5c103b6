import { parseArgs } from 'node:util';
import { isLang, LANG_CODES, type LangCode } from '../../i18n/languages.ts';
import { ImportError } from './import-error.ts';

export const USAGE = `Usage: npm run import -- <file> --to <edition>/<slug> --lang <code> [options]

Turns a .docx, .md or .txt text into <content>/documents/<edition>/<slug>/<lang>.mdx
(content folder: FORUM_CONTENT_DIR, default content/). Prints a report first: every
numbering label and the clause id it becomes, and every ambiguity with its line.

  --to <edition>/<slug>     the work (its folder and meta.yaml must exist: npm run new)
  --lang <code>             the text's language: ${LANG_CODES.join(', ')}
  --version archive         a translation made by this archive        } a translation needs
  --version official --source <id>   a translation issued by the forum } one of these two;
                            <id> is one of the work's sources in meta.yaml
  --title "<title>"         the title (default: the document's first heading or title)
  --force                   replace an existing text (an untouched npm run new stub is replaced without it)
  --dry-run                 print the report, write nothing
  --help                    this text`;

export interface ImportOptions {
  file: string;
  edition: string;
  slug: string;
  lang: LangCode;
  version: 'official' | 'archive' | undefined;
  source: string | undefined;
  title: string | undefined;
  force: boolean;
  dryRun: boolean;
}

const fix = 'run npm run import -- --help for the usage';

/** The command line, checked; `null` when help was asked for. */
export function readOptions(argv: string[]): ImportOptions | null {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new ImportError(`${(e as Error).message.split('\n')[0]}: ${fix}`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return null;
  if (positionals.length !== 1)
    throw new ImportError(
      positionals.length
        ? `one file at a time, not ${positionals.length} (${positionals.join(', ')}): ${fix}`
        : `name the file to import (.docx, .md or .txt): ${fix}`,
    );
  const to = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(v.to ?? '');
  if (!to?.[1] || !to[2])
    throw new ImportError(
      v.to === undefined
        ? `say which work the text belongs to: --to <edition>/<slug> (for example --to 2024/model-initiative)`
        : `--to ${v.to} is not <edition>/<slug>: write the edition's year and the work's lowercase slug, for example --to 2024/model-initiative`,
    );
  if (v.lang === undefined)
    throw new ImportError(`say the text's language: --lang <code>, one of ${LANG_CODES.join(', ')}`);
  if (!isLang(v.lang))
    throw new ImportError(
      `--lang ${v.lang} is not one of the archive's languages: use one of ${LANG_CODES.join(', ')}`,
    );
  if (v.version !== undefined && v.version !== 'archive' && v.version !== 'official')
    throw new ImportError(
      `--version ${v.version} is not a translation's status: use --version archive (a translation made by this archive) or --version official --source <id> (issued by the forum); the original language needs no --version`,
    );
  if (v.source !== undefined && v.version !== 'official')
    throw new ImportError('--source names where an official translation was issued: use it with --version official');
  if (v.title !== undefined && !v.title.trim())
    throw new ImportError('--title is empty: give the title, or leave --title out');
  return {
    file: positionals[0]!,
    edition: to[1],
    slug: to[2],
    lang: v.lang,
    version: v.version,
    source: v.source,
    title: v.title?.trim(),
    force: v.force ?? false,
    dryRun: v['dry-run'] ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      lang: { type: 'string' },
      version: { type: 'string' },
      source: { type: 'string' },
      title: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
