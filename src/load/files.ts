import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globToRegExp } from './glob.js';
import { ignoreFile, ignored, ignoreRule, type IgnoreRule } from './ignore.js';
import { openProblem, type ReadProblem } from './read.js';

export interface Expanded {
  files: string[];
  /** Folders whose YAML files are all among `files` (walked for a folder argument). */
  walked: Set<string>;
  /** Arguments that named nothing: the CLI reports them and exits 2. */
  missing: string[];
  /**
   * Paths among `files` whose problem is known without reading them: a FIFO,
   * device or socket (never opened), a symlink loop, a folder the walk could not read.
   */
  problems: Map<string, ReadProblem>;
  /** Files found by walking a folder or matching a glob, not named one by one. */
  found: Set<string>;
  /** Whether each walked folder holds a `.git` (src/load/context.ts bounds its search there), known from the walk's listing. */
  git: Map<string, boolean>;
}

/** An entry of a folder's listing, as `readdirSync(dir, { withFileTypes: true })` gives it. */
export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** Lists a folder, throwing as readdirSync does; `validate --cache` answers from its record of unchanged folders. */
export type ListDir = (dir: string) => readonly DirEntry[];

export const listDir: ListDir = (dir) => readdirSync(dir, { withFileTypes: true });

const YAML_EXT = /\.ya?ml$/i;

/**
 * Whether a folder's entry can change what the walk or the context search
 * (src/load/context.ts) finds there: a folder, a YAML name, `.git` or
 * `.thiduaignore`. `validate --cache` reuses a whole walk when no listing
 * changed in these entries. `type` is a letter of src/check/cache-file.ts.
 */
export const walkRelevant = (name: string, type: string): boolean => type === 'd' || YAML_EXT.test(name) || name === '.git' || name === '.thiduaignore';
const SKIP_DIR = new Set(['node_modules', '.git', 'dist']);

const kindOf = (st: Stats | DirEntry): 'fifo' | 'device' | 'socket' | 'other' =>
  st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : 'other';

interface Walk {
  out: string[];
  walked?: Set<string>;
  git?: Map<string, boolean>;
  problems: Map<string, ReadProblem>;
  ignore: IgnoreRule[];
  list: ListDir;
}

function walk(dir: string, w: Walk): void {
  w.walked?.add(dir);
  let entries;
  try {
    entries = w.list(dir);
  } catch (e) {
    // Said, not skipped: "1 file valid" over a folder nobody could read would be a lie.
    w.problems.set(dir, { code: 'load/folder-unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    w.out.push(dir);
    return;
  }
  // Looked for in the listing rather than opened in every folder: a walk of thousands of
  // folders would pay a failed open for each.
  let git = false;
  for (const e of entries) {
    if (e.name === '.git') git = !e.isSymbolicLink() || existsSync(dir + sep + e.name);
    // A .thiduaignore holds for its folder and below.
    else if (e.name === '.thiduaignore') {
      const own = ignoreFile(dir);
      if (own.length) w = { ...w, ignore: [...w.ignore, ...own] };
    }
  }
  w.git?.set(dir, git);
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    const name = e.name;
    const isDir = e.isDirectory();
    // Names are tested before a path is made for the entry: most entries of a folder are skipped.
    if (name.startsWith('.') || (isDir ? SKIP_DIR.has(name) : !YAML_EXT.test(name))) continue;
    // dir is already normalised: plain concatenation is what join would return, without its cost.
    const p = prefix + name;
    if (w.ignore.length && ignored(w.ignore, p, isDir)) continue;
    if (isDir) walk(p, w);
    else if (e.isFile()) w.out.push(p);
    else if (e.isSymbolicLink()) linked(p, w);
    else {
      w.problems.set(p, { code: 'load/not-a-file', what: kindOf(e) });
      w.out.push(p);
    }
  }
}

/** A symlinked .yaml: read when it leads to a file, named when it loops; one to nothing is not a file. */
function linked(p: string, w: Walk): void {
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      w.problems.set(p, openProblem(code));
      w.out.push(p);
    }
    return;
  }
  if (st.isFile()) w.out.push(p);
  else if (!st.isDirectory()) {
    w.problems.set(p, { code: 'load/not-a-file', what: kindOf(st) });
    w.out.push(p);
  }
}

const isGlob = (s: string): boolean => /[*?]/.test(s);

/** Files, directories (recursive over *.yaml/*.yml) and globs, in a stable order. */
export function expandPaths(args: string[], cwd: string, ignore: readonly string[] = [], list: ListDir = listDir): Expanded {
  const files = new Set<string>();
  const found = new Set<string>();
  const rules = [...ignore.flatMap((g) => ignoreRule(g, cwd) ?? []), ...ignoreFile(cwd)];
  const missing: string[] = [];
  const walked = new Set<string>();
  const git = new Map<string, boolean>();
  const problems = new Map<string, ReadProblem>();
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
      const inGlob: string[] = [];
      walk(base, { out: inGlob, problems, ignore: rules, list });
      const hits = inGlob.filter((f) => problems.get(f)?.code === 'load/folder-unreadable' || re.test(relative(base, f).split(sep).join('/')));
      if (hits.length === 0) missing.push(arg);
      hits.forEach((h) => (files.add(h), found.add(h)));
      continue;
    }
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(arg);
      else {
        // A loop or a permission problem is something there: a finding, not "no such file".
        problems.set(abs, openProblem(code, e));
        files.add(abs);
      }
      continue;
    }
    if (st.isDirectory()) {
      const inDir: string[] = [];
      walk(abs, { out: inDir, walked, git, problems, ignore: rules, list });
      // One folder named alone (a run over a repository): its walk names each file once, so it
      // is the list, and `found` is made from it at once, not file by file with `files` too
      // (expandPaths on the bench corpus's 10,000 files: 92 -> 84 ms of CPU, medians of 5).
      if (args.length === 1) return { files: inDir.sort(), missing, walked, problems, found: new Set(inDir), git };
      for (const f of inDir) {
        files.add(f);
        found.add(f);
      }
    } else {
      if (!st.isFile()) problems.set(abs, { code: 'load/not-a-file', what: kindOf(st) });
      files.add(abs);
    }
  }
  return { files: [...files].sort(), missing, walked, problems, found, git };
}

/** Paths as users see them in messages: relative to cwd, forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  return displayIn(abs, cwd, cwd.endsWith(sep) ? cwd : cwd + sep);
}

/**
 * displayPath of each path, the cwd's prefix made once: a run names every target, and
 * 50,000 calls of displayPath, each joining the prefix and `sep + '.'` anew while it ran
 * unoptimised, were ~40 ms of a 700 ms warm `--cache` run.
 */
export function displayPaths(abs: readonly string[], cwd: string): string[] {
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  const out = new Array<string>(abs.length);
  for (let i = 0; i < abs.length; i++) out[i] = displayIn(abs[i]!, cwd, base);
  return out;
}

const SEP_DOT = sep + '.';

function displayIn(abs: string, cwd: string, base: string): string {
  if (abs === '-') return '<stdin>';
  if (abs.startsWith(base) && !abs.includes(SEP_DOT)) return sep === '/' ? abs.slice(base.length) : abs.slice(base.length).split(sep).join('/');
  // A normalised absolute path outside the cwd stays absolute, without relative()'s cost (POSIX: names are case-sensitive).
  if (sep === '/' && abs.startsWith('/') && abs !== cwd && !abs.startsWith(base) && !abs.includes('/.')) return abs;
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
}
