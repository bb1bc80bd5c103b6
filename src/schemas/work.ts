import { z } from 'zod';
import { LANG_CODES } from '../i18n/languages.ts';
import { DateOrRangeSchema } from './date.ts';
import { SourcesSchema } from './source.ts';

export const KINDS = ['concept-paper', 'initiative', 'consensus', 'report', 'statement', 'declaration', 'other'] as const;
export const STATUSES = ['adopted', 'announced', 'forthcoming', 'published', 'withdrawn'] as const;
export const TEXT_KINDS = ['official-text', 'editorial-record'] as const;

const oneOf = (field: string, values: readonly string[]) => ({
  error: `\`${field}\` must be one of: ${values.join(', ')}`,
});

const WorkRef = z.string().regex(/^\d{4}\/[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'refer to a document as "<year>/<slug>" (for example 2023/data-security-consensus)',
});

/** Fields every record (document or edition) shares: what the archive holds and where it comes from. */
const RecordFields = {
  text: z.enum(TEXT_KINDS, oneOf('text', TEXT_KINDS)),
  original: z.enum(LANG_CODES as [string, ...string[]], oneOf('original', LANG_CODES)),
  revision: z.int({ error: '`revision` is a whole number (1 for a first version); raise it when the original changes' }).min(1),
  sources: SourcesSchema,
};

/** A document in no particular language (FRBR "work"): `documents/<year>/<slug>/meta.yaml`. */
export const WorkSchema = z.strictObject({
  kind: z.enum(KINDS, oneOf('kind', KINDS)),
  status: z.enum(STATUSES, oneOf('status', STATUSES)),
  date: DateOrRangeSchema,
  ...RecordFields,
  order: z.int().min(0).optional(),
  continues: WorkRef.optional(),
  supersedes: WorkRef.optional(),
});
export type Work = z.infer<typeof WorkSchema>;

/** An edition of the forum: `editions/<year>/meta.yaml`. */
export const EditionSchema = z.strictObject({
  date: DateOrRangeSchema,
  city: z.string({ error: 'name the host city (language-neutral, for example Lianyungang)' }).min(1),
  ...RecordFields,
});
export type Edition = z.infer<typeof EditionSchema>;
