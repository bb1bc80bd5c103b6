import { z } from 'zod';
import { PartialDateSchema } from './date.ts';

/**
 * Frontmatter of an earlier revision of a language version: `revisions/<lang>/<n>.mdx` in the
 * record's folder (docs/content.md, "Revisions"). The text below it is that revision's wording.
 */
export const RevisionSchema = z.strictObject({
  /** When the archive published this revision (for a backfilled one: the date of the commit that wrote it). */
  date: PartialDateSchema,
  /** One line: what this revision changed (for revision 1: that it was the first published text). */
  note: z.string({ error: 'say in one line what this revision changed: `note: …`' }).min(1, {
    error: 'the `note` is empty: say in one line what this revision changed',
  }),
  /** The title as it stood, when it differed from the current one. */
  title: z.string().min(1).optional(),
  /** A translation's earlier revision: the original's revision it was made from. */
  basedOn: z
    .int({ error: '`basedOn` is the revision of the original this revision was made from (a whole number)' })
    .min(1)
    .optional(),
});
export type Revision = z.infer<typeof RevisionSchema>;
