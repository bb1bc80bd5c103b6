import { describe, expect, it } from 'vitest';
import { checkDataSafe, unsafeChar } from '../../../src/corpus/data-safe.ts';
import type { CorpusRecord } from '../../../src/corpus/model.ts';
import type { Problem } from '../../../src/corpus/problems.ts';

describe('values the data files cannot carry (docs/data.md, "Bad input")', () => {
  it('finds lone surrogates and control characters, and lets real text through', () => {
    expect(unsafeChar('Déclaration 第五条 البيان 😀, tab\there\nand line')).toBeNull();
    expect(unsafeChar('broken \uD83D emoji')).toMatch(/lone surrogate, U\+D83D\) at character 8/);
    expect(unsafeChar('\uDE00 alone')).toMatch(/lone surrogate, U\+DE00\)/);
    expect(unsafeChar('bell\u0007')).toMatch(/control character U\+0007 .*delete it/);
    expect(unsafeChar('nul\u0000')).toMatch(/U\+0000/);
  });

  it('names the file, the field (or clause and line) and the fix', () => {
    const rec = {
      key: '2023/x',
      metaFile: 'content/documents/2023/x/meta.yaml',
      meta: { sources: [{ id: 'a', title: 'Report \u0001' }] },
      versions: new Map([
        [
          'en',
          {
            file: 'content/documents/2023/x/en.mdx',
            data: { title: 'Title \uD800' },
            clauses: [{ eId: 'para_2', num: '2.', text: 'ok \u001F', line: 9 }],
            revisions: [],
          },
        ],
      ]),
    } as unknown as CorpusRecord;
    const problems: Problem[] = [];
    checkDataSafe(rec, problems);
    expect(problems).toEqual([
      expect.objectContaining({
        file: rec.metaFile,
        field: 'sources.0.title',
        message: expect.stringMatching(/^`sources.0.title` holds the control character/),
      }),
      expect.objectContaining({
        file: 'content/documents/2023/x/en.mdx',
        field: 'title',
        message: expect.stringMatching(/lone surrogate.*write the character itself/),
      }),
      expect.objectContaining({ file: 'content/documents/2023/x/en.mdx', field: 'clause para_2', line: 9 }),
    ]);
  });
});
