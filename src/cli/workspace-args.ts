import { contextFiles } from '../load/context.js';
import { expandPaths, listDir, type ListDir } from '../load/files.js';
import { loadWorkspace } from '../load/load.js';
import type { Workspace } from '../load/workspace.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { ReadProblem } from '../load/read.js';
import type { IO, StdinBytes } from './io.js';
import { UsageError } from './errors.js';
import { tr } from './lang.js';
import { forManyFiles } from './v8-flags.js';

export interface ResolvedArgs {
  files: string[];
  context: string[];
  problems: ReadonlyMap<string, ReadProblem>;
  /** Files a folder walk or a glob found (a YAML file there without `thidua:` is skipped with a note). */
  found: { has(path: string): boolean };
  stdin?: StdinBytes;
}

/** Paths as every command takes them: files, folders, globs or `-`; none means the current folder. `list` lists a folder (validate --cache answers from its cache). */
export async function resolveArgs(paths: string[], io: IO, lang: Lang, ignore: readonly string[] = [], list: ListDir = listDir): Promise<ResolvedArgs> {
  const t = tr(lang);
  const args = paths.length ? paths : ['.'];
  const { files, missing, walked, problems, found, git } = expandPaths(args, io.cwd, ignore, list);
  if (missing.length) throw new UsageError(`${t('không tìm thấy', 'no such file or folder')}: ${missing.join(', ')}`);
  if (files.length === 0) throw new UsageError(t('không có tệp .yaml/.yml nào để kiểm tra', 'no .yaml/.yml files to check'));
  const stdin = files.includes('-') ? await io.readStdin() : undefined;
  const context = contextFiles(files.filter((f) => !problems.has(f)), io.cwd, walked, { git, list });
  forManyFiles(files.length + context.length);
  return { files, problems, found, context, ...(stdin !== undefined ? { stdin } : {}) };
}

export async function loadFromArgs(paths: string[], io: IO, lang: Lang): Promise<Workspace> {
  const r = await resolveArgs(paths, io, lang);
  return loadWorkspace(r.files, { lang, cwd: io.cwd, problems: r.problems, found: r.found, ...(r.stdin !== undefined ? { stdin: r.stdin } : {}) }, r.context);
}
