import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { clausesFromHtml } from '../compare/clauses-from-html.ts';
import type { CorpusRecord, CorpusVersion } from '../corpus/model.ts';
import { versionHtml } from '../corpus/snapshot.ts';
import { getLanguage, type LangCode } from '../i18n/languages.ts';
import type { DateOrRange } from '../schemas/date.ts';
import type { Qualifier } from '../schemas/work.ts';
import { existingLangs } from '../utils/records.ts';
import { currentRevision, revisionHistory } from '../utils/revisions.ts';
import { dataUrl, documentUrl, editionUrl, neutralUrl, recordUrl, revisionUrl } from '../utils/urls.ts';

type Node = RootContent | ElementContent;

/**
 * The open data of one language version (`…/data.json`, docs/data.md; schema:
 * schemas/data/version.schema.json). One format for every reader of the data, the
 * parallel-reading pages (issue 18) included.
 */
export const DATA_FORMAT = 'forum-texts/version@1';
export const INDEX_FORMAT = 'forum-texts/index@1';

/** What the text is, said in words in the data itself, so that no reader of the file takes an editorial record for the forum's text. */
export const TEXT_STATEMENT = {
  'official-text': "The forum's own text (in this language: see version.status).",
  'editorial-record':
    "The archive's own account of the document, written from the sources listed; not the forum's official text.",
} as const;

export interface DataClause {
  eId: string;
  /** The document's own number as written ("3.", "第五条"); an unnumbered clause's label ("Preamble"). */
  label: string;
  text: string;
  html: string;
}

export interface VersionData {
  format: typeof DATA_FORMAT;
  record: 'document' | 'edition';
  key: string;
  edition: string;
  slug?: string;
  lang: LangCode;
  dir: 'ltr' | 'rtl';
  title: string;
  links: { page: string; data: string; permalink: string };
  text: { kind: 'official-text' | 'editorial-record'; statement: string };
  work: {
    kind?: string;
    status?: string;
    date: DateOrRange;
    city?: string;
    original: LangCode;
    revision: number;
    revisionDate?: string;
    revisionNote?: string;
    continues?: string;
    supersedes?: string;
    qualifiers: { [fact: string]: Qualifier };
    sources: {
      id: string;
      title: string;
      outlet?: string;
      date?: string;
      url?: string;
      note?: string;
      official?: boolean;
    }[];
  };
  version: {
    status: 'original' | 'official' | 'archive';
    revision: number;
    revisionDate?: string;
    revisionNote?: string;
    basedOn: number;
    /** The original's current revision: a translation made from an older one is behind it. */
    originalRevision: number;
    theme?: string;
    place?: string;
    source?: { title: string; outlet?: string; date?: string; url?: string };
  };
  revisions: { n: number; date?: string; note?: string; current: boolean; page: string }[];
  alternates: { lang: LangCode; page: string; data: string }[];
  clauses: DataClause[];
}

/** Drops undefined fields (JSON.stringify would too; the schema's `additionalProperties` sees the same keys). */
const defined = <T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

const pageUrl = (rec: CorpusRecord, lang: LangCode) =>
  rec.type === 'document' ? documentUrl(lang, rec.edition, rec.slug) : editionUrl(lang, rec.edition);

/** The version's data: facts, revision and clauses (text and HTML) from its rendered HTML. */
export function versionData(rec: CorpusRecord, v: CorpusVersion): VersionData {
  const meta = rec.meta;
  const cur = currentRevision(rec, v);
  const html = versionHtml(rec, v);
  const htmlById = clauseHtml(html);
  const numById = new Map(v.clauses.map((c) => [c.eId, c.num]));
  return defined({
    format: DATA_FORMAT,
    record: rec.type,
    key: rec.key,
    edition: rec.edition,
    slug: rec.type === 'document' ? rec.slug : undefined,
    lang: v.lang,
    dir: getLanguage(v.lang).dir,
    title: v.data.title,
    links: { page: pageUrl(rec, v.lang), data: dataUrl(v.lang, rec.key), permalink: neutralUrl(rec.key) },
    text: { kind: meta.text, statement: TEXT_STATEMENT[meta.text] },
    work: defined({
      kind: rec.type === 'document' ? rec.meta.kind : undefined,
      status: rec.type === 'document' ? rec.meta.status : undefined,
      date: meta.date,
      city: rec.type === 'edition' ? rec.meta.city : undefined,
      original: meta.original,
      revision: meta.revision,
      revisionDate: meta.revisionDate,
      revisionNote: meta.revisionNote,
      continues: rec.type === 'document' ? rec.meta.continues : undefined,
      supersedes: rec.type === 'document' ? rec.meta.supersedes : undefined,
      qualifiers: Object.fromEntries(
        Object.entries(meta.qualifiers ?? {}).flatMap(([fact, q]) => (q ? [[fact, defined({ ...q })]] : [])),
      ),
      sources: meta.sources.map((s) => defined({ ...s })),
    }),
    version: defined({
      status: v.data.version,
      revision: cur.n,
      revisionDate: cur.date,
      revisionNote: cur.note,
      basedOn: v.data.basedOn,
      originalRevision: meta.revision,
      theme: v.data.theme,
      place: v.data.place,
      source: v.data.source && defined({ ...v.data.source }),
    }),
    revisions: revisionHistory(rec, v).map((r) =>
      defined({
        n: r.n,
        date: r.date,
        note: r.note,
        current: r.current,
        page: r.current ? pageUrl(rec, v.lang) : revisionUrl(v.lang, rec.key, r.n),
      }),
    ),
    alternates: existingLangs(rec)
      .filter((l) => l !== v.lang)
      .map((l) => ({ lang: l, page: recordUrl(l, rec.key), data: dataUrl(l, rec.key) })),
    clauses: clausesFromHtml(html).map((c) => ({
      eId: c.eId,
      label: numById.get(c.eId) || c.label,
      text: c.text,
      html: htmlById.get(c.eId) ?? '',
    })),
  });
}

/**
 * Each clause's HTML: its element as rendered, with the unnumbered blocks that follow it up to
 * the next clause (as clausesFromHtml gives them its words). A clause holding sub-clauses holds
 * their HTML too.
 */
export function clauseHtml(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const isClause = (n: Node): n is Element =>
    n.type === 'element' &&
    Array.isArray((n as Element).properties['className']) &&
    ((n as Element).properties['className'] as unknown[]).includes('clause');
  const holdsClause = (n: Node): boolean =>
    n.type === 'element' && (isClause(n) || (n as Element).children.some(holdsClause));
  const walk = (parent: Root | Element) => {
    let open: { id: string; parts: Node[] } | null = null;
    const close = () => {
      if (open) out.set(open.id, toHtml(open.parts as Root['children']).trim());
      open = null;
    };
    for (const child of parent.children as Node[]) {
      if (isClause(child)) {
        close();
        open = { id: String(child.properties['id']), parts: [child] };
        walk(child);
      } else if (holdsClause(child)) {
        close();
        walk(child as unknown as Element);
      } else open?.parts.push(child);
    }
    close();
  };
  walk(fromHtml(html, { fragment: true }) as unknown as Root);
  return out;
}

export interface IndexData {
  format: typeof INDEX_FORMAT;
  lang: LangCode;
  texts: {
    record: 'document' | 'edition';
    key: string;
    edition: string;
    slug?: string;
    title: string;
    /** The title's language: this one, or the original's where this language has no version. */
    titleLang: LangCode;
    text: 'official-text' | 'editorial-record';
    kind?: string;
    status?: string;
    date: DateOrRange;
    /** Whether this language has its own version (else the page shows the original, and `data` is the original's). */
    translated: boolean;
    page: string;
    data: string;
    languages: LangCode[];
  }[];
}

/** The corpus index of one language: every published text (editions first, then documents), with its links. */
export function indexData(lang: LangCode, records: CorpusRecord[]): IndexData {
  return {
    format: INDEX_FORMAT,
    lang,
    texts: records.map((rec) => {
      const own = rec.versions.get(lang);
      const v = own ?? rec.versions.get(rec.meta.original)!;
      return defined({
        record: rec.type,
        key: rec.key,
        edition: rec.edition,
        slug: rec.type === 'document' ? rec.slug : undefined,
        title: v.data.title,
        titleLang: v.lang,
        text: rec.meta.text,
        kind: rec.type === 'document' ? rec.meta.kind : undefined,
        status: rec.type === 'document' ? rec.meta.status : undefined,
        date: rec.meta.date,
        translated: Boolean(own),
        page: pageUrl(rec, lang),
        data: dataUrl(v.lang, rec.key),
        languages: existingLangs(rec),
      });
    }),
  };
}
