import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { tr } from './lang.js';

/** `--sep`'s help, shared with anniversaries. */
export const sepHelp = (lang: Lang): string =>
  tr(lang)("dấu phân cách cột của CSV: ',' (mặc định), ';' (Excel đặt vùng Việt Nam) hoặc tab", "CSV column separator: ',' (default), ';' (Excel set to a Vietnamese region) or tab");

/**
 * A command that reads one plan from a workspace (schedule, checklist,
 * report): the paths, plan choice, as-of date, format, output and colour
 * options they share, worded once.
 */
export function planCommand(program: Command, name: string, description: string, formats: readonly string[], lang: Lang): Command {
  const t = tr(lang);
  return program
    .command(name)
    .description(description)
    .argument('[paths...]', t('tệp, thư mục, mẫu glob, hoặc - (stdin)', 'files, folders, globs, or - for stdin'))
    .option('--plan <id>', t('chọn kế hoạch khi có nhiều (06/KH-STP hoặc 06/KH-STP@2018)', 'pick the plan when there are several (06/KH-STP or 06/KH-STP@2018)'))
    .option('--as-of <date>', t('tính đến ngày này (mặc định: hôm nay theo giờ Việt Nam)', 'as of this day (default: today in Vietnam)'))
    .option('-f, --format <format>', `${t('định dạng', 'format')}: ${formats.join(', ')} ${t('(mặc định: table trên terminal, markdown nếu không; theo đuôi tệp -o)', '(default: table on a terminal, else markdown; from the -o extension)')}`)
    .option('-o, --output <file>', t('ghi ra tệp thay vì màn hình', 'write to a file instead of stdout'))
    .option('--sep <char>', sepHelp(lang))
    .option('--force', t('cho phép ghi đè tệp đã có', 'allow overwriting an existing file'))
    .option('--disable <ids>', t('tắt quy tắc theo tên, như validate (phân cách bằng dấu phẩy)', 'turn rules off by id, as validate does (comma-separated)'), (v: string, prev: string[] = []) => [...prev, ...v.split(',').filter(Boolean)])
    .option('--color', t('luôn tô màu', 'force colour'))
    .option('--no-color', t('không tô màu', 'no colour'));
}
