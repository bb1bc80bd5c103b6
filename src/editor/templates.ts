import type { LangCode } from '../i18n/languages.ts';
import { FACT_BASES, KINDS, STATUSES, TEXT_KINDS } from '../schemas/work.ts';
import { PLACEHOLDER_SOURCE_ID, PLACEHOLDERS } from './placeholders.ts';
import { markScaffold } from './scaffold.ts';

/**
 * What `npm run new` writes: a record's meta.yaml with every field of its schema
 * (src/schemas/work.ts) present and explained, optional ones commented out with an example, and
 * the original-language text with its frontmatter and a first numbered paragraph. Every value
 * the tool cannot know is a placeholder (placeholders.ts); the record is a draft until the editor
 * removes `draft: true`.
 */
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted string ("TODO: …" holds a colon)
const list = (values: readonly string[]) => values.join(' | ');

const DRAFT = `# Not published yet: npm run dev shows it with a "draft" banner, npm run build leaves it out.
# Remove this line when every TODO below is replaced by what the sources give.
draft: true
`;

/** Fields every record shares (schemas/work.ts RecordFields), then its sources. */
const recordFields = (lang: LangCode) => `text: ${q(PLACEHOLDERS.text)}
# ^ ${list(TEXT_KINDS)}: official-text (the document's own words, needs a source with
#   official: true) or editorial-record (the archive's own numbered account, every paragraph cites)
original: ${lang}    # the language whose version is authoritative in this archive (its file: ${lang}.mdx)
revision: 1     # raise it once per release when the original is corrected in substance
# revisionNote: Paragraph 3 gives the date the report prints.   # one line: what this revision corrected
# revisionDate: 2031-03-05   # the day the archive published this revision (earlier ones: revisions/<lang>/<n>.mdx)
`;

const SOURCES = `sources:        # at least one; the text cites each by its id: <Src id="…" />
  - id: ${PLACEHOLDER_SOURCE_ID}                   # a short kebab-case id, for example china-daily-2024 (change the text's <Src> too)
    title: ${q(PLACEHOLDERS.sourceTitle)}
    # outlet: China Daily                 # optional: who published it
    # date: 2024-09-10                    # optional: YYYY, YYYY-MM or YYYY-MM-DD
    # url: https://www.example.org/…      # optional: https:// or mailto: only
    # note: What the source says that matters, or where sources disagree.   # optional
    # official: true                      # only for a source that publishes the official text
`;

const qualifiers = (
  facts: string[],
) => `# qualifiers:    # optional: a fact the sources do not plainly print (docs/content.md, "Qualified facts")
#   ${facts[0]}: { basis: single-source, source: ${PLACEHOLDER_SOURCE_ID} }
#   # basis: ${list(FACT_BASES)}; source (and differs) name one of the sources below
#   # qualifiable here: ${facts.join(', ')}
`;

export function documentMeta(o: { kind: (typeof KINDS)[number]; lang: LangCode }): string {
  return `# A document's language-neutral facts (docs/content.md). Every "TODO: …" is yours to fill in.
${DRAFT}kind: ${o.kind}   # ${list(KINDS)}
status: ${q(PLACEHOLDERS.status)}
# ^ ${list(STATUSES)}: as the sources say it
date: ${q(PLACEHOLDERS.date)}
# ^ YYYY, YYYY-MM or YYYY-MM-DD as the sources give it; or a range: { from: 2024-09-08, to: 2024-09-10 }
${recordFields(o.lang)}# order: 1       # optional: position among its edition's documents
# continues: 2023/index-research-consensus    # optional: the "<year>/<slug>" this document continues
# supersedes: 2023/some-slug                  # optional: the "<year>/<slug>" this document replaces
${qualifiers(['status', 'date'])}${SOURCES}`;
}

export function editionMeta(o: { lang: LangCode }): string {
  return `# An edition's language-neutral facts (docs/content.md). Every "TODO: …" is yours to fill in.
${DRAFT}date: ${q(PLACEHOLDERS.date)}
# ^ as the sources give it: a range { from: 2024-09-08, to: 2024-09-10 }, or YYYY, YYYY-MM or YYYY-MM-DD
city: ${q(PLACEHOLDERS.city)}   # language-neutral name, for example Lianyungang
${recordFields(o.lang)}${qualifiers(['date', 'city', 'theme'])}${SOURCES}`;
}

const BODY = `
{/* Numbered paragraphs: "1.", "2." … one per item, a blank line between them; the number is the
    clause id (para_1, para_2 …), the same in every language. Cite after each statement:
    <Src id="…" />. Replace this text, or let npm run import replace it. See docs/content.md. */}

1. ${PLACEHOLDERS.paragraph}<Src id="${PLACEHOLDER_SOURCE_ID}" />
`;

/** The original-language text: frontmatter, the scaffold marker, a first numbered paragraph. */
export function originalText(o: { edition: boolean }): string {
  const head = `---
title: ${q(PLACEHOLDERS.title)}
version: original
basedOn: 1
${o.edition ? `theme: ${q(PLACEHOLDERS.theme)}\nplace: ${q(PLACEHOLDERS.place)}\n` : ''}---
`;
  return markScaffold(head, BODY);
}
