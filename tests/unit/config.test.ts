import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

const problemsOf = (env: Record<string, string>) => parseConfig(env).problems;
const configOf = (env: Record<string, string>) => {
  const r = parseConfig(env);
  if (r.problems) throw new Error(r.problems.join('\n'));
  return r.config;
};

describe('the configuration read from the environment', () => {
  it('has a default for everything, folders resolved against the working directory', () => {
    expect(configOf({})).toEqual({
      contentDir: path.resolve('content'),
      dist: path.resolve('dist'),
      site: undefined,
      cacheDir: './node_modules/.astro',
      snapshot: undefined,
      allowRegistryLoss: false,
      contact: undefined,
      port: 4321,
      chromiumPath: undefined,
      nginxPath: undefined,
    });
  });

  it('takes a content folder anywhere on disk, absolute or relative, and counts empty values as unset', () => {
    expect(configOf({ FORUM_CONTENT_DIR: '/srv/texts' }).contentDir).toBe('/srv/texts');
    expect(configOf({ FORUM_CONTENT_DIR: '../texts' }).contentDir).toBe(path.resolve('../texts'));
    expect(configOf({ FORUM_CONTENT_DIR: '', FORUM_DIST: '', FORUM_SITE: '', PORT: '' })).toEqual(configOf({}));
  });

  it('keeps the origin only of the public address, and reads the other settings', () => {
    const c = configOf({
      FORUM_SITE: 'https://texts.example.org/',
      FORUM_DIST: 'out/site',
      FORUM_REGISTRY_ALLOW_LOSS: 'true',
      PORT: '0',
      CHROMIUM_PATH: '/opt/chrome',
    });
    expect(c).toMatchObject({
      site: 'https://texts.example.org',
      dist: path.resolve('out/site'),
      allowRegistryLoss: true,
      port: 0,
      chromiumPath: '/opt/chrome',
    });
    for (const off of ['0', 'false'])
      expect(configOf({ FORUM_REGISTRY_ALLOW_LOSS: off }).allowRegistryLoss).toBe(false);
    expect(configOf({ FORUM_REGISTRY_ALLOW_LOSS: '1' }).allowRegistryLoss).toBe(true);
  });

  it('says what is wrong with a public address and how to fix it', () => {
    const fix =
      'set it to the address readers use, scheme and host only, for example FORUM_SITE=https://texts.example.org';
    expect(problemsOf({ FORUM_SITE: 'texts.example.org' })).toEqual([
      `FORUM_SITE="texts.example.org" is not a web origin: ${fix}`,
    ]);
    expect(problemsOf({ FORUM_SITE: 'ftp://texts.example.org' })).toEqual([
      `FORUM_SITE="ftp://texts.example.org" is not a web origin: ${fix}`,
    ]);
    expect(problemsOf({ FORUM_SITE: 'https://example.org/texts/' })).toEqual([
      `FORUM_SITE="https://example.org/texts/" has more than a scheme and a host (the site is served from the root of its origin): ${fix}`,
    ]);
  });

  it('says what is wrong with FORUM_REGISTRY_ALLOW_LOSS rather than guess', () => {
    for (const value of ['yes', 'TRUE', 'no']) {
      expect(problemsOf({ FORUM_REGISTRY_ALLOW_LOSS: value })).toEqual([
        `FORUM_REGISTRY_ALLOW_LOSS="${value}" is neither on nor off: set it to 1 (or true) to accept, for this build, that published registry entries were removed, or unset it`,
      ]);
    }
  });

  it('says what is wrong with a port', () => {
    for (const value of ['http', '70000', '-1', '4321.5']) {
      expect(problemsOf({ PORT: value })).toEqual([
        `PORT="${value}" is not a port number: use a whole number from 1 to 65535 (0: any free port), for example PORT=4322 npm start`,
      ]);
    }
  });

  it('lists every bad value at once', () => {
    expect(problemsOf({ FORUM_SITE: 'x', PORT: 'y' })).toEqual([
      expect.stringMatching(/^FORUM_SITE="x" is not a web origin/),
      expect.stringMatching(/^PORT="y" is not a port number/),
    ]);
  });

  it('stops a command with those lines only: no stack trace', () => {
    const r = spawnSync(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: 'http', FORUM_SITE: 'example.org' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'FORUM_SITE="example.org" is not a web origin: set it to the address readers use, scheme and host only, for example FORUM_SITE=https://texts.example.org',
      'PORT="http" is not a port number: use a whole number from 1 to 65535 (0: any free port), for example PORT=4322 npm start',
    ]);
  });
});
