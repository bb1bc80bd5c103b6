import { describe, expect, it } from 'vitest';
import { allRecords, coverageReport, formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { LANG_CODES } from '../../../src/i18n/languages.ts';

/**
 * The corpus that ships, read through the same coverage report editors see,
 * so a failure here names exactly what is missing.
 */
const { corpus, problems } = inspectCorpus('content');
const report = coverageReport(corpus);

describe('the shipped corpus', () => {
  it('has no content problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds the three editions and the documents the sources name', () => {
    expect([...corpus.editions.keys()].sort()).toEqual(['2015', '2023', '2024']);
    expect(corpus.documents.size).toBeGreaterThanOrEqual(7);
  });

  it("has every work in all six languages, none stale, each with the original's clause ids", () => {
    const notComplete = report.filter((e) => e.state !== 'complete' && e.state !== 'original');
    expect(notComplete.map((e) => `${e.key} ${e.lang}: ${e.state} ${e.missing.concat(e.extra).join(' ')}`)).toEqual([]);
    expect(report.length).toBe(allRecords(corpus).length * LANG_CODES.length);
  });

  it('has English as the original of every editorial record, and marks the other versions as archive translations', () => {
    for (const rec of allRecords(corpus)) {
      if (rec.meta.text !== 'editorial-record') continue;
      expect(rec.meta.original, rec.key).toBe('en');
      for (const v of rec.versions.values())
        expect(v.data.version, v.file).toBe(v.lang === 'en' ? 'original' : 'archive');
    }
  });

  it('names at least one source for every work, and claims no official text without an official source', () => {
    for (const rec of allRecords(corpus)) {
      expect(rec.meta.sources.length, rec.key).toBeGreaterThan(0);
      if (rec.meta.text === 'official-text')
        expect(
          rec.meta.sources.some((s) => s.official),
          rec.key,
        ).toBe(true);
    }
  });

  it('cites a source in every paragraph of every version', () => {
    for (const rec of allRecords(corpus)) {
      for (const v of rec.versions.values()) {
        for (const c of v.clauses) {
          const next = v.clauses.find((x) => x.line > c.line)?.line ?? Infinity;
          expect(
            v.cites.some((s) => s.line >= c.line && s.line < next),
            `${v.file}:${c.line} ${c.eId}`,
          ).toBe(true);
        }
      }
    }
  });

  it("links every document from its edition's record, in every language", () => {
    for (const doc of corpus.documents.values()) {
      const edition = corpus.editions.get(doc.edition);
      for (const v of edition?.versions.values() ?? []) {
        expect(
          v.refs.some((r) => r.to.split('#')[0] === doc.key),
          `${v.file} should <Ref to="${doc.key}"/>`,
        ).toBe(true);
      }
    }
  });
});
