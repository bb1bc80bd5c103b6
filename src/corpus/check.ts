import path from 'node:path';
import { closest } from '../utils/closest.ts';
import { parseRefTarget } from '../utils/ref-target.ts';
import { clauseChanges, currentRevision, revisionOf } from '../utils/revisions.ts';
import { checkDataSafe } from './data-safe.ts';
import { checkDrafts } from './drafts.ts';
import type { Corpus, CorpusRecord, CorpusVersion } from './model.ts';
import { displayPath } from './paths.ts';
import type { Problem } from './problems.ts';
import { allRecords } from './read.ts';

export { parseRefTarget };

export function findRecord(corpus: Corpus, key: string): CorpusRecord | undefined {
  return corpus.documents.get(key) ?? corpus.editions.get(key);
}

function checkVersions(rec: CorpusRecord, problems: Problem[]) {
  const originals = [...rec.versions.values()].filter((v) => v.data.version === 'original');
  const orig = rec.versions.get(rec.meta.original);
  if (!orig) {
    // A version that exists but could not be read has its own problem already.
    if (!rec.unreadable?.includes(rec.meta.original))
      problems.push({
        file: rec.metaFile,
        field: 'original',
        message: `the original language is "${rec.meta.original}" but ${rec.meta.original}.mdx does not exist: add it, or set \`original\` to the language of an existing version`,
      });
  } else if (orig.data.version !== 'original') {
    problems.push({
      file: orig.file,
      field: 'version',
      message: `this is the work's original language (meta.yaml \`original: ${rec.meta.original}\`): set \`version: original\``,
    });
  }
  for (const v of originals) {
    if (v.lang !== rec.meta.original) {
      problems.push({
        file: v.file,
        field: 'version',
        message: `only the ${rec.meta.original} version is the original (meta.yaml \`original\`): mark this one \`archive\` or \`official\`, or change \`original\``,
      });
    }
  }
  for (const current of rec.versions.values()) checkRevisions(rec, current, problems);
  for (const v of [...rec.versions.values()].flatMap((c) => [c, ...(c.revisions ?? [])])) {
    if (v.data.basedOn > rec.meta.revision) {
      problems.push({
        file: v.file,
        field: 'basedOn',
        message: `basedOn ${v.data.basedOn} is later than the original's revision ${rec.meta.revision} (meta.yaml \`revision\`): lower basedOn to a revision of the original that exists (1 to ${rec.meta.revision}), or raise revision`,
      });
    }
    const ids = new Set(rec.meta.sources.map((s) => s.id));
    for (const c of v.cites) {
      if (!ids.has(c.id)) {
        problems.push({
          file: v.file,
          line: c.line,
          field: '<Src>',
          message: `no source "${c.id}" in ${rec.metaFile}; known: ${[...ids].join(', ')}`,
        });
      }
    }
    if (rec.meta.text === 'editorial-record' && v.data.version === 'official') {
      problems.push({
        file: v.file,
        field: 'version',
        message: "an editorial record is the archive's own text: its translations are `archive`, never `official`",
      });
    }
    // A draft whose `text` is still a placeholder: which rule applies is not known yet (its banner says so).
    if (rec.meta.text === 'editorial-record' && !rec.placeholders?.includes('text')) {
      for (const clause of v.clauses) {
        if (!clause.eId.startsWith('preamble') && !hasCiteAfter(v, clause.line, v.clauses)) {
          problems.push({
            file: v.file,
            line: clause.line,
            field: clause.eId,
            message: 'every paragraph of an editorial record cites its source: add <Src id="…"/> after the statement',
          });
        }
      }
    }
  }
}

/**
 * A version's earlier revisions (`revisions/<lang>/<n>.mdx`) run without a gap from 1 to the
 * revision before the current one; the original's revision is meta.yaml's alone.
 */
function checkRevisions(rec: CorpusRecord, v: CorpusVersion, problems: Problem[]) {
  if (v.lang === rec.meta.original) {
    for (const field of ['revision', 'revisionDate', 'revisionNote'] as const)
      if (v.data[field] !== undefined)
        problems.push({
          file: v.file,
          field,
          message: `the original's revision is the work's: move \`${field}\` to ${rec.metaFile} (a translation only has its own)`,
        });
  }
  const current = currentRevision(rec, v).n;
  const where = v.lang === rec.meta.original ? `${rec.metaFile} \`revision\`` : `${v.file} \`revision\``;
  const have = new Set<number>();
  for (const r of v.revisions ?? []) {
    const n = r.rev?.n ?? 0;
    have.add(n);
    if (n >= current)
      problems.push({
        file: r.file,
        field: 'revision',
        message: `revision ${n} is not earlier than the current revision ${current} (${where}): the current text is ${v.lang}.mdx, so rename this file to the earlier revision it is, or raise the current revision above ${n}`,
      });
  }
  if (!have.size) return;
  const gaps = Array.from({ length: current - 1 }, (_, i) => i + 1).filter((n) => !have.has(n));
  if (gaps.length) {
    const dir = (v.revisions?.[0]?.file ?? v.file).replace(/[^/\\]+$/, '');
    problems.push({
      file: dir,
      field: 'revision',
      message: `revision${gaps.length > 1 ? 's' : ''} ${gaps.join(', ')} missing: the earlier revisions of ${v.lang} run from 1.mdx to ${current - 1}.mdx without a gap (current: ${current}, ${where}); add ${gaps.map((n) => `${n}.mdx`).join(', ')} from the repository's history, or renumber the files`,
    });
  }
}

/**
 * Marks each translation made from an older revision of the original with the original's clauses
 * that changed since (by clause id and text), when that revision's text is kept.
 */
export function markStaleClauses(rec: CorpusRecord): void {
  const orig = rec.versions.get(rec.meta.original);
  if (!orig) return;
  for (const v of rec.versions.values()) {
    if (v === orig || v.data.basedOn >= rec.meta.revision) continue;
    const base = revisionOf(rec, orig, v.data.basedOn);
    if (base) v.changedSince = clauseChanges(base, orig);
  }
}

/** Whether a `<Src>` appears between this clause's line and the next clause's. */
function hasCiteAfter(v: CorpusVersion, line: number, clauses: CorpusVersion['clauses']): boolean {
  const next = clauses.find((c) => c.line > line)?.line ?? Infinity;
  return v.cites.some((c) => c.line >= line && c.line < next);
}

function checkRefs(corpus: Corpus, rec: CorpusRecord, problems: Problem[]) {
  for (const v of [...rec.versions.values()].flatMap((c) => [c, ...(c.revisions ?? [])])) {
    for (const ref of v.refs) {
      const { key, eId } = parseRefTarget(ref.to);
      const target = findRecord(corpus, key);
      if (!target) {
        if (corpus.broken.includes(key)) continue; // its meta.yaml's own problem says it all
        const near = closest(key, [...corpus.documents.keys(), ...corpus.editions.keys()]);
        problems.push({
          file: v.file,
          line: ref.line,
          field: '<Ref>',
          message: `unknown document "${key}"; closest: ${near.join(', ')}`,
        });
        continue;
      }
      if (eId && !target.unreadable?.includes(target.meta.original)) {
        const orig = target.versions.get(target.meta.original);
        const ids = new Set(orig?.clauses.map((c) => c.eId) ?? []);
        if (!ids.has(eId)) {
          problems.push({
            file: v.file,
            line: ref.line,
            field: '<Ref>',
            message: `"${key}" has no clause "${eId}"; closest valid ids: ${closest(eId, ids).join(', ') || '(none)'}`,
          });
        }
      }
    }
  }
}

/** Checks that need more than one file: versions against their work, lineage, sources, references. */
export function checkCorpus(corpus: Corpus, problems: Problem[]): void {
  for (const rec of allRecords(corpus)) {
    checkVersions(rec, problems);
    checkRefs(corpus, rec, problems);
    checkDataSafe(rec, problems);
    markStaleClauses(rec);
    if (rec.meta.text === 'official-text' && !rec.meta.sources.some((s) => s.official)) {
      problems.push({
        file: rec.metaFile,
        field: 'text',
        message:
          'an official text needs a source that publishes it (a source with `official: true`); otherwise write `text: editorial-record`',
      });
    }
  }
  for (const doc of corpus.documents.values()) {
    if (!corpus.editions.has(doc.edition) && !corpus.broken.includes(doc.edition)) {
      problems.push({
        file: doc.metaFile,
        // The content folder as the editor knows it (it need not be content/ in this project).
        message: `edition ${doc.edition} has no record: add ${displayPath(path.join(corpus.dir, 'editions', doc.edition))}/ (meta.yaml and at least the original language)`,
      });
    }
    for (const field of ['continues', 'supersedes'] as const) {
      const to = doc.meta[field];
      if (to && !corpus.documents.has(to) && !corpus.broken.includes(to)) {
        problems.push({
          file: doc.metaFile,
          field,
          message: `no document "${to}"; closest: ${closest(to, corpus.documents.keys()).join(', ')}`,
        });
      }
    }
  }
  checkDrafts(corpus, problems);
}
