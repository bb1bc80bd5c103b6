import { z } from 'zod';
import { findPlaceholders, isPlaceholder, placeholderMessage, STAND_INS } from '../editor/placeholders.ts';

/**
 * `draft: true` marks a record that `npm run new` started and the editor has not finished. Only a
 * draft may hold the scaffold's placeholders (src/editor/placeholders.ts); `npm run dev` shows
 * it with a draft banner, and a production build leaves it out (src/corpus/drafts.ts). Remove the
 * line to publish. A placeholder status, date or text kind, which no page could show, is read as a stand-in
 * in a draft; in any other record every placeholder is refused with its field, before the rest
 * of the schema runs.
 */
export const DraftField = z
  .boolean({ error: '`draft` is true (not published yet) or left out: remove the line to publish the record' })
  .optional();

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `schema` (a record's meta.yaml), letting the scaffold's placeholders through in drafts only. */
export function draftable<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    if (!isRecord(input)) return input;
    const found = findPlaceholders(input);
    if (!found.length) return input;
    if (input.draft !== true) {
      for (const at of found) {
        const value = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], input);
        ctx.issues.push({ code: 'custom', input: value, path: at, message: placeholderMessage(String(value)) });
      }
      return input;
    }
    const out = { ...input };
    for (const [field, standIn] of Object.entries(STAND_INS)) if (isPlaceholder(out[field])) out[field] = standIn;
    return out;
  }, schema);
}
