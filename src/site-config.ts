import { config } from './config.ts';
import { DEFAULT_LANG, LANG_CODES } from './i18n/languages.ts';

/** Where `npm start` serves the site: without a public origin, a local copy cites itself. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

/**
 * Facts about the deployment, set once. `origin` is the public address used in links,
 * citations and canonical URLs; set it with FORUM_SITE before building for a host
 * (`npm run build` says which origin it used). `contact` is the e-mail address shown on
 * the contact page, if the deployment has one (FORUM_CONTACT).
 */
export const siteConfig = {
  origin: config.site ?? LOCAL_ORIGIN,
  contact: config.contact,
  languages: LANG_CODES,
  defaultLang: DEFAULT_LANG,
};
