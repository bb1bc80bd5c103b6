import { z } from 'zod';

/** Frontmatter of one language version of a site page, `prose/<page>/<lang>.mdx` (about, how to cite…). */
export const ProseSchema = z.strictObject({
  title: z.string({ error: 'give the page a `title` in its own language' }).min(1, { error: 'the `title` is empty' }),
  description: z
    .string({ error: 'give the page a one-sentence `description` in its own language (search engines show it)' })
    .min(1, { error: 'the `description` is empty' }),
});
export type Prose = z.infer<typeof ProseSchema>;
