import { Argument, type Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { bashScript } from './completion/bash.js';
import { powershellScript } from './completion/powershell.js';
import { programSpec, SHELLS, type Shell } from './completion/spec.js';
import { zshScript } from './completion/zsh.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import type { Run } from './errors.js';

const scripts: Record<Shell, typeof bashScript> = { bash: bashScript, zsh: zshScript, powershell: powershellScript };

/** `thidua completion SHELL`: the script is written from the program as registered, every command loaded (commands.ts). */
export function registerCompletion(program: Command, io: IO, _run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('completion')
    .description(t('in đoạn mã gợi ý lệnh bằng phím Tab cho bash, zsh hoặc PowerShell', 'print a Tab-completion script for bash, zsh or PowerShell'))
    .addArgument(new Argument('<shell>', t('trình shell', 'the shell')).choices(SHELLS))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ source <(thidua completion bash)        # bash, phiên này\n  $ source <(thidua completion zsh)         # zsh, sau compinit\n  PS> thidua completion powershell | Out-String | Invoke-Expression\n',
        '\nExamples:\n  $ source <(thidua completion bash)        # bash, this session\n  $ source <(thidua completion zsh)         # zsh, after compinit\n  PS> thidua completion powershell | Out-String | Invoke-Expression\n',
      ),
    )
    .action((shell: Shell) => {
      io.stdout(scripts[shell](programSpec(program, { help: t('xem hướng dẫn', 'show help'), helpCommand: t('xem hướng dẫn của một lệnh', 'show help for a command') })));
    });
}
