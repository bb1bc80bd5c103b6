import { create } from 'xmlbuilder2';
import type { CorpusRecord } from '../corpus/model.ts';
import { LANG_CODES, type LangCode } from '../i18n/languages.ts';
import type { DateOrRange } from '../schemas/index.ts';
import { currentRevision, NOTES_LANG } from '../utils/revisions.ts';
import { documentUrl, editionUrl, homeUrl, revisionUrl } from '../utils/urls.ts';

/**
 * The Atom feed of a language (issue 17, item 6; docs/development.md, "Feeds"): one entry per
 * text that has a version in that language, at its current revision, newest first.
 *
 * An entry's date (`updated`) is, never invented:
 * 1. the day the archive made the version's current revision (`revisionDate`), else
 * 2. for a first revision only, the text's own date (the work's or edition's `date`; a range's
 *    last day): the archive cannot have published it before, so it is the earliest it can be.
 * A version with neither as a full day (`2023`, `2023-09`), or a later revision whose day is not
 * recorded, is left out rather than given a day it does not have (a text's date says nothing of
 * when a correction was made). A day is written as its midnight UTC (Atom needs a time).
 */

export interface FeedEntry {
  key: string;
  /** Title of the version in the feed's language. */
  title: string;
  editorial: boolean;
  /** The page of the version (absolute path). */
  path: string;
  /** Other languages that have a version of the text, and their pages. */
  alternates: { lang: LangCode; path: string }[];
  revision: number;
  /** YYYY-MM-DD. */
  updated: string;
  /** The revision note (English), if any. */
  note?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (d: DateOrRange | undefined): string | undefined => {
  const last = typeof d === 'object' ? d.to : d;
  return last !== undefined && DAY.test(last) ? last : undefined;
};

/** RFC 3339 date-time of a day: its midnight UTC. */
export const rfc3339 = (d: string) => `${d}T00:00:00Z`;

/** The entry of `rec` in `lang`'s feed, or null (no version in that language, or no day to date it by). */
export function feedEntry(rec: CorpusRecord, lang: LangCode): FeedEntry | null {
  const v = rec.versions.get(lang);
  if (!v) return null;
  const rev = currentRevision(rec, v);
  const updated = day(rev.date) ?? (rev.n === 1 ? day(rec.meta.date) : undefined);
  if (!updated) return null;
  const url = (l: LangCode) =>
    rec.type === 'document' ? documentUrl(l, rec.edition, rec.slug) : editionUrl(l, rec.edition);
  return {
    key: rec.key,
    title: v.data.title,
    editorial: rec.meta.text === 'editorial-record',
    path: url(lang),
    alternates: LANG_CODES.filter((l) => l !== lang && rec.versions.has(l)).map((l) => ({ lang: l, path: url(l) })),
    revision: rev.n,
    updated,
    note: rev.note,
  };
}

/**
 * How many entries a feed keeps: the newest. A reader polls it often; older texts are in the
 * catalogue and the sitemap (and writing thousands of entries would cost the build seconds).
 */
export const FEED_LIMIT = 50;

/** Newest first, at most `limit`; the same day in the records' order. */
export function feedEntries(records: CorpusRecord[], lang: LangCode, limit = FEED_LIMIT): FeedEntry[] {
  return records
    .map((r) => feedEntry(r, lang))
    .filter((e) => e !== null)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.updated.localeCompare(a.e.updated) || a.i - b.i)
    .slice(0, limit)
    .map(({ e }) => e);
}

export interface FeedText {
  /** The feed's title, e.g. "Forum Texts: new and revised texts". */
  title: string;
  /** The archive (author of the feed). */
  author: string;
  /** How an editorial record's entry title reads, from its title: `Editorial record: …`. */
  editorialTitle: (title: string) => string;
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** The Atom document of `lang`'s feed at `/<lang>/feed.xml`, absolute URLs on `origin`. */
export function atomFeed(
  entries: FeedEntry[],
  lang: LangCode,
  origin: string,
  text: FeedText,
  generated: string,
): string {
  const abs = (p: string) => new URL(p, origin).href;
  const feed = create({ version: '1.0', encoding: 'utf-8' }).ele(ATOM, 'feed').att('xml:lang', lang);
  feed.ele('id').txt(abs(`/${lang}/feed.xml`));
  feed.ele('title').txt(text.title);
  // The newest entry's day; a feed without entries says when it was built.
  feed.ele('updated').txt(entries[0] ? rfc3339(entries[0].updated) : generated);
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: abs(`/${lang}/feed.xml`) });
  feed.ele('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: abs(homeUrl(lang)) });
  feed.ele('author').ele('name').txt(text.author);
  for (const e of entries) {
    const entry = feed.ele('entry');
    // The revision's own lasting address: the entry of revision 2 is a new entry, not revision 1 changed.
    entry.ele('id').txt(abs(revisionUrl(lang, e.key, e.revision)));
    entry.ele('title').txt(e.editorial ? text.editorialTitle(e.title) : e.title);
    entry.ele('updated').txt(rfc3339(e.updated));
    entry.ele('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: abs(e.path) });
    for (const a of e.alternates)
      entry.ele('link', { rel: 'alternate', type: 'text/html', hreflang: a.lang, href: abs(a.path) });
    if (e.note) entry.ele('summary').att('xml:lang', NOTES_LANG).txt(e.note);
  }
  return feed.end({ prettyPrint: true });
}
