import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/links.ts';
import { siteConfig } from '../../src/site-config.ts';

describe('internal links and #fragments', () => {
  for (const root of ['dist', 'tests/.out/fixture-dist']) {
    it(`all resolve in ${root}, in every language, and none leaves the site`, () => {
      const { broken, external, checked } = checkLinks(root, { origin: siteConfig.origin });
      expect(checked).toBeGreaterThan(100);
      expect(broken).toEqual([]);
      expect(external).toEqual([]);
    });
  }
});
