import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { ancestors } from './scope.js';

const YAML_EXT = /\.ya?ml$/i;

/** The folder that bounds the search upwards: the nearest with .git, else the cwd. */
function boundary(dir: string, cwd: string): string | undefined {
  for (const d of ancestors(dir)) if (existsSync(join(d, '.git'))) return d;
  const rel = relative(cwd, dir);
  return !rel.startsWith('..') && !isAbsolute(rel) ? cwd : undefined;
}

/**
 * Files that are not being checked but that references may need: the YAML
 * files of every folder from each target up to the repository root. This is
 * what lets a pre-commit hook check one changed plan against unchanged units.
 */
export function contextFiles(targets: readonly string[], cwd: string): string[] {
  const chosen = new Set(targets);
  const out = new Set<string>();
  const visited = new Set<string>();
  for (const t of targets) {
    const start = t === '-' ? cwd : dirname(t);
    const stop = boundary(start, cwd);
    if (!stop) continue;
    for (const d of ancestors(start)) {
      if (!visited.has(d)) {
        visited.add(d);
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
