import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/files.js';
import { loadWorkspace } from '../load/load.js';
import { Scope } from '../load/scope.js';
import type { LoadOptions, SourceFile } from '../load/workspace.js';
import { readSource } from '../load/read.js';
import { packagePath } from '../model/package-root.js';
import { check, type RuleSelection } from './check.js';

/** What a run of the rules over some paths found, whichever way it ran. */
export interface CheckedRun {
  /** Target files, as displayed. */
  files: string[];
  diagnostics: Diagnostic[];
  /** A file's text, for code frames; read again from disk when the run did not keep it. */
  source(path: string): string;
  /** How many parts the run was split into (1: a single run). */
  parts: number;
}

export interface RunOptions extends LoadOptions {
  /** Threads to use; 1 keeps everything in this thread. */
  jobs: number;
  /** The folder arguments, when the paths came from exactly one folder. */
  root?: string;
}

/** Below this, starting a thread costs more than it saves. */
const MIN_FILES_TO_SPLIT = 1500;

function workerScript(): string | undefined {
  for (const p of [packagePath('dist', 'bundle', 'check-worker.mjs'), packagePath('dist', 'check', 'worker.js')]) if (existsSync(p)) return p;
  return undefined;
}

/**
 * Splits a repository in two by top-level folder when that cannot change a
 * finding: references resolve by folder, so folders with no shared units or
 * plans above them check alike apart or together. Anything else — context
 * files, files at the top, a single folder — is left whole.
 */
export function splitByFolder(targets: readonly string[], context: readonly string[], root: string | undefined): [string[], string[]] | undefined {
  if (!root || context.length > 0 || targets.length < MIN_FILES_TO_SPLIT) return undefined;
  const groups = new Map<string, string[]>();
  for (const t of targets) {
    const rel = relative(root, t).split(sep);
    if (rel.length < 2 || rel[0] === '..') return undefined;
    const g = groups.get(rel[0]!);
    if (g) g.push(t);
    else groups.set(rel[0]!, [t]);
  }
  if (groups.size < 2) return undefined;
  const parts: [string[], string[]] = [[], []];
  for (const g of [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1))) {
    (parts[0].length <= parts[1].length ? parts[0] : parts[1]).push(...g);
  }
  return [parts[0].sort(), parts[1].sort()];
}

function single(targets: string[], context: string[], opts: LoadOptions, sel: RuleSelection): CheckedRun {
  const ws = loadWorkspace(targets, opts, context);
  const diagnostics = check(ws, sel, new Scope(ws));
  const byPath = new Map<string, SourceFile>(ws.files.map((f) => [f.path, f]));
  const files = ws.files.filter((f) => f.role === 'target').map((f) => f.path);
  return { files, diagnostics, source: (p) => byPath.get(p)?.text ?? '', parts: 1 };
}

interface WorkerResult {
  diagnostics: Diagnostic[];
  files: string[];
  fallback: boolean;
}

function inWorker(script: string, targets: string[], opts: LoadOptions, sel: RuleSelection): Promise<WorkerResult | undefined> {
  return new Promise((resolve) => {
    const w = new Worker(script, { workerData: { targets, opts: { lang: opts.lang, cwd: opts.cwd }, sel } });
    w.once('message', (m: WorkerResult) => resolve(m));
    w.once('error', () => resolve(undefined));
    w.once('exit', () => resolve(undefined));
  });
}

/**
 * Loads and checks the paths, on two threads when the repository splits by
 * folder. The findings are the same either way; when a part had to resolve a
 * reference across the whole workspace, the run is redone whole.
 */
export async function runCheck(targets: string[], context: string[], opts: RunOptions, sel: RuleSelection): Promise<CheckedRun> {
  const split = opts.jobs > 1 && !targets.includes('-') ? splitByFolder(targets, context, opts.root) : undefined;
  const script = split ? workerScript() : undefined;
  if (!split || !script) return single(targets, context, opts, sel);
  const remote = inWorker(script, split[1], opts, sel);
  const ws = loadWorkspace(split[0], opts);
  const scope = new Scope(ws);
  const here = check(ws, sel, scope);
  const there = await remote;
  if (!there || there.fallback || scope.usedFallback) return single(targets, context, opts, sel);
  const byPath = new Map<string, SourceFile>(ws.files.map((f) => [f.path, f]));
  const abs = new Map(targets.map((t) => [displayPath(t, opts.cwd), t]));
  return {
    // The order a single run lists them in: the sorted absolute paths.
    files: targets.map((t) => displayPath(t, opts.cwd)),
    diagnostics: sortDiagnostics([...here, ...there.diagnostics]),
    source: (p) => byPath.get(p)?.text ?? readSource(abs.get(p) ?? p).text ?? '',
    parts: 2,
  };
}
