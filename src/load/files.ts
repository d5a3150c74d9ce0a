import { readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

export interface Expanded {
  files: string[];
  /** Folders whose YAML files are all among `files` (walked for a folder argument). */
  walked: Set<string>;
  /** Arguments that named nothing: the CLI reports them and exits 2. */
  missing: string[];
}

const YAML_EXT = /\.ya?ml$/i;
const SKIP_DIR = new Set(['node_modules', '.git', 'dist']);

function walk(dir: string, out: string[], walked?: Set<string>): void {
  walked?.add(dir);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIR.has(e.name)) continue;
    // dir is already normalised: plain concatenation is what join would return, without its cost.
    const p = dir.endsWith(sep) ? dir + e.name : dir + sep + e.name;
    if (e.isDirectory()) walk(p, out, walked);
    else if (e.isFile() && YAML_EXT.test(e.name)) out.push(p);
  }
}

/** `*` within a segment, `**` across segments, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += /[.+^${}()|[\]\\]/.test(c) ? '\\' + c : c;
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (s: string): boolean => /[*?]/.test(s);

/** Files, directories (recursive over *.yaml/*.yml) and globs, in a stable order. */
export function expandPaths(args: string[], cwd: string): Expanded {
  const files = new Set<string>();
  const missing: string[] = [];
  const walked = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    if (isGlob(arg)) {
      const parts = arg.split('/');
      const baseParts: string[] = [];
      while (parts.length && !isGlob(parts[0]!)) baseParts.push(parts.shift()!);
      const base = resolve(cwd, baseParts.join('/') || '.');
      const re = globToRegExp(parts.join('/'));
      const found: string[] = [];
      walk(base, found);
      const hits = found.filter((f) => re.test(relative(base, f).split(sep).join('/')));
      if (hits.length === 0) missing.push(arg);
      hits.forEach((h) => files.add(h));
      continue;
    }
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, walked);
      found.forEach((f) => files.add(f));
    } else files.add(abs);
  }
  return { files: [...files].sort(), missing, walked };
}

/** Paths as users see them in messages: relative to cwd, forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  if (abs === '-') return '<stdin>';
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (abs.startsWith(base) && !abs.includes(sep + '.')) return sep === '/' ? abs.slice(base.length) : abs.slice(base.length).split(sep).join('/');
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
}
