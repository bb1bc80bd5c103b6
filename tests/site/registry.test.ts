import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

/** The same promises through the bundled server and through nginx with the shipped configuration. */
const SERVERS = [
  { server: 'the bundled server', url: () => inject('fixtureUrl'), tombstoneStatus: 200 },
  { server: 'nginx', url: () => inject('nginxFixtureUrl'), tombstoneStatus: 410 },
];

describe.each(SERVERS)(
  'published links that moved or were withdrawn still land ($server)',
  ({ url, tombstoneStatus }) => {
    let ctx: BrowserContext;
    beforeAll(async () => {
      ctx = await launch();
    });
    afterAll(async () => ctx?.close());

    it("a moved document's old URL redirects to the new one, keeping the clause", async () => {
      const page = await ctx.newPage();
      await page.goto(`${url()}/es/2030/old-convention/#art_2__para_1`);
      await page.waitForURL('**/es/2030/model-convention/#art_2__para_1');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('art_2__para_1');
      await page.close();
    });

    it('a moved document with renumbered clauses maps the old clause to the new one', async () => {
      const page = await ctx.newPage();
      await page.goto(`${url()}/en/2030/draft-statement/#para_1`);
      await page.waitForURL('**/en/2030/partial-note/#para_3');
      await page.close();
    });

    it('without JavaScript, the old URL still offers the new one (meta refresh and link)', async () => {
      const noJs = await launch({ javaScriptEnabled: false });
      const page = await noJs.newPage();
      await page.goto(`${url()}/fr/2030/old-convention/`);
      await page.waitForURL('**/fr/2030/model-convention/');
      await noJs.close();
    });

    it("a renumbered clause's old fragment moves on to the clause's new id", async () => {
      const page = await ctx.newPage();
      await page.goto(`${url()}/ru/2030/model-convention/#art_3`);
      await page.waitForURL('**/ru/2030/model-convention/#art_2__para_2');
      await page.close();
    });

    it("a withdrawn clause's old fragment lands on a note that says so", async () => {
      const page = await ctx.newPage();
      await page.goto(`${url()}/en/2030/partial-note/#para_4`);
      expect(await page.locator('#para_4').textContent()).toContain('withdrawn');
      await page.close();
    });

    it(`a withdrawn document's URL shows a tombstone that explains and links to its replacement (status ${tombstoneStatus})`, async () => {
      const page = await ctx.newPage();
      const res = await page.goto(`${url()}/zh/2030/retired-note/`);
      expect(res?.status()).toBe(tombstoneStatus);
      expect(await page.locator('h1').textContent()).toBe('本文件已撤回');
      expect(await page.locator('blockquote').textContent()).toContain('withdrawn for tests');
      expect(await page.locator('main a[href="/zh/2030/partial-note/"]').count()).toBe(1);
      expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
      await page.close();
    });
  },
);
