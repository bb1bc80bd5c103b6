import type { APIRoute, GetStaticPaths } from 'astro';
import type { DocumentRecord } from '../../../../corpus/index.ts';
import { dataResponse } from '../../../../data/validate.ts';
import { versionData } from '../../../../data/version-data.ts';
import type { LangCode } from '../../../../i18n/languages.ts';
import { documents, existingLangs } from '../../../../utils/records.ts';

/** /<lang>/<edition>/<slug>/data.json: a document's language version as data (docs/data.md), for each version that exists. */
export const getStaticPaths = (() =>
  documents().flatMap((doc) =>
    existingLangs(doc).map((lang) => ({
      params: { lang, edition: doc.edition, slug: doc.slug },
      props: { doc, lang },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { doc, lang } = props as { doc: DocumentRecord; lang: LangCode };
  const version = doc.versions.get(lang)!;
  return dataResponse('version', versionData(doc, version), version.file);
};
