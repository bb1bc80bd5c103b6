import type { APIRoute, GetStaticPaths } from 'astro';
import type { EditionRecord } from '../../../corpus/index.ts';
import { dataResponse } from '../../../data/validate.ts';
import { versionData } from '../../../data/version-data.ts';
import type { LangCode } from '../../../i18n/languages.ts';
import { editions, existingLangs } from '../../../utils/records.ts';

/** /<lang>/<edition>/data.json: an edition record's language version as data (docs/data.md), for each version that exists. */
export const getStaticPaths = (() =>
  editions().flatMap((ed) =>
    existingLangs(ed).map((lang) => ({ params: { lang, edition: ed.edition }, props: { ed, lang } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { ed, lang } = props as { ed: EditionRecord; lang: LangCode };
  const version = ed.versions.get(lang)!;
  return dataResponse('version', versionData(ed, version), version.file);
};
