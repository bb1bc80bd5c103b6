/**
 * The Content Security Policy, in one place. Scripts only from the site itself
 * (no 'unsafe-inline', no 'unsafe-eval'); Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval') and may start a worker from a blob.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'object-src': "'none'",
  'frame-ancestors': "'none'",
};

/**
 * What the <meta> policy carries: the directives that matter when no headers are
 * set (everything else falls back to default-src 'self'). frame-ancestors cannot
 * be set by <meta>; it and the rest live in the response headers (public/_headers).
 */
const META = ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action'];

const join = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export const cspHeader = () => join(CSP_DIRECTIVES);
export const cspMeta = () => join(Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([k]) => META.includes(k))));

/** Response headers for every page, as written to public/_headers (Netlify/Cloudflare Pages format). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only what the site uses: writing to the clipboard for the copy buttons.
  'Permissions-Policy': 'clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** _headers: the security headers on every path, and the Atom type for the feeds (a host would say application/xml). */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n/:lang/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n`;
}
