import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { rules } from '../rules/index.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import type { Run } from './errors.js';

export function registerRules(program: Command, io: IO, _run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('rules')
    .description(t('liệt kê các quy tắc kiểm tra', 'list the validation rules'))
    .option('--json', t('xuất dạng JSON', 'print JSON'))
    .addHelpText('after', t('\nVí dụ:\n  $ thidua rules --lang en\n', '\nExample:\n  $ thidua rules --json\n'))
    .action((opts: { json?: boolean }) => {
      const list = rules.map((r) => ({ id: r.id, severity: r.severity, tier: r.tier, description: r.description[lang] }));
      if (opts.json) {
        io.stdout(JSON.stringify(list, null, 2) + '\n');
        return;
      }
      const width = Math.max(...list.map((r) => r.id.length));
      for (const r of list) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.tier.padEnd(7)}  ${r.description}\n`);
    });
}
