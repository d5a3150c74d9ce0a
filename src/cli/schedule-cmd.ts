import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { addDays, compareDates, parseDate, type CalDate } from '../model/date.js';
import { formatNames } from '../formats/registry.js';
import { buildSchedule } from '../views/schedule.js';
import { checkOutput, pickFormat, renderOut, sepOption } from './format-args.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './errors.js';
import { asOfDate } from './as-of.js';
import { loadPlan } from './plan-args.js';
import { planCommand } from './plan-command.js';

interface ScheduleOpts {
  plan?: string;
  asOf?: string;
  disable?: string[];
  format?: string;
  output?: string;
  force?: boolean;
  sep?: string;
  color?: boolean;
  from?: string;
  to?: string;
  window?: string;
}

/** `30d`, `6w` or a bare number of days, counted from the as-of day. */
export function parseWindow(text: string, lang: Lang): number {
  const m = /^(\d{1,4})([dw]?)$/i.exec(text.trim());
  if (!m) throw new UsageError(`--window ${text}: ${tr(lang)('viết số ngày, ví dụ 30d hoặc 4w', 'give a number of days, e.g. 30d or 4w')}`);
  return Number(m[1]) * (m[2]?.toLowerCase() === 'w' ? 7 : 1);
}

function dateOption(name: string, text: string | undefined, lang: Lang): CalDate | undefined {
  if (text === undefined) return undefined;
  const d = parseDate(text);
  if (!d) throw new UsageError(`${name} ${text}: ${tr(lang)('không phải một ngày (viết 2018-07-15 hoặc 15/07/2018)', 'not a date (write 2018-07-15 or 15/07/2018)')}`);
  return d;
}

/** The range to show: --from/--to, or --window from the as-of day; undefined ends mean the plan year's. */
export function scheduleRange(opts: Pick<ScheduleOpts, 'from' | 'to' | 'window'>, asOf: CalDate, lang: Lang): { from?: CalDate; to?: CalDate } {
  const t = tr(lang);
  if (opts.window !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined) throw new UsageError(t('--window không dùng cùng --from/--to', '--window cannot be combined with --from/--to'));
    return { from: asOf, to: addDays(asOf, parseWindow(opts.window, lang)) };
  }
  const from = dateOption('--from', opts.from, lang);
  const to = dateOption('--to', opts.to, lang);
  if (from && to && compareDates(from, to) > 0) throw new UsageError(t('--from phải không sau --to', '--from must not be after --to'));
  return { ...(from && { from }), ...(to && { to }) };
}

export function registerSchedule(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  planCommand(program, 'schedule', t('lịch năm của kế hoạch: đợt, ngày kỷ niệm, phong trào, thời hạn', "the plan's year at a glance: phases, anniversaries, movements, deadlines"), formatNames('schedule'), lang)
    .option('--from <date>', t('chỉ hiện từ ngày này', 'show from this day'))
    .option('--to <date>', t('chỉ hiện đến ngày này', 'show up to this day'))
    .option('--window <days>', t('chỉ hiện N ngày kể từ ngày tính (30d, 4w)', 'show N days from the as-of day (30d, 4w)'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua schedule examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua schedule plans/ -o lich-2018.ics\n  $ thidua schedule plans/ --window 30d --format markdown\n',
        '\nExamples:\n  $ thidua schedule examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua schedule plans/ -o schedule-2018.ics\n  $ thidua schedule plans/ --window 30d --format markdown\n',
      ),
    )
    .action(async (paths: string[], opts: ScheduleOpts) => {
      // Every usage check comes before loading, so a typo costs nothing.
      const format = pickFormat('schedule', opts.format, opts.output, io, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const sep = sepOption(opts.sep, format, lang);
      const asOf = asOfDate(opts.asOf, io, lang);
      const range = scheduleRange(opts, asOf, lang);
      const loaded = await loadPlan(paths, opts.plan, io, lang, [], { asOf, ...(opts.disable && { disable: opts.disable }) });
      if ('refused' in loaded) {
        run.code = EXIT_FINDINGS;
        return;
      }
      const view = buildSchedule({ ...loaded, asOf, ...range });
      await renderOut(format, view, { ...opts, sep }, io, lang);
      run.code = EXIT_OK;
    });
}
