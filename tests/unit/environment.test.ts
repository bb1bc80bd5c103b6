import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspMeta, headersFile } from '../../src/utils/security.ts';

describe('the environment the tests run in', () => {
  it('is Node 22.12 or later (Astro 7, vitest 5 and i18next 27 need it; npm run uses the pinned Node 24)', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(
      major > 22 || (major === 22 && minor >= 12),
      `running on Node ${process.versions.node}: use npm test / npx, not node_modules/.bin`,
    ).toBe(true);
  });
});

describe('security headers', () => {
  it('public/_headers is exactly what src/utils/security.ts defines (one source of truth)', () => {
    expect(fs.readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });
  it('the <meta> policy leaves out what a meta policy cannot carry, and never allows inline script', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspMeta()).not.toContain('unsafe-inline');
  });
});
