import type { Registry } from './schema.ts';

/** Where a published clause (or a whole URL, with `id` empty) lands now. */
export interface Landing {
  key: string;
  id: string;
}

/**
 * Follows the registry from a published key and clause id to where the clause is now: through a
 * moved document (`movedTo`, with its `clausesMoved` renumbering) and a renumbered clause
 * (`clausesMoved`, possibly into another document), as the redirect pages and clause stubs do,
 * so that a language-neutral link lands exactly where a language link lands. A withdrawn
 * document or clause stays where it was: its tombstone or stub explains.
 */
export function followRegistry(registry: Registry, key: string, id: string): Landing {
  let at: Landing = { key, id };
  // A chain longer than the registry has entries would be a loop; stop rather than hang.
  for (let hops = 0; hops <= Object.keys(registry.documents).length; hops++) {
    const entry = registry.documents[at.key];
    const moved = at.id ? entry?.clausesMoved?.[at.id] : undefined;
    if (moved?.includes('#')) {
      const [k = at.key, i = ''] = moved.split('#');
      at = { key: k, id: i };
    } else if (entry?.movedTo) {
      at = { key: entry.movedTo, id: moved ?? at.id };
    } else if (moved) {
      at = { key: at.key, id: moved };
    } else {
      return at;
    }
  }
  return at;
}
