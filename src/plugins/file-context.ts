import path from 'node:path';
import { isLang, type LangCode } from '../i18n/languages.ts';

/**
 * Which record and language a content file is, from its path:
 * `…/documents/2023/slug/en.mdx` → { key: "2023/slug", lang: "en" };
 * `…/editions/2023/en.mdx` → { key: "2023", lang: "en" }; an earlier revision,
 * `…/documents/2023/slug/revisions/en/1.mdx`, is the same record and language. Null for
 * anything else, so the plugins leave other Markdown alone.
 */
export function fileContext(file: string | undefined): { key: string; lang: LangCode } | null {
  if (!file) return null;
  let parts = file.split(path.sep);
  let name = parts.at(-1) ?? '';
  // revisions/<lang>/<n>.mdx reads as <lang>.mdx in the record folder.
  if (parts.at(-3) === 'revisions' && /^[1-9][0-9]*\.mdx$/.test(name)) {
    name = `${parts.at(-2)}.mdx`;
    parts = [...parts.slice(0, -3), name];
  }
  const lang = name.replace(/\.mdx?$/, '');
  if (!isLang(lang)) return null;
  const d = parts.lastIndexOf('documents');
  if (d >= 0 && parts.length - d === 4) return { key: `${parts[d + 1]}/${parts[d + 2]}`, lang };
  const e = parts.lastIndexOf('editions');
  if (e >= 0 && parts.length - e === 3) return { key: `${parts[e + 1]}`, lang };
  return null;
}
