import fs from 'node:fs';
import { parse } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../src/build/links.ts';
import { readLocale } from '../../src/i18n/i18n.ts';
import { getLanguage, LANG_CODES, languageNameIn } from '../../src/i18n/languages.ts';
import { siteConfig } from '../../src/site-config.ts';
import { PROSE_PAGES } from '../../src/utils/urls.ts';
import { launch } from './browser.ts';

/**
 * The site's own pages (about, how to cite, editorial policy, contact) as readers meet them.
 * dist/ is built without a contact address; the fixture site with FIXTURE_CONTACT (scripts/test.mjs).
 */
const FIXTURE_CONTACT = 'secretariat@archive.example';
const text = (lang: string, key: string) => readLocale(lang)[key]!;
const read = (root: string, p: string) => parse(fs.readFileSync(`${root}${p}index.html`, 'utf8'));

describe('the footer of every page', () => {
  it.each(['dist', 'tests/.out/fixture-dist'])(
    "in %s links the four pages in the page's language, in a named navigation",
    (root) => {
      const wrong: string[] = [];
      let checked = 0;
      for (const file of htmlFiles(root)) {
        const doc = parse(fs.readFileSync(file, 'utf8'));
        const footer = doc.querySelector('footer.site-footer');
        if (!footer) continue; // the root chooser and 404, and the permalink pages, have no site frame
        checked++;
        const lang = doc.querySelector('html')!.getAttribute('lang')!;
        const nav = footer.querySelector('nav');
        if (nav?.getAttribute('aria-label') !== text(lang, 'footer.nav'))
          wrong.push(`${file}: no footer <nav> named "${text(lang, 'footer.nav')}"`);
        const links = footer.querySelectorAll('nav a').map((a) => `${a.getAttribute('href')} ${a.textContent}`);
        for (const page of PROSE_PAGES)
          if (!links.includes(`/${lang}/${page}/ ${text(lang, `footer.link.${page}`)}`))
            wrong.push(`${file}: no footer link to /${lang}/${page}/`);
      }
      expect(checked).toBeGreaterThan(50);
      expect(wrong).toEqual([]);
    },
  );

  it.each(LANG_CODES)('takes a %s reader to each page, in their language, without JavaScript', async (lang) => {
    const ctx = await launch({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const name of PROSE_PAGES) {
      await page.goto(`${inject('siteUrl')}/${lang}/`);
      await page
        .getByRole('navigation', { name: text(lang, 'footer.nav') })
        .getByRole('link', { name: text(lang, `footer.link.${name}`), exact: true })
        .click();
      await page.waitForURL(`**/${lang}/${name}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('html').getAttribute('dir')).toBe(getLanguage(lang).dir);
      expect((await page.locator('main h1').textContent())?.trim()).toBeTruthy();
      expect(await page.locator('main h2').count(), `${lang}/${name}: the text is there`).toBeGreaterThan(0);
    }
    await ctx.close();
  });
});

describe('the prose pages', () => {
  const cases = PROSE_PAGES.flatMap((page) => LANG_CODES.map((lang) => ({ page, lang })));

  it.each(cases)(
    '$page in $lang says what its language version is, and links the same page in every language',
    ({ page, lang }) => {
      const doc = read('dist', `/${lang}/${page}/`);
      const badge = doc.querySelector('main .badges')?.textContent;
      const notice = doc.querySelector('main .prose-translation');
      if (lang === 'en') {
        expect(badge).toBe(`${text('en', 'version.label')}: ${text('en', 'version.original')}`);
        expect(notice).toBeNull();
      } else {
        // Labelled as the archive labels its own translations of texts, with the way back to the original.
        expect(badge).toBe(`${text(lang, 'version.label')}${getLanguage(lang).colon}${text(lang, 'version.archive')}`);
        expect(notice?.textContent).toContain(
          text(lang, 'prose.translated').replace('{{language}}', languageNameIn('en', lang)),
        );
        expect(notice?.querySelector(`a[href="/en/${page}/"][hreflang="en"]`)?.textContent).toBe(
          text(lang, 'prose.original'),
        );
      }
      const origin = siteConfig.origin;
      expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${origin}/${lang}/${page}/`);
      expect(
        doc
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
      ).toEqual(LANG_CODES.map((l) => `${l} ${origin}/${l}/${page}/`));
      expect(doc.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'))).toEqual(
        LANG_CODES.map((l) => `/${l}/${page}/`),
      );
      expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBeTruthy();
      // Reading needs no JavaScript, and these pages load none.
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    },
  );

  it("are not indexed for search (search covers the forum's texts)", () => {
    for (const { page, lang } of cases)
      expect(fs.readFileSync(`dist/${lang}/${page}/index.html`, 'utf8'), `${lang}/${page}`).not.toContain(
        'data-pagefind-body',
      );
  });
});

describe('the contact page', () => {
  it.each(LANG_CODES)(
    'in %s says plainly that no address is configured when the build had none, and shows no address',
    (lang) => {
      const main = read('dist', `/${lang}/contact/`).querySelector('main')!;
      expect(main.querySelector('.contact-none')?.textContent).toBe(text(lang, 'contact.none'));
      expect(main.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
      expect(main.textContent).not.toContain('@');
    },
  );

  it.each(LANG_CODES)('in %s shows the configured address as a mailto link', (lang) => {
    const main = read('tests/.out/fixture-dist', `/${lang}/contact/`).querySelector('main');
    expect(main, 'the fixture site is built with FORUM_CONTACT (scripts/test.mjs)').not.toBeNull();
    const link = main!.querySelector('.contact-address a');
    expect(
      link?.getAttribute('href'),
      `build the fixture site with FORUM_CONTACT=${FIXTURE_CONTACT}, as scripts/test.mjs does`,
    ).toBe(`mailto:${FIXTURE_CONTACT}`);
    expect(link?.textContent).toBe(FIXTURE_CONTACT);
    expect(main!.querySelector('.contact-address')?.textContent).toContain(text(lang, 'contact.address'));
    expect(main!.querySelector('.contact-none')).toBeNull();
  });
});

describe('the "not found" pages link the contact page', () => {
  it.each(LANG_CODES)('a mistyped address under /%s/ gets the localized page, with the link', async (lang) => {
    const res = await fetch(`${inject('siteUrl')}/${lang}/no-such-page/`);
    expect(res.status).toBe(404);
    const doc = parse(await res.text());
    expect(doc.querySelector(`main a[href="/${lang}/contact/"]`)?.textContent).toBe(text(lang, 'notfound.contact'));
  });

  it('the site-wide page links the contact page in each of its six languages', () => {
    const doc = parse(fs.readFileSync('dist/404.html', 'utf8'));
    for (const lang of LANG_CODES)
      expect(doc.querySelector(`section[lang="${lang}"] a[href="/${lang}/contact/"]`)?.textContent, lang).toBe(
        text(lang, 'notfound.contact'),
      );
  });
});

describe('the how-to-cite example', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('siteUrl') });
  });
  afterAll(async () => ctx?.close());

  it.each(['en', 'fr', 'ar'])('in %s shows exactly what the copy buttons of that clause copy', async (lang) => {
    const site = inject('siteUrl');
    const page = await ctx.newPage();
    await page.goto(`${site}/${lang}/cite/`);
    const shown = await page.locator('.cite-example dd').allTextContents();
    const [, label = '', link = '', neutral = '', citation = ''] = shown;
    const href = await page.locator('.cite-example dd a').getAttribute('href');
    expect(link).toBe(`${siteConfig.origin}${href}#${link.split('#')[1]}`);
    const id = link.split('#')[1]!;
    await page.goto(`${site}${href}`);
    await page.locator(`#${id} > p > a:first-child`).focus();
    const colon = getLanguage(lang).colon;
    const copied: string[] = [];
    for (const key of ['clause.copyLink', 'clause.copyNeutral', 'clause.copyCitation']) {
      await page.getByRole('button', { name: `${text(lang, key)}${colon}${label}` }).click();
      await expect.poll(() => page.locator(`#${id} [role="status"]`).textContent()).toBe(text(lang, 'clause.copied'));
      copied.push(await page.evaluate(() => navigator.clipboard.readText()));
    }
    expect(copied).toEqual([link, neutral, citation]);
    await page.close();
  });
});
