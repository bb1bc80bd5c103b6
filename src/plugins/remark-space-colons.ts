import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { spaceColons } from '../utils/typography.ts';
import { fileContext } from './file-context.ts';

/**
 * Sets the space before a colon in a text as its language wants it (see `spaceColons`):
 *
 * ```md
 * Le forum a adopté trois documents : « … »
 * ```
 * becomes `Le forum a adopté trois documents\u202f: « … »` in French, and stays as written in
 * languages without a space before the colon. Link targets are not text and stay as they are.
 */
export function remarkSpaceColons() {
  return (tree: Root, file: VFile) => {
    const ctx = fileContext(file.path);
    if (!ctx) return;
    const walk = (node: Nodes) => {
      if (node.type === 'text') node.value = spaceColons(node.value, ctx.lang);
      else if ('children' in node) for (const k of node.children) walk(k as Nodes);
    };
    walk(tree);
  };
}
