import type { APIRoute, GetStaticPaths } from 'astro';
import { dataResponse } from '../../data/validate.ts';
import { indexData } from '../../data/version-data.ts';
import { LANG_CODES, type LangCode } from '../../i18n/languages.ts';
import { documents, editions } from '../../utils/records.ts';

/** /<lang>/data.json: every published text (editions, then documents) with its page and data links (docs/data.md). */
export const getStaticPaths = (() => LANG_CODES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as LangCode;
  return dataResponse('index', indexData(lang, [...editions(), ...documents()]), `/${lang}/data.json`);
};
