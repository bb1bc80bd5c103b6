// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { markdownPlugins } from './src/plugins/index.ts';
import { siteConfig } from './src/site-config.ts';

// Thin on purpose: plugin lists live in src/plugins/index.ts, site facts in src/site-config.ts,
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
  // FORUM_MD_PROCESSOR=satteri: Astro 7's default Rust processor, measured by the benchmark only
  // (it runs no remark plugins, so texts would lose their clause ids).
  markdown: process.env.FORUM_MD_PROCESSOR === 'satteri' ? {} : { processor: unified(markdownPlugins) },
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
