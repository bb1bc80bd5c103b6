import { describe, expect, it } from 'vitest';
import { followRegistry } from '../../src/registry/resolve.ts';
import type { Registry } from '../../src/registry/schema.ts';

const registry: Registry = {
  documents: {
    '2030/old': { clauses: ['art_1', 'art_2'], movedTo: '2030/new' },
    '2030/draft': { clauses: ['para_1'], movedTo: '2030/note', clausesMoved: { para_1: 'para_3' } },
    '2030/new': { clauses: ['art_1', 'art_3'], clausesMoved: { art_3: 'art_2__para_2' } },
    '2030/note': {
      clauses: ['para_1', 'para_4'],
      clausesWithdrawn: { para_4: 'gone' },
      clausesMoved: { para_9: '2030/new#art_1' },
    },
    '2030/retired': { clauses: ['para_1'], withdrawn: 'why', replacedBy: '2030/note' },
  },
};
const follow = (key: string, id = '') => followRegistry(registry, key, id);

describe('following the registry from a published link', () => {
  it('keeps a clause that is still where it was', () => {
    expect(follow('2030/new', 'art_1')).toEqual({ key: '2030/new', id: 'art_1' });
  });
  it('follows a moved document, keeping the clause id', () => {
    expect(follow('2030/old', 'art_2')).toEqual({ key: '2030/new', id: 'art_2' });
    expect(follow('2030/old')).toEqual({ key: '2030/new', id: '' });
  });
  it('maps a clause renumbered when its document moved', () => {
    expect(follow('2030/draft', 'para_1')).toEqual({ key: '2030/note', id: 'para_3' });
  });
  it('follows a renumbered clause, also after its document moved', () => {
    expect(follow('2030/new', 'art_3')).toEqual({ key: '2030/new', id: 'art_2__para_2' });
    expect(follow('2030/old', 'art_3')).toEqual({ key: '2030/new', id: 'art_2__para_2' });
  });
  it('follows a clause that moved into another document', () => {
    expect(follow('2030/note', 'para_9')).toEqual({ key: '2030/new', id: 'art_1' });
  });
  it('leaves a withdrawn document or clause where it was, for its tombstone or stub to explain', () => {
    expect(follow('2030/retired', 'para_1')).toEqual({ key: '2030/retired', id: 'para_1' });
    expect(follow('2030/note', 'para_4')).toEqual({ key: '2030/note', id: 'para_4' });
  });
  it('stops on a loop instead of hanging', () => {
    const loop: Registry = {
      documents: { '2030/a': { clauses: [], movedTo: '2030/b' }, '2030/b': { clauses: [], movedTo: '2030/a' } },
    };
    expect(['2030/a', '2030/b']).toContain(followRegistry(loop, '2030/a', 'x').key);
  });
});
