import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../../discovery/feed.ts';
import { xmlResponse } from '../../discovery/site-sitemap.ts';
import { useT } from '../../i18n/i18n.ts';
import { LANG_CODES, type LangCode } from '../../i18n/languages.ts';
import { siteConfig } from '../../site-config.ts';
import { documents, editions } from '../../utils/records.ts';

/** /<lang>/feed.xml: the Atom feed of new and revised texts in that language (src/discovery/feed.ts). */
export const getStaticPaths = () => LANG_CODES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as LangCode;
  const t = useT(lang);
  const xml = atomFeed(
    feedEntries([...documents(), ...editions()], lang),
    lang,
    siteConfig.origin,
    {
      title: t('feed.title'),
      author: t('site.name'),
      editorialTitle: (title) => t('feed.editorialTitle', { title }),
    },
    `${new Date().toISOString().slice(0, 19)}Z`,
  );
  return xmlResponse(xml, 'application/atom+xml; charset=utf-8');
};
