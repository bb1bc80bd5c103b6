import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSitemap, xmlResponse } from '../discovery/site-sitemap.ts';

/** The parts of a sitemap past 50,000 URLs: /sitemap-1.xml, /sitemap-2.xml… (none on a smaller site). */
export const getStaticPaths = (async () =>
  [...(await siteSitemap()).keys()]
    .map((p) => /^\/sitemap-(\d+)\.xml$/.exec(p)?.[1])
    .filter((n) => n !== undefined)
    .map((n) => ({ params: { n } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  xmlResponse((await siteSitemap()).get(`/sitemap-${params.n}.xml`) ?? '');
