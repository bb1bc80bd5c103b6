import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Searches a built Pagefind bundle from Node, the way a browser would: its
 * pagefind.js is loaded with stubbed `window`/`document` (the language comes
 * from <html lang>) and a `fetch` that reads the bundle's files. Each language
 * gets its own module instance (`?lang=`), or the first language's stemmer would
 * silently be reused.
 */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}
export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  sub_results: PagefindSub[];
  word_count: number;
}

export async function loadPagefind(siteRoot: string, lang: string): Promise<PagefindApi> {
  const bundle = path.resolve(siteRoot, 'pagefind');
  const g = globalThis as Record<string, unknown>;
  g.window = { location: { origin: 'http://pagefind.test', href: 'http://pagefind.test/' } };
  g.document = {
    querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null),
    currentScript: null,
  };
  g.fetch = async (input: string | URL) => {
    const url = new URL(String(input), 'http://pagefind.test/pagefind/');
    const file = path.join(bundle, url.pathname.replace(/^\/pagefind\//, ''));
    if (!fs.existsSync(file)) return new Response(null, { status: 404 });
    return new Response(fs.readFileSync(file));
  };
  const mod = (await import(`${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?lang=${lang}`)) as PagefindApi;
  await mod.options({ basePath: '/pagefind/', noWorker: true });
  // Pagefind reads <html lang> when the instance starts: start it now, while this stub says `lang`.
  await mod.init();
  return mod;
}

/** Every hit as flat data: the page and the clause-level sub-results. */
export async function searchAll(
  api: PagefindApi,
  term: string,
  filters?: Record<string, unknown>,
): Promise<PagefindData[]> {
  const res = await api.search(term, filters ? { filters } : {});
  return Promise.all(res.results.map((r) => r.data()));
}
