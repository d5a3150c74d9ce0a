import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CheckCache } from '../check/cache.js';
import type { Walked } from '../check/cache-file.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { IO } from './io.js';
import { resolveArgs, type ResolvedArgs } from './workspace-args.js';

/**
 * `resolveArgs` for `validate --cache`: when every argument is a folder, the whole walk
 * (target and context files) is kept in the cache and taken back while no folder it
 * listed changed in an entry a walk reads (src/check/cache.ts: `walked`). Besides the
 * listings, the walk looks at the cwd's .thiduaignore and at the .git of each folder
 * above the arguments (src/load/context.ts bounds its search there): those are probes,
 * asked again each run.
 */
export async function resolveWithCache(paths: string[], io: IO, lang: Lang, ignore: readonly string[], cache: CheckCache): Promise<ResolvedArgs> {
  const list = (d: string): ReturnType<CheckCache['list']> => cache.list(d);
  const args = paths.length ? paths : ['.'];
  if (args.some((a) => a === '-' || /[*?]/.test(a))) return resolveArgs(paths, io, lang, ignore, list);
  const probes: Walked['probes'] = [];
  const probe = (p: string): number => probes.push([p, existsSync(p)]);
  probe(join(io.cwd, '.thiduaignore'));
  const above = new Set<string>();
  for (const a of args) for (let d = resolve(io.cwd, a), up = dirname(d); up !== d; d = up, up = dirname(d)) above.add(up);
  [...above].sort().forEach((d) => probe(join(d, '.git')));
  const key = JSON.stringify([args.map((a) => resolve(io.cwd, a)), io.cwd, ignore]);
  const hit = cache.walked(key, probes);
  if (hit) return { files: hit.files, context: hit.context, problems: new Map(), found: { has: (f) => sortedHas(hit.files, f) } };
  const r = await resolveArgs(paths, io, lang, ignore, list);
  // Only a walk that found every file in a folder, without a problem and without a .thiduaignore in the cwd.
  if (!probes[0]![1] && r.problems.size === 0 && r.stdin === undefined && r.files.every((f) => r.found.has(f))) cache.keepWalk(key, { files: r.files, context: r.context, probes });
  return r;
}

/** Whether a sorted list holds a path: the walk's files come sorted, and a set of 50,000 paths costs more to build than the few lookups a cached run makes. */
function sortedHas(sorted: readonly string[], f: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < f) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === f;
}
