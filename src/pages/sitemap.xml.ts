import type { APIRoute } from 'astro';
import { siteSitemap, xmlResponse } from '../discovery/site-sitemap.ts';

/** The sitemap with hreflang alternates, or past 50,000 URLs the index of its parts (src/discovery/sitemap.ts). */
export const GET: APIRoute = async () => xmlResponse((await siteSitemap()).get('/sitemap.xml') ?? '');
