import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { todayInVietnam } from '../model/date.js';
import { closest } from '../model/text.js';
import { formatNames } from '../formats/registry.js';
import { anniversaryReport, catalogueSectors, MAX_YEAR, MIN_YEAR } from '../views/anniversaries.js';
import { checkOutput, pickFormat, renderOut, sepOption } from './format-args.js';
import { sepHelp } from './plan-command.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_OK, UsageError, type Run } from './errors.js';

interface AnniversariesOpts {
  year?: string;
  round?: boolean;
  sector?: string;
  format?: string;
  output?: string;
  force?: boolean;
  sep?: string;
}

/** `--year`, or this year in Vietnam; bounded by what the lunar calendar code is checked for. */
export function yearOption(text: string | undefined, io: IO, lang: Lang, min = MIN_YEAR, max = MAX_YEAR): number {
  if (text === undefined) return todayInVietnam(io.now()).y;
  const y = Number(text);
  if (!/^\d{4}$/.test(text) || y < min || y > max) throw new UsageError(`--year ${text}: ${tr(lang)(`năm từ ${min} đến ${max}`, `a year from ${min} to ${max}`)}`);
  return y;
}

/** A sector the catalogue knows, or a usage error naming the known ones. */
export function sectorOption(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const known = catalogueSectors();
  if (known.includes(text)) return text;
  const near = closest(text, known);
  const t = tr(lang);
  throw new UsageError(`--sector ${text}: ${t('danh mục không có ngành này', 'no such sector in the catalogue')}${near ? ` (${t('có phải', 'did you mean')} ${near}?)` : ''}; ${t('có', 'known')}: ${known.join(', ')}`);
}

export function registerAnniversaries(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('anniversaries')
    .description(t('danh mục ngày kỷ niệm trong một năm: ngày, số năm, năm tròn, năm lẻ 5', 'the catalogue of commemorative days in a year: date, ordinal, round or ending in 5'))
    .option('--year <year>', t('năm cần xem (mặc định: năm nay)', 'the year (default: this year)'))
    .option('--round', t('chỉ năm tròn và năm lẻ 5', 'only round years and years ending in 5'))
    .option('--sector <sector>', t('chỉ các ngày của một ngành, ví dụ tu-phap', "only one sector's days, e.g. tu-phap"))
    .option('-f, --format <format>', `${t('định dạng', 'format')}: ${formatNames('anniversaries').join(', ')} ${t('(mặc định: table trên terminal, markdown nếu không)', '(default: table on a terminal, else markdown)')}`)
    .option('-o, --output <file>', t('ghi ra tệp (định dạng suy từ đuôi tệp)', 'write to a file (format inferred from its extension)'))
    .option('--sep <char>', sepHelp(lang))
    .option('--force', t('cho phép ghi đè tệp đã có', 'allow overwriting an existing file'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua anniversaries --year 2025 --round\n  $ thidua anniversaries --year 2026 --sector tu-phap -o ngay-ky-niem-2026.csv\n',
        '\nExamples:\n  $ thidua anniversaries --year 2025 --round\n  $ thidua anniversaries --year 2026 --sector tu-phap -o anniversaries-2026.csv\n',
      ),
    )
    .action(async (opts: AnniversariesOpts) => {
      const format = pickFormat('anniversaries', opts.format, opts.output, io, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const sep = sepOption(opts.sep, format, lang);
      const year = yearOption(opts.year, io, lang);
      const sector = sectorOption(opts.sector, lang);
      const report = anniversaryReport(year, { round: Boolean(opts.round), ...(sector !== undefined && { sector }) });
      await renderOut(format, report, { ...opts, sep }, io, lang);
      run.code = EXIT_OK;
    });
}
