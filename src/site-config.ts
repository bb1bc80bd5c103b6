import { DEFAULT_LANG, LANG_CODES } from './i18n/languages.ts';

/**
 * Facts about the deployment, set once. `origin` is the public address used in
 * citations and canonical links; override it for another host with FORUM_SITE.
 */
export const siteConfig = {
  origin: process.env.FORUM_SITE ?? 'https://texts.gpscf.example',
  languages: LANG_CODES,
  defaultLang: DEFAULT_LANG,
};
