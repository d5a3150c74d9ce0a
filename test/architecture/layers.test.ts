/**
 * The layers of src/, read from the import statements themselves (a small
 * parser rather than dependency-cruiser: the rule is a dozen lines, the tool
 * would be a large devDependency with its own config language for the same
 * check). Type-only imports count: a type that crosses a layer the wrong way
 * is the same design problem as a value that does.
 *
 *   model ← diagnostics ← load ← domain ← rules ← check ← views ← formats ← cli
 *
 * authoring sits beside views: it may import check and below, and views and
 * authoring do not import each other. The library entry (src/index.ts) may
 * import everything but cli.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const ORDER = ['model', 'diagnostics', 'load', 'domain', 'rules', 'check', 'views', 'formats', 'cli'] as const;

/** The layer of a file under src/: its first folder, `authoring` beside views, `api` for the library entry. */
function layerOf(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  if (rel.length === 1) return 'api';
  return rel[0]!;
}

const rank = (layer: string): number => (layer === 'authoring' ? ORDER.indexOf('views') : ORDER.indexOf(layer as (typeof ORDER)[number]));

/** Whether a file in layer `from` may import one in layer `to`. */
export function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  if (from === 'api') return to !== 'cli';
  if (to === 'api') return false;
  if ((from === 'views' && to === 'authoring') || (from === 'authoring' && to === 'views')) return false;
  // Formats render views; they have no business with authoring either.
  if (from === 'formats' && to === 'authoring') return false;
  return rank(to) < rank(from);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Relative specifiers of every static import, re-export and dynamic import(), comments removed first. */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const specs: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s])import\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs.filter((s) => s.startsWith('.'));
}

const files = sourceFiles(SRC);
const graph = new Map<string, string[]>(
  files.map((f) => [f, importsOf(readFileSync(f, 'utf8')).map((s) => resolve(dirname(f), s).replace(/\.js$/, '.ts'))]),
);

/** Tarjan's strongly connected components with more than one file (or a file importing itself). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.map((f) => relative(SRC, f)).sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('the layers of src/', () => {
  it('finds the imports it is meant to judge', () => {
    expect(importsOf(`import type { A } from './a.js';\nimport {\n  b,\n} from '../b.js';\nexport { c } from "./c.js";\nimport './side.js';\nconst d = await import('./d.js');\n// import { e } from './e.js';\n/* import f from './f.js' */\nimport { g } from 'commander';`)).toEqual([
      './a.js',
      '../b.js',
      './c.js',
      './side.js',
      './d.js',
    ]);
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  it('knows the rule: only leftward, authoring beside views, the library entry above all but cli', () => {
    expect(allowed('rules', 'domain')).toBe(true);
    expect(allowed('domain', 'rules')).toBe(false);
    expect(allowed('formats', 'views')).toBe(true);
    expect(allowed('views', 'formats')).toBe(false);
    expect(allowed('authoring', 'check')).toBe(true);
    expect(allowed('authoring', 'views')).toBe(false);
    expect(allowed('views', 'authoring')).toBe(false);
    expect(allowed('cli', 'authoring')).toBe(true);
    expect(allowed('api', 'formats')).toBe(true);
    expect(allowed('api', 'cli')).toBe(false);
    expect(allowed('cli', 'api')).toBe(false);
  });

  it('has every file in a known layer', () => {
    const unknown = files.map(layerOf).filter((l) => l !== 'api' && l !== 'authoring' && !ORDER.includes(l as (typeof ORDER)[number]));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('imports only leftward', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      for (const to of tos) {
        if (!allowed(layerOf(from), layerOf(to))) wrong.push(`${relative(SRC, from)} → ${relative(SRC, to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('resolves every relative import to a file in src/', () => {
    const missing = [...graph].flatMap(([from, tos]) => tos.filter((t) => !graph.has(t)).map((t) => `${relative(SRC, from)} → ${relative(SRC, t)}`));
    expect(missing).toEqual([]);
  });
});
