import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroImports, importCycles, importGraph, runtimeImports } from '../support/import-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const shown = (loop: string[]) => loop.map((f) => path.relative(ROOT, f)).join(' → ');

describe('imports go one way', () => {
  it('no module of src/, scripts/ or astro.config.mjs imports itself back, .astro files included', () => {
    const graph = importGraph(['src', 'scripts', 'astro.config.mjs'].map((p) => path.join(ROOT, p)));
    // The scan must see the whole project, .astro frontmatter and <script> tags included.
    expect(graph.get(path.join(ROOT, 'src/pages/[lang]/search/index.astro'))).toContain(
      path.join(ROOT, 'src/client/search.ts'),
    );
    const cycles = importCycles(graph).map(shown);
    expect(
      cycles,
      `Import cycles (break each: move what both sides need into a module that neither imports back):\n${cycles.join('\n')}`,
    ).toEqual([]);
  });

  it('plugins import nothing from src/corpus: they take what they need through their options', () => {
    const graph = importGraph([path.join(ROOT, 'src/plugins')]);
    const corpus = path.join(ROOT, 'src/corpus') + path.sep;
    const back = [...graph].flatMap(([file, deps]) =>
      deps.filter((d) => d.startsWith(corpus)).map((d) => shown([file, d])),
    );
    expect(back).toEqual([]);
  });
});

describe('the cycle check', () => {
  it('reads runtime imports, re-exports and import(), and leaves out type-only imports', () => {
    const code = `import a from './a.ts';\nimport type { B } from './b.ts';\nimport { type C } from './c.ts';\nexport { d } from './d.ts';\nexport type { E } from './e.ts';\nconst f = await import('./f.ts');\nconst g: Array<Map<string, number>> = [];`;
    expect(runtimeImports(code)).toEqual(['./a.ts', './c.ts', './d.ts', './f.ts']);
  });

  it("reads an .astro file's frontmatter, inline scripts and <script src>", () => {
    const astro = `---\nimport Base from './Base.astro';\nimport type { P } from './p.ts';\n---\n<Base><p>{1 < 2}</p></Base>\n<script>import { go } from './go.ts'; go();</script>\n<script src="./search.ts"></script>`;
    expect(astroImports(astro)).toEqual(['./Base.astro', './go.ts', './search.ts']);
  });

  it('finds a cycle that passes through an .astro component and names its files in order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), `import { b } from './b.ts';\nexport const a = 1;`);
    fs.writeFileSync(path.join(dir, 'b.ts'), `import './C.astro';\nexport const b = 2;`);
    fs.writeFileSync(path.join(dir, 'C.astro'), `---\nimport { a } from './a.ts';\n---\n<p>{a}</p>`);
    fs.writeFileSync(path.join(dir, 'd.ts'), `import type { a } from './a.ts';\nimport { b } from './b.ts';`);
    const cycles = importCycles(importGraph([dir])).map((loop) => loop.map((f) => path.basename(f)));
    expect(cycles).toEqual([['C.astro', 'a.ts', 'b.ts', 'C.astro']]);
  });
});
