import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph, `.astro` files included (madge does not read them): their
 * frontmatter, their `<script>` tags and the files those tags name. Only imports that run
 * count: `import type` and `export type` vanish before the code runs and cannot make a
 * module wait for another. TypeScript's parser reads the code (a direct dependency, and it
 * knows type-only imports, which a lexer such as es-module-lexer cannot tell apart).
 */

const CODE = /\.(ts|mts|js|mjs)$/;

/** Specifiers of the imports and re-exports in `code` that load a module at run time. */
export function runtimeImports(code: string, fileName = 'x.ts'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** What an `.astro` file imports: its frontmatter's imports, its inline scripts' imports, and `<script src>`. */
export function astroImports(text: string): string[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const body = text.slice(front ? text.indexOf('---', 3) + 3 : 0);
  const out = runtimeImports(front, 'front.ts');
  for (const m of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']([^"']+)["']/.exec(m[1] ?? '')?.[1];
    if (src) out.push(src);
    else out.push(...runtimeImports(m[2] ?? '', 'script.ts'));
  }
  return out;
}

/** The file a relative specifier names (package and virtual imports, `astro:content`, are not ours). */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec.split('?')[0] ?? spec);
  for (const candidate of [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function filesUnder(entry: string): string[] {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry, { withFileTypes: true }).flatMap((d) => filesUnder(path.join(entry, d.name)));
}

/** file → the project files it imports at run time, for every code and `.astro` file under `entries`. */
export function importGraph(entries: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of entries.flatMap(filesUnder).filter((f) => CODE.test(f) || f.endsWith('.astro'))) {
    const text = fs.readFileSync(file, 'utf8');
    const specs = file.endsWith('.astro') ? astroImports(text) : runtimeImports(text, file);
    graph.set(file, [...new Set(specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null))]);
  }
  return graph;
}

/**
 * The import cycles of a graph: its strongly connected components of more than one file (or a
 * file importing itself), by Tarjan's algorithm. Each comes as one loop through its files, in
 * import order, the first file repeated at the end (a → b → a), so a message can show it.
 */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return components.map((c) => loopThrough(graph, new Set(c)));
}

/** One loop through a component: the shortest path from its first file (sorted) back to itself. */
function loopThrough(graph: Map<string, string[]>, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u && u !== start; u = previous.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
