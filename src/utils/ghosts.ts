import { loadCorpus } from '../corpus/index.ts';
import type { RegistryEntry } from '../registry/schema.ts';

/** A published document URL whose document moved or was withdrawn (from the registry). */
export interface Ghost { key: string; edition: string; slug: string; entry: RegistryEntry }

export function ghosts(): Ghost[] {
  return Object.entries(loadCorpus().registry.documents)
    .filter(([key, e]) => key.includes('/') && (e.movedTo || e.withdrawn))
    .map(([key, entry]) => {
      const [edition = '', slug = ''] = key.split('/');
      return { key, edition, slug, entry };
    });
}
