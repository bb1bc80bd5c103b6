import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads the environment: every setting of a build, a server or
 * a test run, read once per process and checked. A bad value stops the process
 * with one line per problem, saying what is wrong and how to fix it (no stack
 * trace). Empty counts as unset. Folders are resolved against the working
 * directory and may lie anywhere on disk. Documented in docs/development.md.
 */
export interface Config {
  /** FORUM_CONTENT_DIR: the content folder (fixtures, generated corpora, a secretariat's own repository). @default content */
  contentDir: string;
  /**
   * FORUM_DIST: where the site is written. `npm run build` checks it and hands Astro a
   * scratch folder beside it under the same name, renamed to it only when all went well.
   * @default dist
   */
  dist: string;
  /** FORUM_SITE: the public origin (scheme and host) of links, citations and canonical URLs; unset: the local server's. @example https://texts.example.org */
  site: string | undefined;
  /** FORUM_CACHE_DIR: Astro's cache; the build gives each output folder its own. @default ./node_modules/.astro */
  cacheDir: string;
  /** FORUM_SNAPSHOT: the checked corpus the build hands to Astro (src/corpus/snapshot.ts); set by the build only. */
  snapshot: string | undefined;
  /** FORUM_REGISTRY_ALLOW_LOSS: accept, for one build, that published registry entries were removed. @default false */
  allowRegistryLoss: boolean;
  /** FORUM_CONTACT: the e-mail address the contact page shows; unset: the page says this copy has none (never an invented one). */
  contact: string | undefined;
  /** PORT: where `npm start` serves the site. @default 4321 */
  port: number;
  /** CHROMIUM_PATH: a Chromium or Chrome for the browser tests and the benchmark. @default the first of /usr/bin/chromium… that exists */
  chromiumPath: string | undefined;
  /** NGINX_PATH: the nginx binary the hosting checks run. @default /usr/sbin/nginx or /usr/bin/nginx */
  nginxPath: string | undefined;
}

type Ctx = z.core.$RefinementCtx;
const problem = (ctx: Ctx, input: string, message: string) => {
  ctx.issues.push({ code: 'custom', input, message });
  return z.NEVER;
};
const shown = (name: string, value: string) => `${name}=${JSON.stringify(value)}`;

/** An optional value: empty counts as unset. */
const text = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const folder = (fallback: string) => text.transform((v) => path.resolve(v ?? fallback));

const SITE = text.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const url = URL.canParse(v) ? new URL(v) : null;
  const fix =
    'set it to the address readers use, scheme and host only, for example FORUM_SITE=https://texts.example.org';
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname)
    return problem(ctx, v, `${shown('FORUM_SITE', v)} is not a web origin: ${fix}`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return problem(
      ctx,
      v,
      `${shown('FORUM_SITE', v)} has more than a scheme and a host (the site is served from the root of its origin): ${fix}`,
    );
  return url.origin;
});

const ALLOW_LOSS = text.transform((v, ctx) => {
  if (v === '1' || v === 'true') return true;
  if (v === undefined || v === '0' || v === 'false') return false;
  // Guessing "on" would drop published URLs: a value that is neither is an error.
  return problem(
    ctx,
    v,
    `${shown('FORUM_REGISTRY_ALLOW_LOSS', v)} is neither on nor off: set it to 1 (or true) to accept, for this build, that published registry entries were removed, or unset it`,
  );
});

const CONTACT = text.transform((v, ctx) => {
  const address = v?.trim();
  if (!address) return undefined;
  if (!z.email().safeParse(address).success) {
    return problem(
      ctx,
      v ?? '',
      `${shown('FORUM_CONTACT', address)} is not an e-mail address: set it to the address readers should write to (for example FORUM_CONTACT=secretariat@your.host), or leave it unset: the contact page then says that no address is configured`,
    );
  }
  return address;
});

const PORT = text.transform((v, ctx) => {
  if (v === undefined) return 4321;
  const n = /^\d{1,5}$/.test(v) ? Number(v) : Number.NaN;
  if (!(n <= 65535))
    return problem(
      ctx,
      v,
      `${shown('PORT', v)} is not a port number: use a whole number from 1 to 65535 (0: any free port), for example PORT=4322 npm start`,
    );
  return n;
});

export const EnvSchema = z.object({
  FORUM_CONTENT_DIR: folder('content'),
  FORUM_DIST: folder('dist'),
  FORUM_SITE: SITE,
  FORUM_CACHE_DIR: text.transform((v) => v ?? './node_modules/.astro'),
  FORUM_SNAPSHOT: text,
  FORUM_REGISTRY_ALLOW_LOSS: ALLOW_LOSS,
  FORUM_CONTACT: CONTACT,
  PORT,
  CHROMIUM_PATH: text,
  NGINX_PATH: text,
});

/** The settings in `env`, or one line for each bad value. */
export function parseConfig(
  env: Record<string, string | undefined>,
): { config: Config; problems?: undefined } | { config?: undefined; problems: string[] } {
  const r = EnvSchema.safeParse(env);
  if (!r.success) return { problems: r.error.issues.map((i) => i.message) };
  const e = r.data;
  return {
    config: {
      contentDir: e.FORUM_CONTENT_DIR,
      dist: e.FORUM_DIST,
      site: e.FORUM_SITE,
      cacheDir: e.FORUM_CACHE_DIR,
      snapshot: e.FORUM_SNAPSHOT,
      allowRegistryLoss: e.FORUM_REGISTRY_ALLOW_LOSS,
      contact: e.FORUM_CONTACT,
      port: e.PORT,
      chromiumPath: e.CHROMIUM_PATH,
      nginxPath: e.NGINX_PATH,
    },
  };
}

function readConfig(): Config {
  const r = parseConfig(process.env);
  if (r.problems) {
    console.error(`\n${r.problems.join('\n')}\n`);
    process.exit(1);
  }
  return r.config;
}

export const config: Readonly<Config> = Object.freeze(readConfig());

/** The environment for a child process (Astro, a test run): this one's, with `extra` set. */
export const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, ...extra });
