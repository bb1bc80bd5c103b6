import { describe, expect, it } from 'vitest';
import { allRecords, formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { inspectCorpusOnThreads } from '../../../src/corpus/threads.ts';
import { edit, FIXTURE, mutatedFixture } from './fixture-copy.ts';

const summary = (c: ReturnType<typeof inspectCorpus>['corpus']) =>
  allRecords(c).flatMap((r) =>
    [...r.versions.values()].map((v) => ({ key: r.key, lang: v.lang, clauses: v.clauses, html: v.html, data: v.data })),
  );

describe('reading the content on two threads', () => {
  it.each([
    ['the fixture corpus', FIXTURE],
    ['the shipped corpus', 'content'],
  ])('gives exactly the serial result for %s, cross-reference titles included', async (_name, dir) => {
    const serial = inspectCorpus(dir);
    const threaded = await inspectCorpusOnThreads(dir, 2);
    expect(threaded.problems).toEqual([]);
    expect(summary(threaded.corpus)).toEqual(summary(serial.corpus));
  });

  it('reports the same problems as the serial reader', async () => {
    const dir = mutatedFixture((d) => {
      edit(d, 'documents/2030/model-convention/meta.yaml', (t) => t.replace('kind: declaration', 'kind: treaty'));
      edit(d, 'documents/2030/partial-note/en.mdx', (t) =>
        t.replace('as plain text.<Src id="fixture-source" />', 'as plain text.<Src id="nowhere" />'),
      );
      edit(d, 'documents/2030/model-convention/zh.mdx', (t) => t.replace('## 第二条', '## 第一条'));
    });
    const serial = inspectCorpus(dir).problems.map(formatProblem).sort();
    const threaded = (await inspectCorpusOnThreads(dir, 2)).problems.map(formatProblem).sort();
    expect(threaded).toEqual(serial);
    expect(threaded.length).toBeGreaterThanOrEqual(3);
    expect(threaded.some((p) => p.includes('used twice'))).toBe(true);
  });
});
