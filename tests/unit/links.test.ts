import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/links.ts';

function site(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  for (const [name, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), html);
  }
  return root;
}

describe('the link checker', () => {
  it('accepts links to existing pages, files and fragments', () => {
    const root = site({
      'index.html':
        '<a href="/en/">en</a><a href="/en/#para_1">p1</a><link href="/style.css"><a href="en/#para_1">relative</a>',
      'en/index.html': '<p id="para_1">x</p><a href="#para_1">self</a><a href="../">up</a>',
      'style.css': '',
    });
    const r = checkLinks(root);
    expect(r.broken).toEqual([]);
    expect(r.checked).toBe(6);
  });

  it('reports a missing page, a missing fragment and a missing trailing-slash index', () => {
    const root = site({
      'index.html': '<a href="/fr/">no</a><a href="/en/#para_9">frag</a><a href="/missing.css">css</a>',
      'en/index.html': '<p id="para_1">x</p>',
    });
    const r = checkLinks(root);
    expect(r.broken.map((b) => b.link)).toEqual(['/fr/', '/en/#para_9', '/missing.css']);
    expect(r.broken[1]?.reason).toContain('para_9');
  });

  it('reports a link that reaches a file beside the site folder (whose name starts like it) as broken', () => {
    const root = site({ 'index.html': 'x' });
    const beside = `${root}.tmp-1`;
    fs.mkdirSync(beside);
    fs.writeFileSync(path.join(beside, 'page.html'), 'outside');
    fs.writeFileSync(path.join(root, 'index.html'), `<a href="/..%2F${path.basename(beside)}%2Fpage.html">out</a>`);
    expect(checkLinks(root).broken.map((b) => b.reason)).toEqual(['no such page or file']);
  });

  it('checks absolute links on the public origin as internal, and lists other origins as external', () => {
    const root = site({
      'index.html': '<link rel="canonical" href="https://texts.example/en/"><a href="https://elsewhere.example/">x</a>',
    });
    const r = checkLinks(root, { origin: 'https://texts.example' });
    expect(r.broken).toEqual([{ page: '/', link: 'https://texts.example/en/', reason: 'no such page or file' }]);
    expect(r.external).toEqual([{ page: '/', link: 'https://elsewhere.example/' }]);
  });
});
