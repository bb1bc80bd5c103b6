import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';
import { PAGE_CASES } from './pages.ts';

/**
 * What a reader on a small phone depends on, on every page type in every language, at 320 CSS
 * pixels (the narrowest width WCAG 1.4.10 Reflow asks for): no text or control runs out of the
 * window (a table may scroll inside its own frame), the header's links and search box are not
 * covered by anything, the content starts below the header, and pages read from their start edge
 * (the right in Arabic). A failing page is saved as tests/.out/layout/<page>.png to look at.
 */
const WIDTH = 320;

/** Runs in the page: every problem found, as a sentence. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const nameOf = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
  // Content inside a box that scrolls or clips on its own (the coverage table) may be wider.
  const framed = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    return false;
  };
  const skipped = (el: Element) => !!el.closest('.visually-hidden, .skip-link, [hidden]') || framed(el);

  if (document.documentElement.scrollWidth > vw + 1)
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${vw}px window`);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent?.trim() || !el || skipped(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const out = [...range.getClientRects()].find((r) => r.width > 0 && (r.right > vw + 1 || r.left < -1));
    if (out)
      problems.push(
        `text runs out of the window (${Math.round(out.left)}–${Math.round(out.right)}px): "${node.textContent.trim().slice(0, 50)}" in ${nameOf(el)}`,
      );
  }
  for (const el of document.querySelectorAll('input, button, select, img, table, pre')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && !skipped(el) && (r.right > vw + 1 || r.left < -1))
      problems.push(`${nameOf(el)} runs out of the window (${Math.round(r.left)}–${Math.round(r.right)}px)`);
  }

  const header = document.querySelector('.site-header');
  const main = document.querySelector('main');
  if (header && main) {
    if (main.getBoundingClientRect().top < header.getBoundingClientRect().bottom - 1)
      problems.push('the content starts under the header');
    // Each link, field and button of the header is what a tap at its centre reaches.
    for (const el of header.querySelectorAll('a, input, button')) {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      if (!r.width || !r.height || x < 0 || y < 0) continue; // the skip link waits above the window until focused
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit)))
        problems.push(
          `${nameOf(el)} "${el.textContent?.trim()}" in the header is covered by ${hit ? nameOf(hit) : 'nothing visible'}`,
        );
    }
  }

  // Reading order: the site name and the page's first heading start at the start edge of their
  // container (the right in a right-to-left page); a heading in another direction (a title shown
  // in its original language) starts at its own start edge.
  const startsAtStart = (el: Element | null, box: Element | null, what: string) => {
    if (!el || !box) return;
    const range = document.createRange();
    range.selectNodeContents(el);
    // The first line may be several boxes (one per run of one direction): take them all.
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const top = Math.min(...rects.map((r) => r.top));
    const line = rects.filter((r) => r.top < top + 4);
    if (!line.length) return;
    const b = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const rtl = getComputedStyle(el).direction === 'rtl';
    const edge = rtl ? b.right - parseFloat(style.paddingRight) : b.left + parseFloat(style.paddingLeft);
    const at = rtl ? Math.max(...line.map((r) => r.right)) : Math.min(...line.map((r) => r.left));
    if (Math.abs(at - edge) > 4)
      problems.push(
        `${what} starts at ${Math.round(at)}px, not at the ${rtl ? 'right' : 'left'} edge (${Math.round(edge)}px)`,
      );
  };
  startsAtStart(
    document.querySelector('.site-header .brand'),
    document.querySelector('.site-header .bar'),
    'the site name',
  );
  startsAtStart(
    document.querySelector('main h1'),
    document.querySelector('main h1')?.parentElement ?? null,
    'the first heading',
  );
  if (getComputedStyle(document.body).direction !== document.documentElement.dir)
    problems.push(
      `the body is laid out ${getComputedStyle(document.body).direction}, the page says dir="${document.documentElement.dir}"`,
    );
  return problems;
}

describe(`layout at ${WIDTH} px, every page type in every language`, () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launch({ viewport: { width: WIDTH, height: 640 } });
  });
  afterAll(async () => ctx?.close());

  it.each(PAGE_CASES)(
    '$type page in $lang ($path) fits the window and reads from its start edge',
    async ({ type, lang, site, path, waitFor }) => {
      const page: Page = await ctx.newPage();
      await page.goto((site === 'site' ? inject('siteUrl') : inject('fixtureUrl')) + path);
      if (waitFor) await page.locator(waitFor).first().waitFor();
      const problems = await page.evaluate(layoutProblems);
      if (problems.length) {
        fs.mkdirSync('tests/.out/layout', { recursive: true });
        const file = `tests/.out/layout/${type.replace(/\W+/g, '-')}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        problems.push(`(see ${file})`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the layout check itself', () => {
  it('finds text that runs out of the window, a covered header link and a page laid out against its direction', async () => {
    const ctx = await launch({ viewport: { width: WIDTH, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(`${inject('siteUrl')}/ar/`);
    // What a careless stylesheet could do: a line that cannot wrap, a banner over the header, the wrong direction.
    await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('main p')!;
      p.textContent = 'x '.repeat(200);
      p.style.whiteSpace = 'nowrap';
      const banner = document.createElement('div');
      banner.className = 'banner';
      Object.assign(banner.style, { position: 'fixed', inset: '0 0 auto 0', height: '200px', background: 'white' });
      document.body.append(banner);
      document.body.dir = 'ltr';
    });
    const problems = (await page.evaluate(layoutProblems)).join('\n');
    await ctx.close();
    expect(problems).toMatch(/the page is \d+px wide in a 320px window/);
    expect(problems).toMatch(/text runs out of the window \(16–\d+px\): "x x x/);
    expect(problems).toMatch(/in the header is covered by <div\.banner>/);
    expect(problems).toMatch(/the body is laid out ltr, the page says dir="rtl"/);
  });
});
