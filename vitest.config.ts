import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure functions and content checks, no build needed) and
 * `site` (runs against the built site in dist/ and a fixture build, in real
 * Chromium). `npm test` runs unit, builds, then site; see scripts/test.mjs.
 */
export default defineConfig({
  test: {
    projects: [
      // Reading whole corpora on worker threads takes seconds; on a shared, loaded 2-core machine more than the 5 s default.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Builds and a browser share one machine: run files one at a time, with room for slow CI.
          fileParallelism: false,
          testTimeout: 120_000,
          // Browser state settles asynchronously; a loaded 2-core CI machine needs more than the 1 s default.
          expect: { poll: { timeout: 20_000 } },
          hookTimeout: 600_000,
          globalSetup: ['tests/site/global-setup.ts'],
        },
      },
    ],
  },
});
