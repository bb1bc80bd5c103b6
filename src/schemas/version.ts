import { z } from 'zod';
import { PartialDateSchema } from './date.ts';
import { SafeUrlSchema } from './source.ts';

export const VERSION_KINDS = ['original', 'official', 'archive'] as const;

/** Frontmatter of one language version, `<lang>.mdx`, of a document or an edition record. */
export const VersionSchema = z
  .strictObject({
    title: z
      .string({ error: 'give the version a `title` in its own language' })
      .min(1, { error: 'the `title` is empty' }),
    version: z.enum(VERSION_KINDS, {
      error:
        '`version` must be original (the authoritative text), official (a translation issued by the forum) or archive (a translation made by this archive)',
    }),
    basedOn: z
      .int({ error: '`basedOn` is the revision of the original this version was made from (a whole number, e.g. 1)' })
      .min(1),
    /** A translation's own revision (default 1); the original's is meta.yaml's `revision`. */
    revision: z
      .int({ error: "`revision` is this translation's own revision (a whole number, 1 for its first version)" })
      .min(1)
      .optional(),
    /** When the archive made this translation's current revision (a translation's; the original's is in meta.yaml). */
    revisionDate: PartialDateSchema.optional(),
    /** One line: what this translation's current revision changed. */
    revisionNote: z
      .string()
      .min(1, { error: 'say in one line what the revision changed, or leave `revisionNote` out' })
      .optional(),
    theme: z.string().min(1).optional(),
    place: z.string().min(1).optional(),
    /** Where an official translation was issued. */
    source: z
      .strictObject({
        title: z.string().min(1),
        outlet: z.string().min(1).optional(),
        date: PartialDateSchema.optional(),
        url: SafeUrlSchema.optional(),
      })
      .optional(),
  })
  .refine((v) => v.version !== 'official' || v.source !== undefined, {
    error:
      'an official translation must say where it was issued: add `source: { title: …, outlet: … }`, or mark it `version: archive`',
    path: ['source'],
  });
export type Version = z.infer<typeof VersionSchema>;
