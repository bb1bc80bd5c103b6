import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useT } from '../../src/i18n/i18n.ts';
import { LANG_CODES, type LangCode } from '../../src/i18n/languages.ts';
import { launch } from './browser.ts';

/**
 * Issue 13: a fact the sources do not plainly print (a derived closing date, a status only one
 * source gives) is shown with its basis wherever it appears, in the reader's language, with a
 * link to the source it rests on. Read from the shipped corpus: its meta.yaml files say which
 * facts are qualified.
 */
let ctx: BrowserContext;
beforeAll(async () => {
  ctx = await launch({ javaScriptEnabled: false });
});
afterAll(async () => ctx?.close());

/** The text of the `<dd>` after the `<dt>` with this label, in the page's first facts box. */
async function fact(page: Page, label: string) {
  return page.locator('dl.facts dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]');
}

describe('qualified facts in the facts box', () => {
  it.each(LANG_CODES)('shows a status resting on one source as such, linked to that source (%s)', async (lang) => {
    const t = useT(lang as LangCode);
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/${lang}/2023/public-security-concept/`);
    const status = await fact(page, t('meta.status'));
    await expect(status.innerText()).resolves.toContain(`${t('status.adopted')} — ${t('qualifier.single-source')} [1]`);
    const link = status.locator('.qualifier a');
    expect(await link.getAttribute('href')).toBe('#source-commentary-2024');
    // the link lands on the source's entry in the list of sources of the same page
    expect(await page.locator('#source-commentary-2024').count()).toBe(1);
    await page.close();
  });

  it("shows a status the archive read from a source's words as worked out, not as plain fact", async () => {
    const t = useT('en');
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    const status = await fact(page, t('meta.status'));
    expect((await status.innerText()).trim()).toBe(`${t('status.announced')} — ${t('qualifier.derived')} [1]`);
    await page.close();
  });

  it('leaves an unqualified fact bare', async () => {
    const t = useT('en');
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/en/2023/data-security-consensus/`);
    expect(await (await fact(page, t('meta.date'))).locator('.qualifier').count()).toBe(0);
    await page.close();
  });
});

describe('qualified facts elsewhere', () => {
  it('the edition page shows a derived closing date as worked out by the archive', async () => {
    const t = useT('ar');
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/ar/2023/`);
    const date = await fact(page, t('meta.date'));
    await expect(date.locator('.qualifier').innerText()).resolves.toContain(t('qualifier.derived'));
    expect(await date.locator('.qualifier a').getAttribute('href')).toBe('#source-scmp-2023');
    await page.close();
  });

  it.each(LANG_CODES)(
    'the edition page shows dates the sources disagree on as such, linked to both sources (%s)',
    async (lang) => {
      const t = useT(lang as LangCode);
      const page = await ctx.newPage();
      await page.goto(`${inject('siteUrl')}/${lang}/2024/`);
      const date = await fact(page, t('meta.date'));
      const q = date.locator('.qualifier');
      expect(await q.getAttribute('data-basis')).toBe('sources-differ');
      expect((await q.innerText()).trim()).toBe(`— ${t('qualifier.sources-differ')} [1] [2]`);
      const links = q.locator('a');
      expect(await links.nth(0).getAttribute('href')).toBe('#source-commentary-2024');
      expect(await links.nth(1).getAttribute('href')).toBe('#source-china-daily-2024');
      for (const id of ['commentary-2024', 'china-daily-2024'])
        expect(await page.locator(`#source-${id}`).count()).toBe(1);
      // the theme rests on the commentary alone
      const theme = await fact(page, t('meta.theme'));
      await expect(theme.locator('.qualifier').innerText()).resolves.toContain(`${t('qualifier.single-source')} [1]`);
      expect(await theme.locator('.qualifier a').getAttribute('href')).toBe('#source-commentary-2024');
      await page.close();
    },
  );

  it('the home page qualifies edition dates and labels translated themes', async () => {
    const t = useT('fr');
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/fr/`);
    const card2024 = page.locator('.cards li', { has: page.locator('a[href="/fr/2024/"]') });
    const q = card2024.locator('time + .qualifier a');
    expect(await q.innerText()).toBe(t('qualifier.sources-differ'));
    expect(await q.getAttribute('href')).toBe('/fr/2024/#source-commentary-2024');
    // the theme, resting on the commentary alone, says so beside it
    const theme = card2024.locator('p .qualifier a');
    expect(await theme.innerText()).toBe(t('qualifier.single-source'));
    expect(await theme.getAttribute('href')).toBe('/fr/2024/#source-commentary-2024');
    await expect(card2024.innerText()).resolves.toContain(t('meta.archiveTranslation'));
    // pledges made in a speech are not counted as a document
    await expect(card2024.innerText()).resolves.toContain(
      `${t('documents.count', { count: 1 })} · ${t('documents.countCommitments', { count: 1 })}`,
    );
    await page.close();
  });

  it("the catalogue shows each adopted status with its basis, and marks translated titles as the archive's", async () => {
    const t = useT('zh');
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/zh/documents/`);
    const item = page.locator('.doc-list li', { has: page.locator('a[href="/zh/2023/cooperation-initiative/"]') });
    await expect(item.locator('.meta').innerText()).resolves.toContain(
      `${t('status.adopted')} — ${t('qualifier.single-source')}`,
    );
    expect(await item.locator('.qualifier a').getAttribute('href')).toBe(
      '/zh/2023/cooperation-initiative/#source-commentary-2024',
    );
    expect((await item.locator('.title-note').innerText()).trim()).toBe(t('meta.archiveTranslation'));
    await page.close();
  });
});
