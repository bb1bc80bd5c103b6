import { z } from 'zod';

/**
 * Calendar dates as sources give them: a year, a month or a day, never a time.
 * YAML turns an unquoted 2023-09-20 into a Date at UTC midnight; we turn it back
 * into the string so no time zone can ever shift it.
 */
const PARTIAL = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a YYYY-MM-DD day exists in that month (2023-02-30 does not; 2024-02-29 does). */
export function dayExists(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (d === undefined) return true;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return d <= new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate();
}

export const PartialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string({ error: 'a date is required: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-09-20)' })
    .regex(PARTIAL, {
      error:
        'write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-09-20); a time or another format is not accepted',
    })
    .refine(dayExists, {
      error: (issue) =>
        `${String(issue.input)} is not a day of the calendar (that month is shorter): check the date in the source`,
    }),
);
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const DateRangeSchema = z
  .strictObject({ from: PartialDateSchema, to: PartialDateSchema })
  .refine((r) => r.from <= r.to, { error: 'the range ends before it starts: `from` must not be later than `to`' });

/** A single date or a range, as the sources give it. */
export const DateOrRangeSchema = z.union([PartialDateSchema, DateRangeSchema], {
  error: 'write a date (YYYY, YYYY-MM or YYYY-MM-DD) or a range { from: YYYY-MM-DD, to: YYYY-MM-DD }',
});
export type DateOrRange = z.infer<typeof DateOrRangeSchema>;
