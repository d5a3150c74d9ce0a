import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { check } from '../check/check.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { contextFiles } from '../load/context.js';
import { loadWorkspace } from '../load/load.js';
import { compareDates, parseDate } from '../model/date.js';
import { NextYearError, nextYear, type NextYearOptions, type NextYearResult } from '../authoring/next-year.js';
import { notes } from './new-notes.js';
import { escapeTerminal } from '../formats/escape.js';
import { stylish } from '../formats/stylish.js';
import { useColor, type IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './errors.js';
import { loadPlan } from './plan-args.js';
import { checkOutput, emit } from './format-args.js';
import { sameFile, WriteRefused, writeMessage } from './write.js';
import { version } from './version.js';
import { textOf } from '../load/workspace.js';

interface NewOpts {
  from: string;
  year?: string;
  period?: string;
  round?: boolean;
  output?: string;
  force?: boolean;
  suggest?: boolean;
}

/**
 * Checks the new plan where it will be read: beside the source's units. A
 * finding here is a case `new` does not handle yet; the plan is still
 * written, so the clerk can fix it, and the run exits 1.
 */
function selfCheck(text: string, sourceAbs: string, output: string | undefined, io: IO, lang: Lang): Diagnostic[] {
  const cwd = sourceAbs === '-' ? io.cwd : dirname(sourceAbs);
  const shownAs = output && output !== '-' ? output : '<stdout>';
  // Neither the old plan nor the file just written is a neighbour of the new plan.
  const skip = new Set([sourceAbs, ...(output && output !== '-' ? [resolve(io.cwd, output)] : [])]);
  const context = contextFiles(['-'], cwd).filter((f) => !skip.has(f));
  const ws = loadWorkspace(['-'], { lang, cwd, stdin: text }, context);
  return check(ws)
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, file: shownAs }));
}

/** Exactly one of --year, --period, --round: what the new plan's window is. */
function newShape(opts: NewOpts, lang: Lang): Pick<NextYearOptions, 'year' | 'period' | 'round'> {
  const t = tr(lang);
  const given = [opts.year !== undefined && '--year', opts.period !== undefined && '--period', opts.round && '--round'].filter(Boolean);
  if (given.length !== 1) {
    throw new UsageError(given.length ? t(`chỉ dùng một trong ${given.join(', ')}`, `use only one of ${given.join(', ')}`) : t('cần --year, --period hoặc --round', 'give --year, --period or --round'));
  }
  if (opts.round) return { round: true };
  if (opts.year !== undefined) {
    const year = Number(opts.year);
    if (!/^\d{4}$/.test(opts.year) || year < 1900 || year > 2200) throw new UsageError(`--year ${opts.year}: ${t('năm từ 1900 đến 2200', 'a year from 1900 to 2200')}`);
    return { year };
  }
  const [a, b, ...rest] = opts.period!.split('..');
  const from = a ? parseDate(a.trim()) : undefined;
  const to = b ? parseDate(b.trim()) : undefined;
  if (!from || !to || rest.length || compareDates(from, to) > 0 || from.y < 1900 || to.y > 2200) {
    throw new UsageError(`--period ${opts.period}: ${t('cần hai ngày TỪ..ĐẾN, ví dụ 10/03/2026..30/04/2027', 'two dates FROM..TO are needed, e.g. 2026-03-10..2027-04-30')}`);
  }
  return { period: { from, to } };
}

export function registerNew(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('new')
    .description(t('lập kế hoạch năm mới từ kế hoạch năm trước', "build next year's plan from this year's"))
    .requiredOption('--from <plan>', t('tệp kế hoạch năm trước', "last year's plan file"))
    .option('--year <year>', t('năm của kế hoạch mới (cửa sổ dời cả năm: năm sau, năm học sau)', 'the new plan year (the window moves by whole years: next year, next school year)'))
    .option('--period <from..to>', t('cửa sổ của đợt mới, ví dụ 10/03/2026..30/04/2027', "the new drive's window, e.g. 2026-03-10..2027-04-30"))
    .option('--round', t('dời đến lần kỷ niệm năm tròn hoặc năm lẻ 5 kế tiếp của ngày kỷ niệm mà kế hoạch hướng tới', 'move to the next round or năm lẻ 5 occurrence of the anniversary the plan works toward'))
    .option('-o, --output <file>', t('ghi ra tệp (không ghi đè tệp đã có nếu thiếu --force)', 'write to a file (never over an existing one without --force)'))
    .option('--force', t('cho phép ghi đè tệp đã có', 'allow overwriting an existing file'))
    .option('--suggest', t('ghi các ngày kỷ niệm năm tròn, năm lẻ 5 còn thiếu vào tệp dưới dạng ghi chú', 'write the missing round and năm lẻ 5 anniversaries into the file as comments'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua new --from plan-2018.yaml --year 2019 -o plan-2019.yaml\n  $ thidua new --from plan-2018.yaml --year 2019 --suggest > plan-2019.yaml\n  $ thidua new --from dot.yaml --period 10/03/2026..30/04/2027 -o dot-moi.yaml\n  $ thidua new --from tong-tuyen-cu.yaml --round -o tong-tuyen-cu-85.yaml\n',
        '\nExamples:\n  $ thidua new --from plan-2018.yaml --year 2019 -o plan-2019.yaml\n  $ thidua new --from plan-2018.yaml --year 2019 --suggest > plan-2019.yaml\n  $ thidua new --from drive.yaml --period 2026-03-10..2027-04-30 -o next.yaml\n  $ thidua new --from tong-tuyen-cu.yaml --round -o tong-tuyen-cu-85.yaml\n',
      ),
    )
    .action(async (opts: NewOpts) => {
      const shape = newShape(opts, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      // Even with --force: last year's plan is the one file `new` must never lose.
      if (opts.output && opts.output !== '-' && sameFile(resolve(io.cwd, opts.output), resolve(io.cwd, opts.from))) {
        throw new UsageError(writeMessage(opts.output, new WriteRefused(opts.output, 'same-as-source'), lang));
      }
      // The source must be valid: a plan built from a broken one would carry its errors forward.
      const loaded = await loadPlan([opts.from], undefined, io, lang, [], { pickHint: t(`--from ${opts.from} có nhiều kế hoạch; new cần một tệp chỉ có một kế hoạch`, `--from ${opts.from} holds several plans; new needs a file with one plan`) });
      if ('refused' in loaded) {
        run.code = EXIT_FINDINGS;
        return;
      }
      let r: NextYearResult;
      try {
        r = nextYear(textOf(loaded.plan.file), { ...shape, suggest: Boolean(opts.suggest) });
      } catch (e) {
        if (!(e instanceof NextYearError)) throw e;
        const why =
          e.code === 'not-later'
            ? t(shape.year ? `năm ${shape.year} không sau năm kế hoạch ${loaded.plan.data.year}` : `cửa sổ mới phải bắt đầu sau cửa sổ cũ`, e.message)
            : e.code === 'until-event'
              ? t(`cửa sổ kế hoạch kết thúc theo một sự kiện (${e.message.match(/"([^"]*)"/)?.[1] ?? ''}) không lặp lại: ghi cửa sổ mới bằng --period TỪ..ĐẾN`, e.message)
              : e.code === 'no-round'
              ? t('không có ngày kỷ niệm nào trong cửa sổ kế hoạch để --round hướng tới', e.message)
              : e.message;
        throw new UsageError(`--from ${opts.from}: ${why}`);
      }
      emit(r.text, opts.output, Boolean(opts.force), io, lang);
      for (const line of notes(r, Boolean(opts.suggest), lang)) io.stderr(`${escapeTerminal(line)}\n`);
      const errors = selfCheck(r.text, loaded.plan.file.abs, opts.output, io, lang);
      if (errors.length) {
        const shownAs = errors[0]!.file;
        const result = { files: [shownAs], diagnostics: errors, sources: new Map([[shownAs, r.text]]), toolVersion: version(), rules: new Map() };
        io.stderr(stylish(result, { color: useColor({ ...io, stdoutIsTTY: false }, undefined, false), lang }));
      }
      // A date moved past its drive's end is a finding the clerk must fix, as a validation error is.
      run.code = errors.length || r.beyond.length ? EXIT_FINDINGS : EXIT_OK;
    });
}
