import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { globToRegExp } from './glob.js';

/**
 * What a folder walk leaves out: `--ignore GLOB` (relative to the current
 * folder) and the lines of `.thiduaignore` files (relative to the folder that
 * holds them), in the gitignore style: blank lines and `#` comments skipped; a
 * pattern without `/` matches a name at any depth; one with `/` is anchored to
 * its folder; a trailing `/` matches folders only. Negation (`!`) is not
 * supported. A file named on the command line is never ignored.
 */
export interface IgnoreRule {
  base: string;
  re: RegExp;
  anchored: boolean;
  dirOnly: boolean;
}

export function ignoreRule(pattern: string, base: string): IgnoreRule | undefined {
  let p = pattern.trim();
  if (p === '' || p.startsWith('#') || p.startsWith('!')) return undefined;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  return { base, re: globToRegExp(p), anchored, dirOnly };
}

/** The rules of `.thiduaignore` in a folder, if there is one. */
export function ignoreFile(dir: string): IgnoreRule[] {
  let text: string;
  try {
    text = readFileSync(join(dir, '.thiduaignore'), 'utf8');
  } catch {
    return [];
  }
  return text.split(/\r?\n/).flatMap((l) => ignoreRule(l, dir) ?? []);
}

export function ignored(rules: readonly IgnoreRule[], abs: string, isDir: boolean): boolean {
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    const rel = relative(r.base, abs).split(sep).join('/');
    if (rel === '' || rel.startsWith('../')) continue;
    if (r.anchored ? r.re.test(rel) : r.re.test(basename(abs))) return true;
  }
  return false;
}
