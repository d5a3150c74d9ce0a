import type { Document } from 'yaml';
import { readSource, type ReadProblem } from './read.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import type { LinePos, SourceDoc } from '../diagnostics/locate.js';
import type { AnyDoc, DocKind, PlanDoc, ProgressDoc, UnitsDoc } from '../model/types.js';

/** One YAML document of a file, after parsing and (when it got that far) the schema. */
export interface LoadedDoc<T extends AnyDoc = AnyDoc> {
  file: SourceFile;
  index: number;
  kind?: DocKind;
  data: T;
  /** True when the document passed the schema, so rules may trust its shape. */
  valid: boolean;
  /** The schema failed; `data` is the readable part the rules may still trust (src/load/salvage.ts). */
  salvaged?: boolean;
  src: SourceDoc;
}

export interface SourceFile {
  /** Absolute path, or `-` for stdin. */
  abs: string;
  /** As shown to users: relative to the working directory. */
  path: string;
  /** Directory that scopes the file's references (see docs/workspace.md). */
  dir: string;
  /**
   * The file's text; undefined when unreadable, or when the fast path dropped it
   * (`dropped`): read it through `textOf`.
   */
  text?: string;
  /** The text was dropped after a clean fast load, to be read again on demand. */
  dropped?: boolean;
  lines?: LinePos;
  docs: LoadedDoc[];
  diagnostics: Diagnostic[];
  /** Findings the loader counted but did not make (past the per-file cap). */
  unshown?: number;
  /** Context files are loaded so references resolve; their findings are not reported. */
  role: 'target' | 'context';
}

export interface Workspace {
  files: SourceFile[];
  docs: LoadedDoc[];
  lang: Lang;
}

export interface LoadOptions {
  lang: Lang;
  cwd: string;
  /**
   * What `-` read: the bytes from the CLI (`more` when it stopped reading at
   * the size cap), or text already decoded (`new` checks its own output).
   */
  stdin?: string | { bytes: Uint8Array; more: boolean };
  /** Paths whose problem is known before reading (a folder the walk could not read). */
  problems?: ReadonlyMap<string, ReadProblem>;
  /**
   * Files found by walking a folder: one of them that is YAML but not thidua's
   * (a docker-compose.yml, a CI workflow) is skipped with an info note.
   */
  found?: { has(path: string): boolean };
  /** Skip the fast path: every file parsed with positions (tests compare the two). */
  full?: boolean;
}

/**
 * A file's text, read again from disk when a clean fast load dropped it (a
 * repository of 20,000 files would otherwise keep every text in memory).
 */
export function textOf(file: SourceFile): string {
  if (file.dropped) {
    file.text = readSource(file.abs).text ?? '';
    file.dropped = false;
  }
  return file.text ?? '';
}

export const isPlan = (d: LoadedDoc): d is LoadedDoc<PlanDoc> => d.valid && d.kind === 'plan';
export const isUnits = (d: LoadedDoc): d is LoadedDoc<UnitsDoc> => d.valid && d.kind === 'units';
export const isProgress = (d: LoadedDoc): d is LoadedDoc<ProgressDoc> => d.valid && d.kind === 'progress';

interface ByKind {
  /** How many docs the split was made from: a workspace whose docs grew is split again. */
  size: number;
  plans: LoadedDoc<PlanDoc>[];
  units: LoadedDoc<UnitsDoc>[];
  progress: LoadedDoc<ProgressDoc>[];
}
const byKindCache = new WeakMap<readonly LoadedDoc[], ByKind>();

/** The valid docs by kind, split once per workspace: every rule asks, over thousands of docs. */
function byKind(ws: Workspace): ByKind {
  let k = byKindCache.get(ws.docs);
  if (k && k.size === ws.docs.length) return k;
  k = { size: ws.docs.length, plans: [], units: [], progress: [] };
  for (const d of ws.docs) {
    if (isPlan(d)) k.plans.push(d);
    else if (isUnits(d)) k.units.push(d);
    else if (isProgress(d)) k.progress.push(d);
  }
  byKindCache.set(ws.docs, k);
  return k;
}

// Copies, so a caller may sort or filter its list without changing another's.
export function plans(ws: Workspace): LoadedDoc<PlanDoc>[] {
  return byKind(ws).plans.slice();
}
export function unitsDocs(ws: Workspace): LoadedDoc<UnitsDoc>[] {
  return byKind(ws).units.slice();
}
export function progressDocs(ws: Workspace): LoadedDoc<ProgressDoc>[] {
  return byKind(ws).progress.slice();
}

export type { Severity, Document };
