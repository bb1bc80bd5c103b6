/**
 * The scaffold's placeholders, in one place: every value `npm run new` cannot know and the editor
 * must supply. A placeholder is a string holding `TODO:` (or the source id `todo-source`, which
 * must stay a valid id so that `<Src id="todo-source" />` can be checked), so that the content
 * check finds every one of them, in meta.yaml and in the text, whatever the field:
 *
 * - a record marked `draft: true` may hold them (`npm run dev` shows it, with a draft banner);
 *   the schema reads a placeholder status, date or text kind as a stand-in (STAND_INS) so the page can be
 *   drawn, and a production build leaves every draft out (src/corpus/drafts.ts);
 * - a record without `draft: true` that holds one is refused, naming the file, the field or line.
 *
 * Kept free of imports so that the schemas can use it.
 */
export const TODO = 'TODO:';
export const PLACEHOLDER_SOURCE_ID = 'todo-source';

export const PLACEHOLDERS = {
  status: 'TODO: status',
  text: 'TODO: text',
  date: 'TODO: date',
  city: 'TODO: host city',
  sourceTitle: "TODO: the source's title as printed",
  title: 'TODO: title in this language',
  theme: "TODO: the edition's theme in this language",
  place: 'TODO: where, in this language',
  paragraph: 'TODO: write the first numbered paragraph, then cite its source.',
} as const;

/**
 * What a draft's placeholder status or date is read as, so that the preview can draw the page.
 * Never published: a production build leaves drafts out, and a non-draft with a placeholder is refused.
 */
export const STAND_INS: Readonly<Record<string, unknown>> = {
  status: 'forthcoming',
  date: '0001',
  text: 'editorial-record',
};

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && (value.includes(TODO) || value === PLACEHOLDER_SOURCE_ID);
}

/** Paths (`status`, `sources.0.title`) of the placeholders in parsed YAML, in document order. */
export function findPlaceholders(data: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (isPlaceholder(data)) return [at];
  if (Array.isArray(data)) return data.flatMap((v, i) => findPlaceholders(v, [...at, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([k, v]) => findPlaceholders(v, [...at, k]));
  return [];
}

/** The message for a placeholder left in a record that is not a draft. */
export const placeholderMessage = (value: string) =>
  `still holds the placeholder "${value}" written by npm run new: replace it with what the sources give (docs/content.md), or keep \`draft: true\` while the record is being written (a draft is never published)`;
