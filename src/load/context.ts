import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { ancestors } from './ancestors.js';

const YAML_EXT = /\.ya?ml$/i;

/**
 * The folder that bounds the search upwards: the nearest with .git, else the
 * cwd when the file is inside it, else the file's own folder — a plan named by
 * a path outside the cwd still has its neighbours.
 */
function boundary(dir: string, cwd: string, gitCache: Map<string, boolean>): string {
  for (const d of ancestors(dir)) {
    let has = gitCache.get(d);
    if (has === undefined) gitCache.set(d, (has = existsSync(join(d, '.git'))));
    if (has) return d;
  }
  const rel = relative(cwd, dir);
  return !rel.startsWith('..') && !isAbsolute(rel) ? cwd : dir;
}

/** Where a file really is: a symlinked plan's neighbours are those of the file it leads to. */
function real(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

/** The regular .yaml files of a folder; a FIFO, device or socket there is never opened. */
function yamlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // Context is a help for references; an unreadable folder above the targets is not a finding about them.
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (!YAML_EXT.test(e.name) || e.name.startsWith('.')) continue;
    if (e.isFile()) out.push(join(dir, e.name));
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(join(dir, e.name)).isFile()) out.push(join(dir, e.name));
      } catch {
        /* a loop or a link to nothing: no neighbour */
      }
    }
  }
  return out;
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
  const starts = new Set<string>();
  for (const t of targets) {
    if (t === '-') starts.add(cwd);
    // Files found by the walk are where the walk found them; a named file may be a link.
    else if (walked.has(dirname(t))) starts.add(dirname(t));
    else {
      const r = real(t);
      chosen.add(r);
      starts.add(dirname(r));
    }
  }
  for (const start of starts) {
    const stop = boundary(start, cwd, gitCache);
    for (const d of ancestors(start)) {
      // A folder already read was read with all its ancestors up to the same boundary.
      if (visited.has(d)) break;
      visited.add(d);
      if (!walked.has(d)) for (const f of yamlFiles(d)) if (!chosen.has(f)) out.add(f);
      if (d === stop) break;
    }
  }
  return [...out].sort();
}
