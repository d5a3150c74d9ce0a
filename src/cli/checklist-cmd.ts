import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { closest } from '../model/text.js';
import { buildChecklist, type ChecklistBy, type ChecklistView } from '../views/checklist.js';
import { checklistCsv } from '../formats/checklist-csv.js';
import { checklistJson } from '../formats/checklist-json.js';
import { checklistMarkdown } from '../formats/checklist-markdown.js';
import { checklistTable } from '../formats/checklist-table.js';
import { useColor, type IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './main.js';
import { asOfDate, checkOutput, emit, loadPlan, pickFormat, PROGRESS_FINDINGS } from './plan-args.js';
import { planCommand } from './plan-command.js';

export const CHECKLIST_FORMATS = ['markdown', 'table', 'json', 'csv'] as const;
type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

interface ChecklistOpts {
  plan?: string;
  asOf?: string;
  format?: string;
  output?: string;
  force?: boolean;
  color?: boolean;
  by?: string;
  unit?: string;
}

export function renderChecklist(v: ChecklistView, format: ChecklistFormat, o: { lang: Lang; color: boolean }): string {
  switch (format) {
    case 'markdown':
      return checklistMarkdown(v, o);
    case 'table':
      return checklistTable(v, o);
    case 'json':
      return checklistJson(v);
    case 'csv':
      return checklistCsv(v, o);
  }
}

export function registerChecklist(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  planCommand(program, 'checklist', t('việc từng đơn vị phải làm, dạng ô đánh dấu', 'what each unit must do, as boxes to tick'), CHECKLIST_FORMATS, lang)
    .option('--by <grouping>', t('nhóm theo: phase (đợt, mặc định) hoặc unit (đơn vị)', 'group by: phase (default) or unit'))
    .option('--unit <id>', t('chỉ việc của một đơn vị (kể cả việc giao theo loại đơn vị)', "only one unit's items (including those given to its kind)"))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua checklist examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua checklist plans/ --unit ptp-cai-be -o viec-cai-be.md\n  $ thidua checklist plans/ --by unit --format csv\n',
        '\nExamples:\n  $ thidua checklist examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua checklist plans/ --unit ptp-cai-be -o cai-be.md\n  $ thidua checklist plans/ --by unit --format csv\n',
      ),
    )
    .action(async (paths: string[], opts: ChecklistOpts) => {
      const format = pickFormat<ChecklistFormat>(opts.format, opts.output, CHECKLIST_FORMATS, io.stdoutIsTTY && !opts.output ? 'table' : 'markdown', lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const by = opts.by ?? 'phase';
      if (by !== 'phase' && by !== 'unit') throw new UsageError(`--by ${by}: ${t('chọn phase hoặc unit', 'choose phase or unit')}`);
      const asOf = asOfDate(opts.asOf, io, lang);
      const loaded = await loadPlan(paths, opts.plan, io, lang, PROGRESS_FINDINGS);
      if ('refused' in loaded) {
        run.code = EXIT_FINDINGS;
        return;
      }
      if (opts.unit !== undefined) {
        const units = loaded.scope.unitsFor(loaded.plan);
        if (!units.has(opts.unit)) {
          const guess = closest(opts.unit, units.keys());
          throw new UsageError(`--unit ${opts.unit}: ${t('không có đơn vị này', 'no such unit')}${guess ? ` (${t('có phải', 'did you mean')} ${guess}?)` : ''}`);
        }
      }
      const view = buildChecklist({ ...loaded, asOf, by: by as ChecklistBy, ...(opts.unit !== undefined && { unit: opts.unit }) });
      const toStdout = !opts.output || opts.output === '-';
      const color = format === 'table' && toStdout && useColor(io, opts.color, false);
      emit(renderChecklist(view, format, { lang, color }), opts.output, Boolean(opts.force), io, lang);
      run.code = EXIT_OK;
    });
}
