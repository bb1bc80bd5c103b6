import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataErrors } from '../../../src/data/validate.ts';
import { clauseHtml } from '../../../src/data/version-data.ts';

/** A valid version file (the shape docs/data.md describes), to break one way at a time. */
const good = () => ({
  format: 'forum-texts/version@1',
  record: 'document',
  key: '2023/data-security-consensus',
  edition: '2023',
  slug: 'data-security-consensus',
  lang: 'ar',
  dir: 'rtl',
  title: 'توافق',
  links: {
    page: '/ar/2023/data-security-consensus/',
    data: '/ar/2023/data-security-consensus/data.json',
    permalink: '/2023/data-security-consensus/',
  },
  text: { kind: 'editorial-record', statement: "The archive's own account." },
  work: {
    kind: 'consensus',
    status: 'adopted',
    date: '2023-09',
    original: 'zh',
    revision: 2,
    revisionDate: '2026-12-06',
    qualifiers: { status: { basis: 'single-source', source: 'xinhua-2023' } },
    sources: [{ id: 'xinhua-2023', title: 'Report', url: 'https://example.org/a', date: '2023' }],
  },
  version: { status: 'archive', revision: 1, basedOn: 1, originalRevision: 2 },
  revisions: [{ n: 1, current: true, page: '/ar/2023/data-security-consensus/' }],
  alternates: [
    { lang: 'zh', page: '/zh/2023/data-security-consensus/', data: '/zh/2023/data-security-consensus/data.json' },
  ],
  clauses: [{ eId: 'para_1', label: '1.', text: 'نص', html: '<li id="para_1" class="clause">نص</li>' }],
});
type Data = ReturnType<typeof good> & Record<string, unknown>;

describe('the data files’ JSON Schemas (schemas/data/)', () => {
  it('accept a well-formed version file, a range date and an edition record', () => {
    expect(dataErrors('version', good())).toEqual([]);
    const ranged = good();
    (ranged.work as Record<string, unknown>)['date'] = { from: '2023-09-20', to: '2023-09-21' };
    expect(dataErrors('version', ranged)).toEqual([]);
    const { slug: _, ...ed } = good();
    const { kind: _k, status: _s, ...work } = ed.work;
    expect(
      dataErrors('version', { ...ed, record: 'edition', key: '2023', work: { ...work, city: 'Lianyungang' } }),
    ).toEqual([]);
  });

  const wrong: [string, (d: Data) => void, RegExp][] = [
    ['a missing field', (d) => delete (d as Partial<Data>).clauses, /required property 'clauses'/],
    ['an unknown field', (d) => (d['extra'] = 1), /additional properties/],
    ['an unknown field in a clause', (d) => ((d.clauses[0] as Record<string, unknown>)['num'] = '1'), /additional/],
    ['a date in another form', (d) => ((d.work as Record<string, unknown>)['date'] = '20/09/2023'), /pattern|oneOf/],
    ['a month that does not exist', (d) => (d.work.revisionDate = '2023-13'), /pattern/],
    ['an unknown text kind', (d) => ((d.text as Record<string, unknown>)['kind'] = 'official'), /allowed values/],
    [
      'an unknown qualifier basis',
      (d) => ((d.work.qualifiers.status as Record<string, unknown>)['basis'] = 'x'),
      /allowed/,
    ],
    ['an unknown version status', (d) => ((d.version as Record<string, unknown>)['status'] = 'draft'), /allowed/],
    ['a revision of 0', (d) => (d.version.revision = 0), />= 1/],
    ['a page link without its slash', (d) => (d.links.page = '/ar/2023/x'), /pattern/],
    ['a source URL that is not one', (d) => (d.work.sources[0]!.url = 'not a url'), /format|pattern/],
    ['a document without its slug', (d) => delete (d as Partial<Data>).slug, /slug/],
    ['an unknown language', (d) => ((d as Record<string, unknown>)['lang'] = 'de'), /allowed/],
    ['a wrong format name', (d) => ((d as Record<string, unknown>)['format'] = 'forum-texts/version@2'), /constant/],
  ];
  for (const [what, breakIt, message] of wrong) {
    it(`reject ${what}`, () => {
      const d = good() as Data;
      breakIt(d);
      const errors = dataErrors('version', d);
      expect(errors.length, what).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(message);
    });
  }

  it('check the corpus index too', () => {
    const entry = {
      record: 'edition',
      key: '2023',
      edition: '2023',
      title: 'Forum 2023',
      titleLang: 'en',
      text: 'editorial-record',
      date: '2023-09',
      translated: true,
      page: '/en/2023/',
      data: '/en/2023/data.json',
      languages: ['en'],
    };
    expect(dataErrors('index', { format: 'forum-texts/index@1', lang: 'en', texts: [entry] })).toEqual([]);
    expect(
      dataErrors('index', { format: 'forum-texts/index@1', lang: 'en', texts: [{ ...entry, slug: 'x' }] }),
    ).not.toEqual([]);
    expect(
      dataErrors('index', { format: 'forum-texts/index@1', lang: 'en', texts: [{ ...entry, data: '/en/2023/' }] }),
    ).not.toEqual([]);
    expect(dataErrors('index', { format: 'forum-texts/index@1', lang: 'en' })).not.toEqual([]);
  });

  it('are draft 2020-12, strict objects throughout', () => {
    for (const name of ['version', 'index']) {
      const schema = JSON.parse(fs.readFileSync(`schemas/data/${name}.schema.json`, 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const objects: Record<string, unknown>[] = [];
      const walk = (n: unknown) => {
        if (!n || typeof n !== 'object') return;
        const o = n as Record<string, unknown>;
        if (o['properties'] && o['type'] === 'object') objects.push(o);
        // Conditions (if/then/else/not) only add requirements to an object declared elsewhere.
        for (const [k, v] of Object.entries(o)) if (!['if', 'then', 'else', 'not'].includes(k)) walk(v);
      };
      walk(schema);
      // Every object with declared fields closes them (qualifiers: named facts, each closed).
      for (const o of objects) if (o['additionalProperties'] !== false) expect(o['properties']).toBeUndefined();
    }
  });
});

describe('clauseHtml', () => {
  it('gives each clause its element and the unnumbered blocks after it, up to the next clause', () => {
    const html =
      '<p id="preamble" class="clause">Pre</p><h2 id="art_1" class="clause"><a href="#art_1">Article 1</a></h2><p>One.</p><p>More.</p><ol><li id="para_1" class="clause">A</li><li id="para_2" class="clause">B</li></ol>';
    const m = clauseHtml(html);
    expect([...m.keys()]).toEqual(['preamble', 'art_1', 'para_1', 'para_2']);
    expect(m.get('art_1')).toBe(
      '<h2 id="art_1" class="clause"><a href="#art_1">Article 1</a></h2><p>One.</p><p>More.</p>',
    );
    expect(m.get('para_2')).toBe('<li id="para_2" class="clause">B</li>');
  });
});
