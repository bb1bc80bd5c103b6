import { z } from 'zod';
import { LANG_CODES } from '../i18n/languages.ts';

const Key = z.string().regex(/^\d{4}(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, {
  error: 'a registry key is "<year>" (an edition) or "<year>/<slug>" (a document)',
});
const EId = z.string().regex(/^(preamble|[a-z]+_[0-9a-z]+(__[a-z]+_[0-9a-z]+)*)$/, {
  error: 'not a clause id (e.g. para_3, art_5__para_2)',
});
/** A clause target: an id in the same document ("para_8") or in another ("2024/x#para_1"). */
const ClauseTarget = z.string().regex(/^(\d{4}(\/[a-z0-9-]+)?#)?(preamble|[a-z]+_[0-9a-z]+(__[a-z]+_[0-9a-z]+)*)$/, {
  error: 'write the new place of the clause as a clause id ("para_8") or "<year>/<slug>#<id>"',
});

/** One published URL and the clause ids published under it. */
export const RegistryEntrySchema = z
  .strictObject({
    /** Clause ids published at this URL. */
    clauses: z.array(EId).default([]),
    /** The document now lives at another key; old URLs redirect there (fragments kept). */
    movedTo: Key.optional(),
    /** The document was withdrawn; old URLs show a tombstone with this reason. */
    withdrawn: z.string().min(1, { error: 'say why the document was withdrawn' }).optional(),
    /** What replaces a withdrawn document. */
    replacedBy: Key.optional(),
    /** Clause ids that moved: old id → new id (same document) or "<key>#<id>". */
    clausesMoved: z.record(EId, ClauseTarget).optional(),
    /** Clause ids that were withdrawn: old id → reason. */
    clausesWithdrawn: z.record(EId, z.string().min(1)).optional(),
    /** Earlier revisions published at /<lang>/<key>/rev/<n>/: language → revision numbers. */
    revisions: z
      .partialRecord(z.enum(LANG_CODES), z.array(z.int().min(1, { error: 'a revision number is 1 or more' })))
      .optional(),
  })
  .refine((e) => !(e.movedTo && e.withdrawn), { error: 'an entry is either `movedTo` or `withdrawn`, not both' });
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;

export const RegistrySchema = z.strictObject({
  documents: z.record(Key, RegistryEntrySchema).default({}),
});
export type Registry = z.infer<typeof RegistrySchema>;
