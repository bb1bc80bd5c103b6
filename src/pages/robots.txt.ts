import type { APIRoute } from 'astro';
import { siteConfig } from '../site-config.ts';

/** Everything may be crawled (noindex pages say so themselves); the sitemap is named with the site's origin. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', siteConfig.origin).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
