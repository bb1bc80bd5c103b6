/**
 * The first of the reader's preferred languages (BCP 47, e.g. "fr-CA", "zh-Hant-TW")
 * that the site has, matching on the primary subtag; null when none matches.
 */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    const hit = available.find((a) => a === primary);
    if (hit) return hit;
  }
  return null;
}
