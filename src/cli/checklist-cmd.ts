import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { closestTyped } from '../model/text.js';
import { formatNames } from '../formats/registry.js';
import { buildChecklist, type ChecklistBy } from '../views/checklist.js';
import { checkOutput, pickFormat, renderOut, sepOption } from './format-args.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './errors.js';
import { asOfDate } from './as-of.js';
import { loadPlan, PROGRESS_FINDINGS } from './plan-args.js';
import { planCommand } from './plan-command.js';

interface ChecklistOpts {
  plan?: string;
  asOf?: string;
  disable?: string[];
  format?: string;
  output?: string;
  force?: boolean;
  sep?: string;
  color?: boolean;
  by?: string;
  unit?: string;
}

export function registerChecklist(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  planCommand(program, 'checklist', t('việc từng đơn vị phải làm, dạng ô đánh dấu', 'what each unit must do, as boxes to tick'), formatNames('checklist'), lang)
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
      const format = pickFormat('checklist', opts.format, opts.output, io, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const sep = sepOption(opts.sep, format, lang);
      const by = opts.by ?? 'phase';
      if (by !== 'phase' && by !== 'unit') throw new UsageError(`--by ${by}: ${t('chọn phase hoặc unit', 'choose phase or unit')}`);
      const asOf = asOfDate(opts.asOf, io, lang);
      const loaded = await loadPlan(paths, opts.plan, io, lang, PROGRESS_FINDINGS, { asOf, ...(opts.disable && { disable: opts.disable }) });
      if ('refused' in loaded) {
        run.code = EXIT_FINDINGS;
        return;
      }
      if (opts.unit !== undefined) {
        const units = loaded.scope.unitsFor(loaded.plan);
        if (!units.has(opts.unit)) {
          const guess = closestTyped(opts.unit, units.keys());
          throw new UsageError(`--unit ${opts.unit}: ${t('không có đơn vị này', 'no such unit')}${guess ? ` (${t('có phải', 'did you mean')} ${guess}?)` : ''}`);
        }
      }
      const view = buildChecklist({ ...loaded, asOf, by: by as ChecklistBy, ...(opts.unit !== undefined && { unit: opts.unit }) });
      await renderOut(format, view, { ...opts, sep }, io, lang);
      run.code = EXIT_OK;
    });
}
