import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/server.mjs';

/** Serves the built site and the fixture site (as a static host would, with _headers) for the whole run. */
export default async function setup(project: TestProject) {
  for (const dir of ['dist', 'tests/.out/fixture-dist']) {
    if (!fs.existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is not built: run the built-site checks through \`npm test\`, which builds it first.`);
  }
  const site = await startServer({ root: 'dist', port: 0 });
  const fixture = await startServer({ root: 'tests/.out/fixture-dist', port: 0 });
  project.provide('siteUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  return () => {
    site.server.close();
    fixture.server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
  }
}
