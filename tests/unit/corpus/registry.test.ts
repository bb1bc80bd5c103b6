import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, inspectCorpus } from '../../../src/corpus/index.ts';
import { addToRegistry, readRegistry, unregistered, writeRegistry } from '../../../src/registry/index.ts';
import { edit, mutatedFixture } from './fixture-copy.ts';

/** Problems as an editor reads them, the mutated copy's folder written `<corpus>`. */
const problemsOf = (dir: string) =>
  inspectCorpus(dir)
    .problems.map(formatProblem)
    .map((m) => m.split(dir).join('<corpus>'));

describe('the permalink registry', () => {
  it('fails when a registered clause disappears, naming the registry entry and the way out', () => {
    // Gone from the latest revision and from every earlier one (revisions/en/…), so no page holds it.
    const dir = mutatedFixture((d) => {
      for (const f of ['en.mdx', 'revisions/en/1.mdx', 'revisions/en/2.mdx'])
        edit(d, `documents/2030/partial-note/${f}`, (t) => t.replace(/\n3\. [^\n]*\n/, '\n'));
    });
    const msgs = problemsOf(dir).filter((m) => m.includes('registry.yaml'));
    expect(msgs).toEqual([
      '<corpus>/registry.yaml — documents."2030/partial-note".clauses: clause para_3 of "2030/partial-note" was published but no longer exists (closest now: para_1, para_2): restore it, or record it under clausesMoved (old id: new id) or clausesWithdrawn (old id: reason)',
    ]);
  });

  it('fails when a registered document disappears, and says how to redirect or tombstone it', () => {
    const dir = mutatedFixture((d) => {
      fs.rmSync(path.join(d, 'documents/2030/partial-note'), { recursive: true });
      edit(d, 'registry.yaml', (t) =>
        t
          .replace(/replacedBy: 2030\/partial-note/, 'replacedBy: 2030/model-convention')
          .replace(/movedTo: 2030\/partial-note/, 'movedTo: 2030/model-convention'),
      );
      edit(d, 'editions/2030/en.mdx', (t) => t);
    });
    expect(problemsOf(dir)).toContain(
      '<corpus>/registry.yaml — documents."2030/partial-note": "2030/partial-note" was published but is no longer in the content: restore it, or mark the entry `movedTo: <year>/<slug>` (a redirect is made) or `withdrawn: <reason>` (a tombstone page is made)',
    );
  });

  it('accepts a removed document once it is marked withdrawn', () => {
    const dir = mutatedFixture((d) => {
      fs.rmSync(path.join(d, 'documents/2030/model-convention'), { recursive: true });
      edit(d, 'registry.yaml', (t) =>
        t
          .replace(
            / {2}2030\/model-convention:\n {4}clauses: (\[[^\]]*\])\n {4}clausesMoved:\n {6}art_3: art_2__para_2\n/,
            '  2030/model-convention:\n    clauses: $1\n    withdrawn: Gone for a test.\n',
          )
          .replace(/movedTo: 2030\/model-convention/, 'withdrawn: gone too'),
      );
      // nothing else may point at it any more
      edit(d, 'editions/2030/en.mdx', (t) => t.replace(/It produced .*\./, 'It produced a fixture.'));
      edit(d, 'editions/2030/fr.mdx', (t) => t.replace(/Elle a produit .*\./, 'Elle a produit une fixture.'));
      for (const f of ['en.mdx', 'fr.mdx', 'revisions/en/1.mdx', 'revisions/en/2.mdx'])
        edit(d, `documents/2030/partial-note/${f}`, (t) =>
          t.replace(/<Ref to="2030\/model-convention#art_1" \/>/, 'x'),
        );
      edit(d, 'documents/2030/partial-note/meta.yaml', (t) => t.replace('continues: 2030/model-convention\n', ''));
      edit(d, 'documents/2030/amended-convention/meta.yaml', (t) =>
        t.replace('supersedes: 2030/model-convention\n', ''),
      );
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('rejects a malformed registry with the field and the fix', () => {
    const dir = mutatedFixture((d) =>
      edit(d, 'registry.yaml', (t) => t.replace('movedTo: 2030/model-convention', 'movedTo: Model Convention')),
    );
    expect(
      problemsOf(dir).some((m) =>
        /registry\.yaml — documents\.2030\/old-convention\.movedTo: a registry key is "<year>"/.test(m),
      ),
    ).toBe(true);
  });

  it('rejects a move to a document that does not exist, and a mark on a document that still exists', () => {
    const dir = mutatedFixture((d) =>
      edit(
        d,
        'registry.yaml',
        (t) =>
          `${t.replace('movedTo: 2030/model-convention', 'movedTo: 2030/model-conventio')}  2030/partial-note-x:\n    clauses: []\n`,
      ),
    );
    const msgs = problemsOf(dir);
    expect(
      msgs.some((m) =>
        /old-convention"\.movedTo: "2030\/model-conventio" does not exist; closest: 2030\/model-convention/.test(m),
      ),
    ).toBe(true);
    const dir2 = mutatedFixture((d) =>
      edit(d, 'registry.yaml', (t) =>
        t.replace('  2030/partial-note:\n', '  2030/partial-note:\n    withdrawn: oops\n'),
      ),
    );
    expect(problemsOf(dir2).some((m) => /is marked withdrawn but still exists/.test(m))).toBe(true);
  });

  it('registry:add records new documents and clause ids, and keeps what was there', () => {
    const dir = mutatedFixture((d) => edit(d, 'documents/2030/partial-note/en.mdx', (t) => t));
    const { corpus } = inspectCorpus(dir);
    const before = readRegistry(dir, []);
    expect(unregistered(corpus, before)).toEqual([]);
    const fresh = { documents: {} };
    const additions = unregistered(corpus, fresh);
    // para_5 stands only in revision 1, whose URL publishes it too; both earlier revisions are recorded.
    expect(additions.find((a) => a.key === '2030/partial-note')).toEqual({
      key: '2030/partial-note',
      clauses: ['para_1', 'para_2', 'para_3', 'para_5'],
      revisions: { en: [1, 2] },
    });
    writeRegistry(dir, addToRegistry(before, [{ key: '2030/partial-note', clauses: ['para_9'] }]));
    const after = readRegistry(dir, []);
    expect(after.documents['2030/partial-note']?.clauses).toContain('para_9');
    expect(after.documents['2030/old-convention']?.movedTo).toBe('2030/model-convention');
  });

  it('lists every clause id of the shipped corpus (run `npm run registry:add` after publishing)', () => {
    const { corpus } = inspectCorpus('content');
    expect(unregistered(corpus, corpus.registry)).toEqual([]);
  });
});
