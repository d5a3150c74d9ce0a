import { Command, CommanderError } from 'commander';
import type { IO } from './io.js';
import { badLang, pickLang, tr } from './lang.js';
import { version } from './version.js';
import { loadCommands, requestedCommand } from './commands.js';
import { localise } from './commander-vi.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type Run } from './errors.js';


/** Runs the CLI for `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  const wrongLang = badLang(argv, io.env);
  if (wrongLang) {
    io.stderr(`thidua: ${wrongLang}\n`);
    return EXIT_USAGE;
  }
  const lang = pickLang(argv, io.env);
  const t = tr(lang);
  const run: Run = { code: EXIT_OK };
  const program = new Command('thidua')
    .description(
      t(
        'Kiểm tra và lập báo cáo cho kế hoạch thi đua viết bằng YAML.',
        'Validate and report on emulation-movement plans written in YAML.',
      ),
    )
    .version(version(), '-V, --version', t('in phiên bản', 'print the version'))
    .helpOption('-h, --help', t('xem hướng dẫn', 'show help'))
    .helpCommand('help [command]', t('xem hướng dẫn của một lệnh', 'show help for a command'))
    .option('--lang <lang>', t('ngôn ngữ thông báo: vi hoặc en (hoặc THIDUA_LANG)', 'message language: vi or en (or THIDUA_LANG)'), 'vi')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, getOutHelpWidth: () => io.columns ?? 80, getErrHelpWidth: () => io.columns ?? 80 });
  program.addHelpText('after', t('\nMã thoát: 0 sạch, 1 có lỗi, 2 không chạy được.\n', '\nExit codes: 0 clean, 1 findings, 2 could not run.\n'));
  // `--version` alone needs no command at all.
  const versionOnly = requestedCommand(argv) === undefined && argv.some((a) => a === '-V' || a === '--version');
  if (!versionOnly) for (const register of await loadCommands(argv)) register(program, io, run, lang);
  for (const c of [program, ...program.commands]) {
    if (c !== program) c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, getOutHelpWidth: () => io.columns ?? 80, getErrHelpWidth: () => io.columns ?? 80 }).helpOption('-h, --help', t('xem hướng dẫn', 'show help'));
    localise(c, lang, io.stderr);
  }
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return EXIT_OK;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.stderr(`thidua: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`thidua: ${t('lỗi nội bộ', 'internal error')}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  return run.code;
}
