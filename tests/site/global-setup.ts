import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../src/build/nginx.ts';
import { startServer } from '../../src/build/serve.ts';

/**
 * Serves the built site and the fixture site for the whole run, twice: with the
 * bundled server (as a static host would, with _headers) and with nginx running
 * the configuration the build ships in _nginx/.
 */
export default async function setup(project: TestProject) {
  for (const dir of ['dist', 'tests/.out/fixture-dist']) {
    if (!fs.existsSync(`${dir}/index.html`))
      throw new Error(`${dir}/ is not built: run the built-site checks through \`npm test\`, which builds it first.`);
  }
  const stops: (() => void)[] = [];
  const stopAll = () => {
    for (const stop of stops) stop();
  };
  try {
    const site = await startServer({ root: 'dist', port: 0 });
    stops.push(() => site.server.close());
    const fixture = await startServer({ root: 'tests/.out/fixture-dist', port: 0 });
    stops.push(() => fixture.server.close());
    const nginxSite = await startNginx({ root: 'dist' });
    stops.push(nginxSite.stop);
    const nginxFixture = await startNginx({ root: 'tests/.out/fixture-dist' });
    stops.push(nginxFixture.stop);
    project.provide('siteUrl', site.url);
    project.provide('fixtureUrl', fixture.url);
    project.provide('nginxSiteUrl', nginxSite.url);
    project.provide('nginxFixtureUrl', nginxFixture.url);
  } catch (e) {
    // A server that did start must not keep the run from ending.
    stopAll();
    throw e;
  }
  return stopAll;
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
    nginxSiteUrl: string;
    nginxFixtureUrl: string;
  }
}
