import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../../src/corpus/check-xml-safe.ts';
import { inspectCorpus } from '../../../src/corpus/index.ts';
import { edit, mutatedFixture } from './fixture-copy.ts';

const NOTE = 'documents/2030/partial-note';

/** The problems of the fixture changed by `mutate`, files relative to its copy. */
function problemsOf(mutate: (dir: string) => void) {
  const dir = mutatedFixture(mutate);
  const { problems } = inspectCorpus(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return problems.map((p) => ({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
}

describe('values XML cannot carry', () => {
  it.each([
    ['a bell', 'Note\u0007', 'U+0007'],
    ['a form feed', '\fTitle', 'U+000C'],
    ['a lone high surrogate', 'Ti\uD83Dtle', 'lone surrogate, U+D83D'],
    ['a lone low surrogate', '\uDE00', 'lone surrogate, U+DE00'],
    ['U+FFFF', 'a\uFFFF', 'U+FFFF'],
  ])('%s is named', (_, value, named) => {
    expect(xmlProblem(value)).toContain(named);
  });
  it.each([
    ['tabs and line breaks', 'a\tb\nc\r'],
    ['a pair of surrogates', 'emoji 😀'],
    ['Arabic and Chinese', 'نص 文本'],
  ])('%s pass', (_, value) => {
    expect(xmlProblem(value)).toBeNull();
  });

  it("fail the build naming the file, the field and the fix: a version's title", () => {
    const problems = problemsOf((d) =>
      edit(d, `${NOTE}/fr.mdx`, (t) => t.replace(/^title: .*$/m, 'title: "Note partielle\\u0007 (fixture)"')),
    );
    // Once, at its root cause (the JSON and the XML files share one check).
    expect(problems.filter((p) => p.field === 'title')).toHaveLength(1);
    expect(problems).toContainEqual({
      file: `${NOTE}/fr.mdx`,
      field: 'title',
      message:
        '`title` holds the control character U+0007 at character 15, which the data files (XML and JSON) cannot carry: delete it (it often comes in with text pasted from a PDF or a word processor)',
    });
  });

  it("a revision note with a lone surrogate, in meta.yaml and in an earlier revision's file", () => {
    const problems = problemsOf((d) => {
      edit(d, `${NOTE}/meta.yaml`, (t) => t.replace(/^revisionNote: .*$/m, 'revisionNote: "Fixed \\uD83D."'));
      edit(d, `${NOTE}/revisions/en/2.mdx`, (t) => t.replace(/^note: .*$/m, 'note: "Fixed \\uDE00."'));
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `${NOTE}/meta.yaml`,
        field: 'revisionNote',
        message: expect.stringContaining('lone surrogate, U+D83D'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `${NOTE}/revisions/en/2.mdx`,
        field: 'note',
        message: expect.stringContaining('\\u escape'),
      }),
    );
  });
});
