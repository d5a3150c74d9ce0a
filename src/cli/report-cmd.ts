import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { closestTyped } from '../model/text.js';
import { formatNames } from '../formats/registry.js';
import { buildCompliance } from '../views/compliance.js';
import { documentFrame } from '../views/document-frame.js';
import { checkOutput, pickFormat, renderOut, sepOption } from './format-args.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './errors.js';
import { asOfDate } from './as-of.js';
import { loadPlan, PROGRESS_FINDINGS } from './plan-args.js';
import { planCommand } from './plan-command.js';

interface ReportOpts {
  plan?: string;
  asOf?: string;
  disable?: string[];
  format?: string;
  output?: string;
  force?: boolean;
  sep?: string;
  failOn: string;
  unit?: string;
  color?: boolean;
}

/** What --fail-on accepts: outcomes that fail the run, and `contents` for the legal check. */
const FAIL_ON = ['fail', 'late', 'pending', 'waived', 'not-applicable', 'contents'];


function parseFailOn(text: string, lang: Lang): Set<string> {
  const list = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((s) => !FAIL_ON.includes(s));
  if (bad.length || !list.length) throw new UsageError(`--fail-on ${text}: ${tr(lang)('chọn trong', 'choose from')} ${FAIL_ON.join(', ')}`);
  return new Set(list);
}

export function registerReport(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  planCommand(program, 'report', t('báo cáo thực hiện kế hoạch (chỉ tiêu, chọn điểm, mốc, ngày kỷ niệm) và kiểm tra nội dung kế hoạch theo luật', 'report on carrying out a plan (targets, quotas, milestones, anniversaries) and check the plan against the law'), formatNames('report'), lang)
    .option('--fail-on <list>', t(`kết quả làm mã thoát là 1, phân cách bằng dấu phẩy: ${FAIL_ON.join(', ')}`, `outcomes that make the exit code 1, comma-separated: ${FAIL_ON.join(', ')}`), 'fail')
    .option('--unit <id>', t('chỉ các dòng của một đơn vị', "only one unit's lines"))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua report examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua report plans/ --plan 06/KH-STP@2018 -o so-ket-2018.html\n  $ thidua report plans/ --format junit --fail-on fail,late > report.xml\n\nMã thoát: 0 không có kết quả thuộc --fail-on, 1 có (hoặc kế hoạch có lỗi),\n2 không chạy được. Nội dung kế hoạch theo luật chỉ là khuyến nghị,\ntrừ khi --fail-on có contents.\n',
        '\nExamples:\n  $ thidua report examples/tien-giang-2018 --as-of 2018-07-15\n  $ thidua report plans/ --plan 06/KH-STP@2018 -o mid-year-2018.html\n  $ thidua report plans/ --format junit --fail-on fail,late > report.xml\n\nExit codes: 0 no outcome in --fail-on, 1 some (or the plan has errors), 2 could not run.\nThe legal contents check is advisory unless --fail-on includes contents.\n',
      ),
    )
    .action(async (paths: string[], opts: ReportOpts) => {
      // Everything the user typed is checked before any file is read.
      const format = pickFormat('report', opts.format, opts.output, io, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const sep = sepOption(opts.sep, format, lang);
      const failOn = parseFailOn(opts.failOn, lang);
      const asOf = asOfDate(opts.asOf, io, lang);
      const loaded = await loadPlan(paths, opts.plan, io, lang, PROGRESS_FINDINGS, { asOf, ...(opts.disable && { disable: opts.disable }) });
      if ('refused' in loaded) {
        run.code = loaded.refused;
        return;
      }
      const { ws, scope, plan, waived } = loaded;
      if (opts.unit !== undefined) {
        const units = scope.unitsFor(plan);
        if (!units.has(opts.unit)) {
          const near = closestTyped(opts.unit, units.keys());
          throw new UsageError(`--unit ${opts.unit}: ${t('không có đơn vị này', 'no such unit')}${near ? ` (${t('có phải', 'did you mean')} ${near}?)` : ''}`);
        }
      }
      const report = buildCompliance({ ws, scope, plan, asOf, waived, ...(opts.unit !== undefined && { unit: opts.unit }) });
      // The Word report is a Báo cáo of the plan's agency: its heading and signer come from the plan.
      const document = documentFrame(plan.data, scope.unitsFor(plan), { type: 'BC', date: asOf });
      await renderOut(format, report, { ...opts, failOn, document, sep }, io, lang);
      const failed = report.obligations.some((o) => failOn.has(o.outcome)) || (failOn.has('contents') && report.contents.some((c) => c.outcome === 'fail'));
      run.code = failed ? EXIT_FINDINGS : EXIT_OK;
    });
}
