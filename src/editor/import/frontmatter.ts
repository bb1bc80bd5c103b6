import { stringify } from 'yaml';

export interface VersionFields {
  title: string;
  version: 'original' | 'official' | 'archive';
  basedOn: number;
  /** Official translations: where it was issued (from the work's source the editor named). */
  source?: { title: string; outlet?: string; date?: string; url?: string };
}

/** The frontmatter block of a language version (src/schemas/version.ts), fields in the documented order. */
export function frontmatter(fields: VersionFields): string {
  const ordered = {
    title: fields.title,
    version: fields.version,
    basedOn: fields.basedOn,
    ...(fields.source ? { source: fields.source } : {}),
  };
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n`;
}
