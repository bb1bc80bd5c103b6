import { z } from 'zod';
import { PartialDateSchema } from './date.ts';

/**
 * A source's address: a web page (http, https) or mailto:. zod's plain `url()` would also take
 * javascript:, data: or file:, which must never reach a page as a link.
 */
export const SafeUrlSchema = z.url({
  protocol: /^(https?|mailto)$/,
  error:
    'write a full web address (https://…) or a mailto: address, or leave `url` out; other kinds of link (javascript:, data:, file:, …) are not allowed',
});

/** Where a fact comes from. `id` is what the text cites with `<Src id="…"/>`. */
export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'give the source a short kebab-case id (for example china-daily-2024); the text cites it with <Src id="…"/>',
  }),
  title: z
    .string({ error: 'give the source its title as printed' })
    .min(1, { error: 'give the source its title as printed' }),
  outlet: z.string().min(1).optional(),
  date: PartialDateSchema.optional(),
  url: SafeUrlSchema.optional(),
  note: z.string().min(1).optional(),
  /** True only for a source that publishes the official text (or an official translation). */
  official: z.boolean().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesSchema = z
  .array(SourceSchema, { error: 'list the sources this record is written from (at least one)' })
  .min(1, { error: 'list at least one source: every fact in the archive comes from a named source' })
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
    error: 'two sources share an id: give each source its own `id`',
  });
