import { z } from 'zod';
import { DEFAULT_LANG, LANG_CODES } from './i18n/languages.ts';

/** Where `npm start` serves the site: without a public origin, a local copy cites itself. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

const ContactSchema = z.email();

/**
 * The contact address of this copy of the archive, from FORUM_CONTACT: unset or empty means
 * none (the contact page says so); anything else must be an e-mail address, or the build stops.
 */
export function contactAddress(value: string | undefined): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  if (!ContactSchema.safeParse(address).success) {
    throw new Error(`FORUM_CONTACT is "${address}", which is not an e-mail address. Set it to the address readers should write to (for example FORUM_CONTACT=secretariat@your.host), or leave it unset: the contact page then says that no address is configured.`);
  }
  return address;
}

/**
 * Facts about the deployment, set once. `origin` is the public address used in links,
 * citations and canonical URLs; set it with FORUM_SITE before building for a host
 * (`npm run build` says which origin it used). `contact` is the e-mail address shown on
 * the contact page, if the deployment has one (FORUM_CONTACT).
 */
export const siteConfig = {
  origin: process.env.FORUM_SITE || LOCAL_ORIGIN,
  contact: contactAddress(process.env.FORUM_CONTACT),
  languages: LANG_CODES,
  defaultLang: DEFAULT_LANG,
};
