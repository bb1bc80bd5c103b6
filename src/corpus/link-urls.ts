import type { Definition, Image, ImageReference, Link, Root } from 'mdast';
import { eachNode } from './parse-mdx.ts';

/**
 * Links and images in a text, checked before anything is rendered: a link goes to a web page
 * (http, https), an e-mail address (mailto:) or a page of this site; an image is a file of this
 * site. Anything else (javascript:, data:, file:, …) could run code or read the reader's files,
 * and an image from another site would make the reader's browser ask that site for it.
 */
export interface LinkProblem {
  line: number;
  field: string;
  message: string;
}

/** The scheme a browser would see: it ignores ASCII whitespace and control characters in a URL. */
const schemeOf = (url: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters from a URL, so the check must too.
  /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
/** `//host/…` (and `\\host`, which browsers read the same way) leaves the site without a scheme. */
const otherHost = (url: string) => /^[\\/]{2}/.test(url.trim());

export function linkUrlProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined ? !otherHost(url) : ['http', 'https', 'mailto'].includes(scheme)) return undefined;
  return `"${url.slice(0, 60)}" is not an allowed link: write a web address (https://…), a mailto: address or a page of this site (/en/2023/…); ${scheme ? `${scheme}: links` : 'links starting with //'} are not allowed`;
}

export function imageUrlProblem(url: string): string | undefined {
  if (schemeOf(url) === undefined && !otherHost(url) && url.trim().startsWith('/')) return undefined;
  return `"${url.slice(0, 60)}" is not a file of this site: the archive makes no requests to other sites; put the image in public/ and write its path from the site root (![description](/images/…))`;
}

export function linkProblems(tree: Root, lineOffset: number): LinkProblem[] {
  const out: LinkProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 0) + lineOffset;
  const defs = new Map<string, string>();
  const imageRefs: ImageReference[] = [];
  eachNode(tree, (n) => {
    const node = n as Link | Definition | Image | ImageReference;
    if (node.type === 'link' || node.type === 'definition') {
      // A definition (`[x]: url`) may serve an image reference too: it is checked as a link here
      // and, when an image uses it, as an image below.
      const message = linkUrlProblem(node.url);
      if (message) out.push({ line: lineOf(node), field: node.type === 'link' ? 'link' : 'link definition', message });
      if (node.type === 'definition') defs.set(node.identifier, node.url);
    } else if (node.type === 'image') {
      const message = imageUrlProblem(node.url);
      if (message) out.push({ line: lineOf(node), field: 'image', message });
    } else if (node.type === 'imageReference') imageRefs.push(node);
  });
  // Images written by reference (![x][id]) take their address from a definition.
  for (const node of imageRefs) {
    const url = defs.get(node.identifier);
    const message = url === undefined ? undefined : imageUrlProblem(url);
    if (message) out.push({ line: lineOf(node), field: 'image', message });
  }
  return out;
}
