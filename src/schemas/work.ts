import { z } from 'zod';
import { LANG_CODES } from '../i18n/languages.ts';
import { DateOrRangeSchema, PartialDateSchema } from './date.ts';
import { DraftField, draftable } from './draft.ts';
import { SourcesSchema } from './source.ts';

export const KINDS = [
  'concept-paper',
  'initiative',
  'consensus',
  'report',
  'statement',
  'declaration',
  'commitments',
  'other',
] as const;
/**
 * Kinds that record something said rather than a written document (`commitments`: pledges made
 * in a speech, with no written text reported). Counts of an edition's "documents" leave them out
 * and name them separately, so a reader is never told a text exists that no source reports.
 */
export const UNWRITTEN_KINDS: readonly (typeof KINDS)[number][] = ['commitments'];
export const STATUSES = ['adopted', 'announced', 'forthcoming', 'published', 'withdrawn'] as const;
export const TEXT_KINDS = ['official-text', 'editorial-record'] as const;

const oneOf = (field: string, values: readonly string[]) => ({
  error: `\`${field}\` must be one of: ${values.join(', ')}`,
});

const WorkRef = z.string().regex(/^\d{4}\/[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'refer to a document as "<year>/<slug>" (for example 2023/data-security-consensus)',
});

/**
 * How a fact rests on its sources, when it is less than plainly printed in them:
 * `derived` — worked out by the archive from a source's words (a weekday turned into a date);
 * `single-source` — stated by one source only (the others are silent or say less);
 * `sources-differ` — stated by one source while another contradicts it (`differs` names it).
 * `source` names that source (one of the record's `sources`); pages show the qualifier beside the fact.
 */
export const FACT_BASES = ['derived', 'single-source', 'sources-differ'] as const;
export const QualifierSchema = z
  .strictObject({
    basis: z.enum(FACT_BASES, oneOf('basis', FACT_BASES)),
    source: z
      .string({ error: "name the source the fact rests on: `source: <id>`, one of the record's `sources`" })
      .min(1),
    /** `sources-differ` only, optional: the source that says something else (the page links to it too). */
    differs: z.string().min(1).optional(),
  })
  .refine((q) => q.differs === undefined || q.basis === 'sources-differ', {
    error: '`differs` goes with `basis: sources-differ` only',
    path: ['differs'],
  });
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Every qualifier must name a source the record lists (so the page can link to it). */
const qualifiersCiteOwnSources = (
  r: { sources: { id: string }[]; qualifiers?: { [fact: string]: Qualifier | undefined } | undefined },
  ctx: z.RefinementCtx,
) => {
  for (const [fact, q] of Object.entries(r.qualifiers ?? {})) {
    for (const field of ['source', 'differs'] as const) {
      const id = q?.[field];
      if (id !== undefined && !r.sources.some((s) => s.id === id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['qualifiers', fact, field],
          message: `\`${id}\` is not one of this record's sources: use one of ${r.sources.map((s) => s.id).join(', ')}`,
        });
      }
    }
  }
};

/** Fields every record (document or edition) shares: what the archive holds and where it comes from. */
const RecordFields = {
  text: z.enum(TEXT_KINDS, oneOf('text', TEXT_KINDS)),
  original: z.enum(LANG_CODES, oneOf('original', LANG_CODES)),
  revision: z
    .int({ error: '`revision` is a whole number (1 for a first version); raise it when the original changes' })
    .min(1),
  /** One line: what this revision corrected (earlier revisions: revisions/<lang>/<n>.mdx, docs/content.md). */
  revisionNote: z
    .string()
    .min(1, { error: 'say in one line what the revision changed, or leave `revisionNote` out' })
    .optional(),
  /** When the archive made the current revision (YYYY-MM-DD); optional for a first revision whose date no source gives. */
  revisionDate: PartialDateSchema.optional(),
  sources: SourcesSchema,
  /** Not published yet (written by `npm run new`): may hold placeholders; production builds leave it out (schemas/draft.ts). */
  draft: DraftField,
};

/** A document in no particular language (FRBR "work"): `documents/<year>/<slug>/meta.yaml`. */
export const WorkSchema = draftable(
  z
    .strictObject({
      kind: z.enum(KINDS, oneOf('kind', KINDS)),
      status: z.enum(STATUSES, oneOf('status', STATUSES)),
      date: DateOrRangeSchema,
      ...RecordFields,
      order: z.int().min(0).optional(),
      continues: WorkRef.optional(),
      supersedes: WorkRef.optional(),
      /** Qualifies the `date` or the `status` (for example "adopted — according to one source"). */
      qualifiers: z.strictObject({ date: QualifierSchema.optional(), status: QualifierSchema.optional() }).optional(),
    })
    .superRefine(qualifiersCiteOwnSources),
);
export type Work = z.infer<typeof WorkSchema>;

/** An edition of the forum: `editions/<year>/meta.yaml`. */
export const EditionSchema = draftable(
  z
    .strictObject({
      date: DateOrRangeSchema,
      city: z.string({ error: 'name the host city (language-neutral, for example Lianyungang)' }).min(1),
      ...RecordFields,
      /** Qualifies the `date`, the `city` or the `theme` (for example "derived from the source's words"). */
      qualifiers: z
        .strictObject({
          date: QualifierSchema.optional(),
          city: QualifierSchema.optional(),
          theme: QualifierSchema.optional(),
        })
        .optional(),
    })
    .superRefine(qualifiersCiteOwnSources),
);
export type Edition = z.infer<typeof EditionSchema>;
