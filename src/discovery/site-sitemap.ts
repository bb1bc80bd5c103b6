import { loadCorpus } from '../corpus/index.ts';
import { siteConfig } from '../site-config.ts';
import { documents, editions } from '../utils/records.ts';
import { hreflangSets, sitemapFiles, sitemapItems, sitemapRecord } from './sitemap.ts';

/** The built site's sitemap files (src/pages/sitemap*.xml.ts), made once per corpus. */
const made = new WeakMap<object, Promise<Map<string, string>>>();

export function siteSitemap(): Promise<Map<string, string>> {
  const corpus = loadCorpus();
  let files = made.get(corpus);
  if (!files) {
    const records = [...editions(), ...documents()].map(sitemapRecord);
    files = sitemapFiles(sitemapItems(hreflangSets(records), siteConfig.origin), siteConfig.origin);
    made.set(corpus, files);
  }
  return files;
}

export const xmlResponse = (body: string, type = 'application/xml; charset=utf-8') =>
  new Response(body, { headers: { 'Content-Type': type } });
