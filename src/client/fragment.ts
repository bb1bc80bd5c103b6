/**
 * The clause id a URL's #fragment names. A hand-typed or mangled link may carry a malformed
 * escape (`#%E0%A4%A`); decodeURIComponent would throw and stop the page's script, so such a
 * fragment is taken as written (it then matches no clause, and the page says so).
 */
export function fragmentId(hash: string = location.hash): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
