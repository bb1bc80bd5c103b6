import fs from 'node:fs';
import { Document, isMap, isScalar, parse as parseYaml, visit } from 'yaml';
import { classifyEntry } from '../corpus/entries.ts';
import type { Corpus, CorpusRecord } from '../corpus/model.ts';
import { displayPath, registryFile } from '../corpus/paths.ts';
import type { Problem } from '../corpus/problems.ts';
import { allRecords } from '../corpus/read.ts';
import type { LangCode } from '../i18n/languages.ts';
import { closest } from '../utils/closest.ts';
import { clausesOnlyInEarlier } from '../utils/revisions.ts';
import { checkAppendOnly } from './baseline.ts';
import { type Registry, RegistrySchema } from './schema.ts';

/**
 * The permalink registry (`<content>/registry.yaml`): every document URL and
 * clause id that has been published. A published URL never dies: the build fails
 * when one would stop resolving, unless the registry says it moved or was withdrawn.
 */

export function readRegistry(dir: string, problems: Problem[]): Registry {
  const file = registryFile(dir);
  if (!fs.existsSync(file) && !fs.lstatSync(file, { throwIfNoEntry: false })) return { documents: {} };
  // A link out of the content folder, a dangling link or a named pipe is never read (it could hang the build).
  const entry = classifyEntry(file, dir);
  if (entry.kind === 'problem') {
    problems.push({ file: displayPath(file), message: entry.message });
    return { documents: {} };
  }
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push({
      file: displayPath(file),
      ...(line ? { line } : {}),
      message: `invalid YAML: ${(e as Error).message.split('\n')[0]}`,
    });
    return { documents: {} };
  }
  const parsed = RegistrySchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push({ file: displayPath(file), field: i.path.join('.') || '(whole file)', message: i.message });
    return { documents: {} };
  }
  return parsed.data;
}

/** Clause ids of a record, as published: the original version's. */
export function clauseIdsOf(rec: CorpusRecord): string[] {
  return rec.versions.get(rec.meta.original)?.clauses.map((c) => c.eId) ?? [];
}

const find = (corpus: Corpus, key: string) => corpus.documents.get(key) ?? corpus.editions.get(key);

function targetExists(corpus: Corpus, from: string, target: string): boolean {
  const [key, eId] = target.includes('#') ? (target.split('#') as [string, string]) : [from, target];
  const rec = find(corpus, key);
  return !!rec && clauseIdsOf(rec).includes(eId);
}

/**
 * Reads the registry and checks it: against the content (every published URL still resolves)
 * and against what was published before (no entry removed; baseline.ts). `previousOutput` is
 * the output folder of the previous build, which holds its copy of the registry.
 */
export function readAndCheckRegistry(corpus: Corpus, problems: Problem[], previousOutput?: string): Registry {
  const before = problems.length;
  const registry = readRegistry(corpus.dir, problems);
  // A registry that could not be read has lost nothing yet: its own problem comes first.
  const readable = problems.length === before;
  checkRegistry(corpus, registry, problems);
  if (readable) checkAppendOnly(corpus.dir, registry, problems, previousOutput);
  return registry;
}

export function checkRegistry(corpus: Corpus, registry: Registry, problems: Problem[]): void {
  const file = displayPath(registryFile(corpus.dir));
  for (const [key, entry] of Object.entries(registry.documents)) {
    // A record that exists but could not be read has its own problem; a second one here would
    // send the editor to mark a document moved that is only broken.
    if (corpus.broken.includes(key)) continue;
    const rec = find(corpus, key);
    const at = `documents."${key}"`;
    if (entry.movedTo || entry.withdrawn) {
      if (rec)
        problems.push({
          file,
          field: at,
          message: `"${key}" is marked ${entry.movedTo ? 'movedTo' : 'withdrawn'} but still exists in the content: remove the mark, or move/remove the folder`,
        });
      if (!key.includes('/'))
        problems.push({ file, field: at, message: 'only documents can be moved or withdrawn, not edition records' });
      for (const [field, to] of [
        ['movedTo', entry.movedTo],
        ['replacedBy', entry.replacedBy],
      ] as const) {
        if (to && !find(corpus, to) && !corpus.broken.includes(to))
          problems.push({
            file,
            field: `${at}.${field}`,
            message: `"${to}" does not exist; closest: ${closest(to, corpus.documents.keys()).join(', ')}`,
          });
      }
      continue;
    }
    if (!rec) {
      problems.push({
        file,
        field: at,
        message: `"${key}" was published but is no longer in the content: restore it, or mark the entry \`movedTo: <year>/<slug>\` (a redirect is made) or \`withdrawn: <reason>\` (a tombstone page is made)`,
      });
      continue;
    }
    if (rec.meta.draft) {
      // A production build leaves drafts out: their published URLs would stop resolving.
      problems.push({
        file: rec.metaFile,
        field: 'draft',
        message: `"${key}" was published (${file} lists it), so it cannot go back to being a draft: remove \`draft: true\``,
      });
      continue;
    }
    for (const [lang, ns] of Object.entries(entry.revisions ?? {}) as [LangCode, number[]][]) {
      const v = rec.versions.get(lang);
      if (!v || rec.unreadable?.includes(lang)) continue;
      for (const n of ns)
        if (!v.revisions?.some((r) => r.rev?.n === n))
          problems.push({
            file,
            field: `${at}.revisions.${lang}`,
            message: `revision ${n} of the ${lang} version was published (/${lang}/${key}/rev/${n}/) but its text is gone: restore revisions/${lang}/${n}.mdx in the record's folder from the repository's history`,
          });
    }
    if (rec.unreadable?.includes(rec.meta.original)) continue;
    const ids = new Set(clauseIdsOf(rec));
    const orig = rec.versions.get(rec.meta.original);
    // A clause that stands only in an earlier revision still resolves: its old link is sent to that revision.
    const earlier = orig ? clausesOnlyInEarlier(orig) : new Map<string, number>();
    for (const eId of entry.clauses) {
      if (ids.has(eId) || entry.clausesWithdrawn?.[eId] || earlier.has(eId)) continue;
      const to = entry.clausesMoved?.[eId];
      if (to) {
        if (!targetExists(corpus, key, to))
          problems.push({
            file,
            field: `${at}.clausesMoved.${eId}`,
            message: `moves ${eId} to "${to}", which does not exist`,
          });
        continue;
      }
      problems.push({
        file,
        field: `${at}.clauses`,
        message: `clause ${eId} of "${key}" was published but no longer exists (closest now: ${closest(eId, ids).join(', ')}): restore it, or record it under clausesMoved (old id: new id) or clausesWithdrawn (old id: reason)`,
      });
    }
  }
}

export interface Addition {
  key: string;
  clauses: string[];
  /** Earlier revisions not registered yet: language → revision numbers. */
  revisions?: Partial<Record<LangCode, number[]>>;
}

/** Documents, clause ids and earlier revisions in the content that the registry does not list yet (drafts are not published: none). */
export function unregistered(corpus: Corpus, registry: Registry): Addition[] {
  return allRecords(corpus)
    .filter((rec) => !rec.meta.draft)
    .map((rec) => {
      const entry = registry.documents[rec.key];
      const known = new Set(entry?.clauses ?? []);
      const revisions: Partial<Record<LangCode, number[]>> = {};
      for (const v of rec.versions.values()) {
        const have = new Set(entry?.revisions?.[v.lang] ?? []);
        const ns = (v.revisions ?? []).flatMap((r) => (r.rev && !have.has(r.rev.n) ? [r.rev.n] : []));
        if (ns.length) revisions[v.lang] = ns;
      }
      // Clause ids published at an earlier revision's URL are published too (the latest may have dropped them).
      const orig = rec.versions.get(rec.meta.original);
      const published = [...clauseIdsOf(rec), ...(orig ? clausesOnlyInEarlier(orig).keys() : [])];
      return {
        key: rec.key,
        clauses: published.filter((id) => !known.has(id)),
        ...(Object.keys(revisions).length ? { revisions } : {}),
        isNew: !entry,
      };
    })
    .filter((u) => u.isNew || u.clauses.length || u.revisions)
    .map(({ isNew: _, ...u }) => u);
}

/** Adds every unregistered document, clause id and revision; never removes or rewrites what is there. */
export function addToRegistry(registry: Registry, additions: Addition[]): Registry {
  const documents = { ...registry.documents };
  for (const { key, clauses, revisions } of additions) {
    const entry = documents[key] ?? { clauses: [] };
    documents[key] = { ...entry, clauses: [...entry.clauses, ...clauses] };
    if (revisions) {
      const merged = { ...entry.revisions };
      for (const [lang, ns] of Object.entries(revisions) as [LangCode, number[]][])
        merged[lang] = [...(merged[lang] ?? []), ...ns].sort((a, b) => a - b);
      documents[key] = { ...documents[key], revisions: merged };
    }
  }
  const sorted = Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b)));
  return { documents: sorted };
}

export function writeRegistry(dir: string, registry: Registry): void {
  const header =
    '# Permalink registry: every published document URL and clause id of this archive.\n' +
    '# Written by `npm run registry:add` after publishing; never delete an entry. If a document moves or is\n' +
    '# withdrawn, or a clause is renumbered, mark it (movedTo, withdrawn + replacedBy, clausesMoved,\n' +
    '# clausesWithdrawn): the build then makes redirects and tombstones so every old link still lands.\n';
  const doc = new Document(registry);
  // One line per record's clause list keeps the file readable and its diffs small.
  visit(doc, {
    Seq: (_, node) => {
      node.flow = true;
    },
    // A record's earlier revisions on one line too: `revisions: { en: [1, 2], fr: [1] }`.
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === 'revisions' && isMap(pair.value)) pair.value.flow = true;
    },
  });
  fs.writeFileSync(registryFile(dir), header + doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}
