// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { siteConfig } from './src/site-config.ts';

// Thin on purpose: the corpus's plugin list lives in src/plugins/index.ts, site facts in src/site-config.ts,
// settings from the environment in src/config.ts.
export default defineConfig({
  site: siteConfig.origin,
  trailingSlash: 'always',
  // FORUM_DIST: the build (src/build/pipeline.ts) sets a scratch folder, renamed to the output folder only when everything succeeded.
  outDir: config.dist,
  // One cache per output (set by the build script), so builds of other corpora never share a content store.
  cacheDir: config.cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: siteConfig.languages,
    defaultLocale: siteConfig.defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Astro's own Markdown pipeline serves only the site's prose pages (about, how to cite, …). The
  // corpus texts never pass through it: src/corpus renders them once, with the plugins of
  // src/plugins/index.ts. So no corpus plugin runs here: a prose page has no clause numbering,
  // and clause ids or cross-references on it would be wrong. Plain GFM, through unified: remark,
  // as for the texts, so an editor's Markdown reads the same in both; smartypants off, as in the
  // texts: it would force English curly quotes onto « » and 《》.
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets: the CSP allows scripts from the site's own files only.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // withastro/astro#18087: every .mdx warns about a harmless module-level directive.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
