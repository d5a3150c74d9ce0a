import { contextFiles } from '../load/context.js';
import { expandPaths } from '../load/files.js';
import { loadWorkspace } from '../load/load.js';
import type { Workspace } from '../load/workspace.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { IO } from './io.js';
import { UsageError } from './errors.js';
import { tr } from './lang.js';

export interface ResolvedArgs {
  files: string[];
  context: string[];
  stdin?: string;
}

/** Paths as every command takes them: files, folders, globs or `-`; none means the current folder. */
export async function resolveArgs(paths: string[], io: IO, lang: Lang): Promise<ResolvedArgs> {
  const t = tr(lang);
  const args = paths.length ? paths : ['.'];
  const { files, missing, walked } = expandPaths(args, io.cwd);
  if (missing.length) throw new UsageError(`${t('không tìm thấy', 'no such file or folder')}: ${missing.join(', ')}`);
  if (files.length === 0) throw new UsageError(t('không có tệp .yaml/.yml nào để kiểm tra', 'no .yaml/.yml files to check'));
  const stdin = files.includes('-') ? await io.readStdin() : undefined;
  return { files, context: contextFiles(files, io.cwd, walked), ...(stdin !== undefined ? { stdin } : {}) };
}

export async function loadFromArgs(paths: string[], io: IO, lang: Lang): Promise<Workspace> {
  const r = await resolveArgs(paths, io, lang);
  return loadWorkspace(r.files, { lang, cwd: io.cwd, ...(r.stdin !== undefined ? { stdin: r.stdin } : {}) }, r.context);
}
