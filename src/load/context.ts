import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { ancestors } from './ancestors.js';

const YAML_EXT = /\.ya?ml$/i;

/** The folder that bounds the search upwards: the nearest with .git, else the cwd. */
function boundary(dir: string, cwd: string, gitCache: Map<string, boolean>): string | undefined {
  for (const d of ancestors(dir)) {
    let has = gitCache.get(d);
    if (has === undefined) gitCache.set(d, (has = existsSync(join(d, '.git'))));
    if (has) return d;
  }
  const rel = relative(cwd, dir);
  return !rel.startsWith('..') && !isAbsolute(rel) ? cwd : undefined;
}

/**
 * Files that are not being checked but that references may need: the YAML
 * files of every folder from each target up to the repository root. This is
 * what lets a pre-commit hook check one changed plan against unchanged units.
 */
export function contextFiles(targets: readonly string[], cwd: string, walked: ReadonlySet<string> = new Set()): string[] {
  const chosen = new Set(targets);
  const out = new Set<string>();
  const visited = new Set<string>();
  const gitCache = new Map<string, boolean>();
  const starts = new Set(targets.map((t) => (t === '-' ? cwd : dirname(t))));
  for (const start of starts) {
    const stop = boundary(start, cwd, gitCache);
    if (!stop) continue;
    for (const d of ancestors(start)) {
      // A folder already read was read with all its ancestors up to the same boundary.
      if (visited.has(d)) break;
      visited.add(d);
      if (!walked.has(d)) {
        let names: string[] = [];
        try {
          names = readdirSync(d).filter((n) => YAML_EXT.test(n) && !n.startsWith('.'));
        } catch {
          /* unreadable folder: nothing to add */
        }
        for (const n of names) if (!chosen.has(join(d, n))) out.add(join(d, n));
      }
      if (d === stop) break;
    }
  }
  return [...out].sort();
}
