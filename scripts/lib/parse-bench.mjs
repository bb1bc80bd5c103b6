/**
 * How much MDX parsing costs over plain Markdown on the same texts (the question
 * "plain .md where a file needs no MDX"): parses every version of a corpus with
 * remark-parse + remark-gfm, with and without remark-mdx, and the way the content
 * check parses (GFM only where a text could use it), and prints JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mayUseGfm } from '../../src/corpus/parse-mdx.ts';

const dir = process.argv[2];
const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx'));
// Without MDX, <Ref …/> would be raw HTML; strip the components so both parse the same prose.
const bodies = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''));
const plain = bodies.map((b) => b.replace(/<(Ref|Src|Clause)\b[^>]*\/>/g, ''));
const md = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const time = (proc, texts) => {
  const t0 = performance.now();
  for (const t of texts) proc.parse(t);
  return performance.now() - t0;
};
time(md, plain.slice(0, 50));
time(mdx, bodies.slice(0, 50)); // warm up
const mdMs = time(md, plain);
const mdxMs = time(mdx, bodies);
// What the content check does: GFM only for texts that contain one of its trigger characters.
const mdxOnly = unified().use(remarkParse).use(remarkMdx);
const t0 = performance.now();
for (const b of bodies) (mayUseGfm(b) ? mdx : mdxOnly).parse(b);
const usedMs = performance.now() - t0;
console.log(JSON.stringify({ files: files.length, mdMs: Math.round(mdMs), mdxMs: Math.round(mdxMs), mdxOverMd: Math.round((mdxMs / mdMs) * 100) / 100, usedMs: Math.round(usedMs) }));
