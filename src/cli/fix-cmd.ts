import type { Command } from 'commander';
import { structuredPatch } from 'diff';
import { planFixes, type FileFix, type FixKind } from '../authoring/fix.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { Scope } from '../domain/scope.js';
import type { IO } from './io.js';
import { EXIT_OK, UsageError, type Run } from './errors.js';
import { tr } from './lang.js';
import { loadFromArgs } from './workspace-args.js';
import { WriteRefused, writeAtomic, writeMessage } from './write.js';

const kindText: Record<string, [string, string]> = {
  bom: ['bỏ BOM', 'BOM removed'],
  'legacy-file': ['chuyển cả tệp từ TCVN3/VNI sang Unicode UTF-8', 'whole file converted from TCVN3/VNI to UTF-8'],
  tabs: ['thay dấu tab bằng dấu cách', 'tabs replaced with spaces'],
  'legacy-text': ['chuyển chữ TCVN3/VNI sang Unicode', 'TCVN3/VNI text converted to Unicode'],
  nfc: ['chuẩn hoá Unicode dựng sẵn (NFC)', 'Unicode normalised to NFC'],
  'rule:anniversary-years-match': ['sửa số năm kỷ niệm theo năm kế hoạch', 'anniversary ordinals set from the plan year'],
};

const describe = (k: FixKind, lang: Lang): string => {
  const t = kindText[k] ?? [k, k];
  return lang === 'vi' ? t[0] : t[1];
};

/** A unified diff as `git diff` prints it, paths as the clerk gave them. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const p = structuredPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 2 });
  let out = `--- a/${path}\n+++ b/${path}\n`;
  for (const h of p.hunks) {
    out += `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n`;
    for (const l of h.lines) out += l.startsWith('\\') ? '' : `${l}\n`;
  }
  return out;
}

/** Fixes the files under `paths` (or shows the diff); returns the exit code. */
export async function fixPaths(paths: string[], io: IO, lang: Lang, dryRun: boolean): Promise<number> {
  const t = tr(lang);
  const ws = await loadFromArgs(paths, io, lang);
  const fixes = planFixes(ws, new Scope(ws)).filter((f: FileFix) => f.kinds.length > 0);
  for (const f of fixes) {
    // One change a line: a clerk at an 80-column terminal reads a list, not a long sentence.
    const what = f.kinds.map((k) => `\n  - ${describe(k, lang)}`).join('');
    const note = f.parsed ? '' : t('\n  (tệp chưa đúng cú pháp YAML: chỉ sửa mã hoá;\n  chạy "thidua validate" để xem lỗi)', '\n  (the file is not valid YAML: only its encoding was fixed;\n  run "thidua validate" to see why)');
    if (dryRun) {
      io.stdout(`${f.file.path}:${what}${note}\n`);
      io.stdout(unifiedDiff(f.file.path, f.before, f.after));
      continue;
    }
    try {
      writeAtomic(f.file.abs, f.after, true);
    } catch (e) {
      if (e instanceof WriteRefused) throw new UsageError(writeMessage(f.file.path, e, lang, false));
      throw e;
    }
    io.stdout(`${t('đã sửa', 'fixed')} ${f.file.path}:${what}${note}\n`);
  }
  if (fixes.length === 0) io.stdout(t('Không có gì để sửa.\n', 'Nothing to fix.\n'));
  else if (dryRun) io.stdout(t(`\n${fixes.length} tệp sẽ được sửa; chạy lại không có --dry-run để ghi.\n`, `\n${fixes.length} file(s) would be fixed; run again without --dry-run to write.\n`));
  return EXIT_OK;
}

export function registerFix(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('fix')
    .description(t('tự sửa những lỗi máy sửa được: BOM, tab, TCVN3/VNI, Unicode tổ hợp, số năm kỷ niệm', 'fix what a machine can: BOM, tabs, TCVN3/VNI, decomposed Unicode, anniversary ordinals'))
    .argument('[paths...]', t('tệp hoặc thư mục (mặc định: thư mục hiện tại)', 'files or folders (default: the current folder)'))
    .option('--dry-run', t('chỉ hiện các thay đổi (diff), không ghi', 'show the changes as a diff, write nothing'))
    .addHelpText('after', t('\nVí dụ:\n  $ thidua fix --dry-run ke-hoach.yaml\n  $ thidua fix .\n', '\nExamples:\n  $ thidua fix --dry-run plan.yaml\n  $ thidua fix .\n'))
    .action(async (paths: string[], opts: { dryRun?: boolean }) => {
      if (paths.includes('-')) throw new UsageError(t('fix sửa tệp trên đĩa, không đọc stdin', 'fix edits files on disk, not stdin'));
      run.code = await fixPaths(paths, io, lang, Boolean(opts.dryRun));
    });
}

