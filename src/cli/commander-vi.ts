import { Help, type Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';

/**
 * commander writes its own words ("Usage:", "(default: …)", "error: unknown
 * option") in English; a clerk running thidua in Vietnamese must not meet
 * them. Its hooks are used: configureHelp for the help text, configureOutput
 * for the errors (translated sentence by sentence, the names kept).
 */
const titles: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Đối số:',
  'Global Options:': 'Tùy chọn chung:',
};

const words = (s: string): string =>
  s
    .replace(/\(choices: /g, '(lựa chọn: ')
    .replace(/([(,] )?default: /g, (_m, pre: string | undefined) => `${pre ?? ''}mặc định: `)
    .replace(/\(default: /g, '(mặc định: ')
    .replace(/preset: /g, 'nếu không ghi giá trị: ')
    .replace(/env: /g, 'biến môi trường: ')
    .replace(/\[options\]/g, '[tùy chọn]')
    .replace(/\[command\]/g, '[lệnh]');

const errors: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']*)'/, "lỗi: thiếu đối số bắt buộc '$1'"],
  [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: required option '([^']*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ."],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./, "lỗi: giá trị '$1' của đối số '$2' không hợp lệ."],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: quá nhiều đối số: cần $2, nhận được $3.'],
  [/ Allowed choices are ([^\n]*)\./, ' Các lựa chọn: $1.'],
  [/\(Did you mean one of ([^)]*)\?\)/, '(Có phải ý bạn là một trong: $1?)'],
  [/\(Did you mean ([^)]*)\?\)/, '(Có phải ý bạn là $1?)'],
  [/^error: /, 'lỗi: '],
];

/** commander's error text in Vietnamese; names and values the user typed are kept. */
export function errorVi(s: string): string {
  return errors.reduce((acc, [re, to]) => acc.replace(re, to), s);
}

/** Applies the language to one command's help and error output. */
export function localise(cmd: Command, lang: Lang, writeErr: (s: string) => void): void {
  if (lang !== 'vi') return;
  const base = new Help();
  cmd.configureHelp({
    styleTitle: (s: string) => titles[s] ?? s,
    optionDescription: (o) => words(base.optionDescription(o)),
    argumentDescription: (a) => words(base.argumentDescription(a)),
    commandUsage: (c) => words(base.commandUsage(c)),
    subcommandTerm: (c) => words(base.subcommandTerm(c)),
  });
  cmd.configureOutput({ ...cmd.configureOutput(), outputError: (s: string) => writeErr(errorVi(s)) });
}
