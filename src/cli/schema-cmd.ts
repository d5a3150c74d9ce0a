import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { KINDS, schemaText } from '../load/schema.js';
import type { DocKind } from '../model/types.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { UsageError, type Run } from './errors.js';

export function registerSchema(program: Command, io: IO, _run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('schema')
    .description(t('in JSON Schema của một loại tài liệu (plan, units, progress)', 'print the JSON Schema of a document kind (plan, units, progress)'))
    .argument('[kind]', 'plan | units | progress', 'plan')
    .addHelpText('after', t('\nVí dụ:\n  $ thidua schema units > units.schema.json\n', '\nExample:\n  $ thidua schema units > units.schema.json\n'))
    .action((kind: string) => {
      if (!KINDS.includes(kind as DocKind)) throw new UsageError(`${t('không có loại', 'unknown kind')} "${kind}" (${KINDS.join(', ')})`);
      io.stdout(schemaText(kind as DocKind));
    });
}
