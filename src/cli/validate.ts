import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { unknownRuleNames } from '../check/check.js';
import { openCache, runCheck } from '../check/run.js';
import { countDiagnostics, type Lang } from '../diagnostics/diagnostic.js';
import { findFormat, formatNames } from '../formats/registry.js';
import type { ValidateResult } from '../formats/validate-result.js';
import { rules } from '../rules/index.js';
import { renderOut } from './format-args.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Run } from './errors.js';
import { version } from './version.js';
import { packagePath } from '../model/package-root.js';
import { resolveArgs } from './workspace-args.js';
import { resolveWithCache } from './cached-args.js';
import { asOfDate } from './as-of.js';
import { checkOutputs, writeOutputs, parseOutputFiles } from './outputs.js';
import { LazySources } from './sources.js';
import { forManyFiles } from './v8-flags.js';

interface ValidateOpts {
  ignore: string[];
  format: string;
  outputFile: string[];
  strict?: boolean;
  rule: string[];
  disable: string[];
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  force?: boolean;
  asOf?: string;
  fix?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}


/** What cached findings depend on besides the files: this version of thidua, its schemas and its catalogue. */
function cacheSalt(): string {
  const read = (...p: string[]): string => readFileSync(packagePath(...p), 'utf8');
  return JSON.stringify([version(), ...['plan', 'units', 'progress'].map((k) => read('schemas', `${k}.schema.json`)), read('data', 'anniversaries.json')]);
}

const collect = (v: string, prev: string[]): string[] => [...prev, ...v.split(',').filter(Boolean)];
// An empty -o is kept, so that it is refused rather than ignored.
const collectOutputs = (v: string, prev: string[]): string[] => (v.trim() === '' ? [...prev, v] : collect(v, prev));

export function registerValidate(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('validate')
    .description(t('kiểm tra kế hoạch, danh sách đơn vị và tệp tiến độ', 'check plans, unit lists and progress files'))
    .argument('[paths...]', t('tệp, thư mục, mẫu glob, hoặc - (stdin)', 'files, folders, globs, or - for stdin'))
    .addOption(new Option('-f, --format <format>', t('định dạng kết quả', 'output format')).choices(formatNames('validate')).default('stylish'))
    .option('-o, --output-file <format=path>', t('ghi thêm một định dạng ra tệp (lặp lại được)', 'also write a format to a file (repeatable)'), collectOutputs, [])
    .option('--strict', t('bật cả các quy tắc mức nghiêm ngặt', 'also run the strict-tier rules'))
    .option('--rule <ids>', t('bật quy tắc theo tên (phân cách bằng dấu phẩy)', 'turn rules on by id (comma-separated)'), collect, [])
    .option('--disable <ids>', t('tắt quy tắc theo tên', 'turn rules off by id'), collect, [])
    .option('--ignore <glob>', t('bỏ qua tệp, thư mục khớp mẫu khi duyệt thư mục (lặp lại được; xem cả .thiduaignore)', 'leave out files and folders matching the glob when walking folders (repeatable; see also .thiduaignore)'), (v: string, prev: string[]) => [...prev, v], [])
    .option('--as-of <date>', t('ngày xét hiệu lực miễn trừ (mặc định: hôm nay theo giờ Việt Nam)', 'the day waivers are judged in force on (default: today in Vietnam)'))
    .option('--max-warnings <n>', t('coi là thất bại khi số cảnh báo vượt n', 'fail when there are more than n warnings'))
    .option('-q, --quiet', t('chỉ báo lỗi, ẩn cảnh báo', 'report errors only'))
    .option('--color', t('luôn tô màu', 'force colour'))
    .option('--no-color', t('không tô màu', 'no colour'))
    .option('--force', t('cho phép ghi đè tệp kết quả đã có', 'allow overwriting existing output files'))
    .option('--fix', t('chạy "thidua fix" trước khi kiểm tra', 'run "thidua fix" before checking'))
    .option('--cache', t('chỉ kiểm tra lại các tệp đã đổi (và các tệp phụ thuộc vào chúng)', 'check again only files that changed (and the files that depend on them)'))
    .option('--cache-location <path>', t('tệp lưu bộ nhớ đệm (mặc định: .thiduacache)', 'where the cache is kept (default: .thiduacache)'))
    .addHelpText('after', t('\nVí dụ:\n  $ thidua validate examples/\n  $ thidua validate --format sarif -o junit=report.xml plans/\n', '\nExamples:\n  $ thidua validate examples/\n  $ thidua validate --format sarif -o junit=report.xml plans/\n'))
    .action(async (paths: string[], opts: ValidateOpts) => {
      const unknown = unknownRuleNames({ enable: opts.rule, disable: opts.disable });
      if (unknown.length) throw new UsageError(`${t('không có quy tắc', 'unknown rule')}: ${unknown.join(', ')} (thidua rules)`);
      const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
      if (opts.maxWarnings !== undefined && !/^\d+$/.test(opts.maxWarnings.trim())) {
        throw new UsageError(`--max-warnings ${JSON.stringify(opts.maxWarnings)}: ${t('cần một số nguyên không âm, ví dụ 0', 'a whole number of 0 or more is needed, e.g. 0')}`);
      }
      const format = findFormat('validate', opts.format);
      if (!format) throw new UsageError(`--format ${opts.format}`);
      const outputs = parseOutputFiles(opts.outputFile, lang);
      // Refused before the work: a clerk waiting for a report learns at once that it cannot be written.
      checkOutputs(outputs, lang, io, Boolean(opts.force));
      const asOf = asOfDate(opts.asOf, io, lang);
      // What fix did goes to stderr: stdout is the report, possibly JSON or SARIF.
      if (opts.fix) await (await import('./fix-cmd.js')).fixPaths(paths, { ...io, stdout: io.stderr }, lang, false);
      const sel = { strict: opts.strict, enable: opts.rule, disable: opts.disable };
      const cache = opts.cache ? openCache({ location: resolve(io.cwd, opts.cacheLocation ?? '.thiduacache'), salt: cacheSalt() }, { lang, cwd: io.cwd }, sel, asOf) : undefined;
      const args = cache ? await resolveWithCache(paths, io, lang, opts.ignore, cache) : await resolveArgs(paths, io, lang, opts.ignore);
      // A walk the cache kept does not go through resolveArgs, which sets these.
      forManyFiles(args.files.length + args.context.length);
      const run1 = runCheck(args.files, args.context, { lang, cwd: io.cwd, problems: args.problems, found: args.found, ...(args.stdin !== undefined ? { stdin: args.stdin } : {}) }, sel, asOf, cache);
      let diagnostics = run1.diagnostics;
      if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
      // Code frames need the text of the files with findings only.
      const shown = new Set(diagnostics.map((d) => d.file));
      const result: ValidateResult = {
        files: run1.files,
        diagnostics,
        sources: new LazySources(shown, run1.source),
        toolVersion: version(),
        rules: new Map(rules.map((r) => [r.id, { description: r.description[lang], helpUri: `https://github.com/thidua/thidua/blob/main/docs/rules/${r.id}.md` }])),
        waived: opts.quiet ? run1.waived.filter((w) => w.diagnostic.severity === 'error') : run1.waived,
      };
      await renderOut(format, result, { color: opts.color }, io, lang);
      await writeOutputs(outputs, result, lang, io, Boolean(opts.force));
      const c = countDiagnostics(diagnostics);
      run.code = c.errors > 0 || (maxWarnings !== undefined && c.warnings > maxWarnings) ? EXIT_FINDINGS : EXIT_OK;
    });
}
