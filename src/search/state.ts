/**
 * Search state ⇄ URL: `?q=…&edition=…&kind=…&scope=all`, where edition and kind
 * may repeat. The URL is the state, so reload, back/forward and a shared link
 * all restore the same query, filters and results.
 */
export interface SearchState {
  q: string;
  editions: string[];
  kinds: string[];
  all: boolean;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    editions: params.getAll('edition').filter(Boolean),
    kinds: params.getAll('kind').filter(Boolean),
    all: params.get('scope') === 'all',
  };
}

export function paramsFromState(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const e of s.editions) p.append('edition', e);
  for (const k of s.kinds) p.append('kind', k);
  if (s.all) p.set('scope', 'all');
  return p;
}

/** Pagefind filter object: any of the chosen editions, and any of the chosen kinds. */
export function pagefindFilters(s: SearchState): Record<string, { any: string[] }> {
  const f: Record<string, { any: string[] }> = {};
  if (s.editions.length) f.edition = { any: s.editions };
  if (s.kinds.length) f.kind = { any: s.kinds };
  return f;
}
