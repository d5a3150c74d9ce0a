import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { check } from '../check/check.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { contextFiles } from '../load/context.js';
import { loadWorkspace } from '../load/load.js';
import { toVN, vnDateText } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { NextYearError, nextYear, type NextYearResult } from '../authoring/next-year.js';
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
  year: string;
  output?: string;
  force?: boolean;
  suggest?: boolean;
}

/** `movements[5].title`, as a clerk finds it in the file. */
export const pathText = (p: DataPath): string => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** What changed and what to check, for stderr: stdout (or -o) carries only the plan. */
export function notes(r: NextYearResult, suggestInFile: boolean, lang: Lang): string[] {
  const t = tr(lang);
  const out: string[] = [];
  if (r.id.to !== r.id.from) {
    out.push(
      t(
        `Số, ký hiệu "${r.id.from}" đổi thành "${r.id.to}" (chưa cấp số); ngày ban hành (issued) tạm ghi 01/01/${r.year}: sửa khi văn bản được ký.`,
        `Number "${r.id.from}" replaced by the draft marker "${r.id.to}"; issued set to 01/01/${r.year} for now: fill both in when the document is signed.`,
      ),
    );
  }
  if (r.recomputed.length) {
    const list = r.recomputed.map((x) => `${x.id} ${x.from} → ${x.to}`).join(', ');
    out.push(t(`Tính lại số năm kỷ niệm: ${list}.`, `Anniversary ordinals recomputed: ${list}.`));
  }
  for (const d of r.dropped) {
    if (d.kind === 'movement') {
      const end = vnDateText(d.to);
      out.push(t(`Bỏ phong trào "${d.id}": đã kết thúc ngày ${end}, trước năm ${r.year}.`, `Dropped movement "${d.id}": it ended on ${end}, before ${r.year}.`));
    } else {
      out.push(t(`Bỏ mốc "${d.id}" của phong trào đã bỏ "${d.movement}".`, `Dropped milestone "${d.id}" of the dropped movement "${d.movement}".`));
    }
  }
  for (const m of r.moved29Feb) {
    out.push(t(`Năm ${r.year} không có ngày 29/02: ${pathText(m.path)} ghi ${m.from}, chuyển thành ${m.to}.`, `${r.year} has no 29 February: ${pathText(m.path)} was ${m.from}, now ${m.to}.`));
  }
  for (const l of r.lunar) {
    out.push(t(`${pathText(l.path)}: ngày âm lịch, tính lại ${l.from} → ${l.to}.`, `${pathText(l.path)}: a lunar day, recomputed ${l.from} → ${l.to}.`));
  }
  for (const s of r.stale) {
    out.push(
      t(
        `${pathText(s.path)} ghi "${s.stated} năm" (số năm của "${s.anniversary}" năm ${r.fromYear}); năm ${r.year} là ${s.expected} năm: kiểm tra lại câu chữ.`,
        `${pathText(s.path)} says "${s.stated} năm" (the ${r.fromYear} ordinal of "${s.anniversary}"); in ${r.year} it is ${s.expected}: check the wording.`,
      ),
    );
  }
  if (r.suggestions.length && suggestInFile) {
    out.push(t(`Đã ghi ${r.suggestions.length} ngày kỷ niệm gợi ý vào tệp dưới dạng ghi chú.`, `Wrote ${r.suggestions.length} suggested anniversaries into the file as comments.`));
  } else if (r.suggestions.length) {
    out.push(
      t(
        `Năm ${r.year} là năm tròn hoặc năm lẻ 5 của các ngày kỷ niệm sau mà kế hoạch chưa nêu (--suggest để ghi vào tệp):`,
        `${r.year} is a round year or ends in 5 for these days the plan does not name (--suggest writes them into the file):`,
      ),
    );
    for (const s of r.suggestions) {
      const mark = s.round ? t('năm tròn', 'round') : t('năm lẻ 5', 'ends in 5');
      out.push(`  ${toVN(s.date)}  ${s.years} ${t('năm', 'years')} (${mark})  ${s.id}  ${s.title}`);
    }
  }
  return out;
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

export function registerNew(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('new')
    .description(t('lập kế hoạch năm mới từ kế hoạch năm trước', "build next year's plan from this year's"))
    .requiredOption('--from <plan>', t('tệp kế hoạch năm trước', "last year's plan file"))
    .requiredOption('--year <year>', t('năm của kế hoạch mới', 'the new plan year'))
    .option('-o, --output <file>', t('ghi ra tệp (không ghi đè tệp đã có nếu thiếu --force)', 'write to a file (never over an existing one without --force)'))
    .option('--force', t('cho phép ghi đè tệp đã có', 'allow overwriting an existing file'))
    .option('--suggest', t('ghi các ngày kỷ niệm năm tròn, năm lẻ 5 còn thiếu vào tệp dưới dạng ghi chú', 'write the missing round and năm lẻ 5 anniversaries into the file as comments'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua new --from plan-2018.yaml --year 2019 -o plan-2019.yaml\n  $ thidua new --from plan-2018.yaml --year 2019 --suggest > plan-2019.yaml\n',
        '\nExamples:\n  $ thidua new --from plan-2018.yaml --year 2019 -o plan-2019.yaml\n  $ thidua new --from plan-2018.yaml --year 2019 --suggest > plan-2019.yaml\n',
      ),
    )
    .action(async (opts: NewOpts) => {
      const year = Number(opts.year);
      if (!/^\d{4}$/.test(opts.year) || year < 1900 || year > 2200) {
        throw new UsageError(`--year ${opts.year}: ${t('năm từ 1900 đến 2200', 'a year from 1900 to 2200')}`);
      }
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
        r = nextYear(textOf(loaded.plan.file), { year, suggest: Boolean(opts.suggest) });
      } catch (e) {
        if (!(e instanceof NextYearError)) throw e;
        const why = e.code === 'not-later' ? t(`năm ${year} không sau năm kế hoạch ${loaded.plan.data.year}`, e.message) : e.message;
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
      run.code = errors.length ? EXIT_FINDINGS : EXIT_OK;
    });
}
