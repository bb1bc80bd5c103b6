import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { CorpusRecord } from '../../../src/corpus/model.ts';
import { atomFeed, feedEntries, feedEntry } from '../../../src/discovery/feed.ts';
import type { LangCode } from '../../../src/i18n/languages.ts';

const ORIGIN = 'https://texts.example.org';
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface Fake {
  slug?: string;
  date: string | { from: string; to: string };
  text?: 'official-text' | 'editorial-record';
  revision?: number;
  revisionDate?: string;
  revisionNote?: string;
  versions: Partial<
    Record<LangCode, { title: string; revision?: number; revisionDate?: string; revisionNote?: string }>
  >;
}
const rec = (f: Fake): CorpusRecord =>
  ({
    type: f.slug ? 'document' : 'edition',
    key: f.slug ? `2030/${f.slug}` : '2030',
    edition: '2030',
    slug: f.slug,
    meta: {
      original: 'en',
      date: f.date,
      text: f.text ?? 'official-text',
      revision: f.revision ?? 1,
      revisionDate: f.revisionDate,
      revisionNote: f.revisionNote,
    },
    versions: new Map(Object.entries(f.versions).map(([lang, data]) => [lang, { lang, data }])),
  }) as unknown as CorpusRecord;

const records = [
  rec({ slug: 'old', date: '2030-01-05', versions: { en: { title: 'Old' }, fr: { title: 'Ancien' } } }),
  rec({
    slug: 'revised',
    date: '2030-01-01',
    revision: 2,
    revisionDate: '2030-06-01',
    revisionNote: 'Clause 2 corrected <per the source> & more.',
    versions: {
      en: { title: 'Revised' },
      fr: { title: 'Révisé', revision: 3, revisionDate: '2030-07-01', revisionNote: 'Re-translated.' },
    },
  }),
  rec({ slug: 'month-only', date: '2030-03', versions: { en: { title: 'Month' }, fr: { title: 'Mois' } } }),
  rec({ slug: 'undated-correction', date: '2030-02-01', revision: 2, versions: { en: { title: 'Undated' } } }),
  rec({
    date: { from: '2030-09-08', to: '2030-09-10' },
    text: 'editorial-record',
    versions: { en: { title: 'Edition 2030' }, fr: { title: 'Édition 2030' } },
  }),
];
const text = {
  title: 'Textes : nouveaux',
  author: 'Textes du Forum',
  editorialTitle: (t: string) => `Notice éditoriale : ${t}`,
};

describe('feed entries', () => {
  it("are dated by the version's current revision, else a first revision by the text's own day", () => {
    expect(feedEntry(records[1]!, 'en')?.updated).toBe('2030-06-01');
    expect(feedEntry(records[1]!, 'fr')?.updated).toBe('2030-07-01');
    expect(feedEntry(records[0]!, 'fr')?.updated).toBe('2030-01-05');
    expect(feedEntry(records[4]!, 'fr')?.updated).toBe('2030-09-10');
  });
  it('never invent a day: a month-only date or an undated correction is left out', () => {
    expect(feedEntry(records[2]!, 'en')).toBeNull();
    expect(feedEntry(records[3]!, 'en')).toBeNull();
  });
  it('list only texts with a version in the language, newest first', () => {
    expect(feedEntries(records, 'fr').map((e) => e.key)).toEqual(['2030', '2030/revised', '2030/old']);
    expect(feedEntries(records, 'zh')).toEqual([]);
  });
  it('keep only the newest when there are more than the limit', () => {
    expect(feedEntries(records, 'fr', 2).map((e) => e.key)).toEqual(['2030', '2030/revised']);
  });
  it('carry the revision, its note and the other versions', () => {
    const e = feedEntry(records[1]!, 'fr');
    expect(e).toMatchObject({ revision: 3, note: 'Re-translated.', path: '/fr/2030/revised/' });
    expect(e?.alternates).toEqual([{ lang: 'en', path: '/en/2030/revised/' }]);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed(feedEntries(records, 'fr'), 'fr', ORIGIN, text, '2031-01-01T00:00:00Z');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const root = doc.documentElement!;
  const kids = (el: Element, name: string) =>
    Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el);
  const one = (el: Element, name: string) => kids(el, name)[0]?.textContent ?? null;

  it('is a well-formed Atom feed in its language with id, title, updated, links and author', () => {
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.localName).toBe('feed');
    expect(root.getAttribute('xml:lang')).toBe('fr');
    expect(one(root, 'id')).toBe(`${ORIGIN}/fr/feed.xml`);
    expect(one(root, 'title')).toBe('Textes : nouveaux');
    expect(one(root, 'updated')).toBe('2030-09-10T00:00:00Z');
    expect(kids(root, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([
      ['self', `${ORIGIN}/fr/feed.xml`],
      ['alternate', `${ORIGIN}/fr/`],
    ]);
    expect(one(kids(root, 'author')[0]!, 'name')).toBe('Textes du Forum');
  });

  it('gives each entry an id, a title, an RFC 3339 updated, its link and alternates, newest first', () => {
    const entries = kids(root, 'entry');
    expect(entries).toHaveLength(3);
    const dates = entries.map((e) => one(e, 'updated') ?? '');
    for (const d of dates) expect(d).toMatch(RFC3339);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(entries.map((e) => one(e, 'id'))).size).toBe(3);
    const revised = entries[1]!;
    expect(one(revised, 'id')).toBe(`${ORIGIN}/fr/2030/revised/rev/3/`);
    expect(one(revised, 'title')).toBe('Révisé');
    expect(
      kids(revised, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('hreflang'), l.getAttribute('href')]),
    ).toEqual([
      ['alternate', 'fr', `${ORIGIN}/fr/2030/revised/`],
      ['alternate', 'en', `${ORIGIN}/en/2030/revised/`],
    ]);
    expect(one(revised, 'summary')).toBe('Re-translated.');
    expect(kids(revised, 'summary')[0]?.getAttribute('xml:lang')).toBe('en');
  });

  it("titles an editorial record as the archive's record", () => {
    expect(one(kids(root, 'entry')[0]!, 'title')).toBe('Notice éditoriale : Édition 2030');
  });

  it("reads in a feed reader's parser", () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe('fr');
    expect(feed.self).toBe(`${ORIGIN}/fr/feed.xml`);
    expect(feed.items.map((i) => [i.url, i.updated?.toISOString()])).toEqual([
      [`${ORIGIN}/fr/2030/`, '2030-09-10T00:00:00.000Z'],
      [`${ORIGIN}/fr/2030/revised/`, '2030-07-01T00:00:00.000Z'],
      [`${ORIGIN}/fr/2030/old/`, '2030-01-05T00:00:00.000Z'],
    ]);
  });

  it('escapes markup in titles and notes', () => {
    const en = atomFeed(feedEntries(records, 'en'), 'en', ORIGIN, text, '2031-01-01T00:00:00Z');
    expect(en).toContain('Clause 2 corrected &lt;per the source&gt; &amp; more.');
    expect(parseFeed(en).items.find((i) => i.url?.endsWith('/revised/'))?.description).toBe(
      'Clause 2 corrected <per the source> & more.',
    );
  });

  it('says when it was built when it has no entries', () => {
    const empty = new DOMParser().parseFromString(
      atomFeed([], 'zh', ORIGIN, text, '2031-01-01T00:00:00Z'),
      'application/xml',
    );
    expect(one(empty.documentElement!, 'updated')).toBe('2031-01-01T00:00:00Z');
  });
});
