import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { buildPlanDocument } from '../views/plan-document.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_FINDINGS, EXIT_OK, type Run } from './errors.js';
import { checkOutput, pickFormat, renderOut } from './format-args.js';
import { formatNames } from '../formats/registry.js';
import { loadPlan } from './plan-args.js';

interface DocumentOpts {
  plan?: string;
  format?: string;
  output?: string;
  force?: boolean;
}

export function registerDocument(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('document')
    .alias('plan-doc')
    .description(t('kế hoạch thành văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP, để trình ký', 'the plan as a Word document in the form of Decree 30/2020/NĐ-CP, ready to sign'))
    .argument('[paths...]', t('tệp, thư mục, mẫu glob, hoặc - (stdin)', 'files, folders, globs, or - for stdin'))
    .option('--plan <id>', t('chọn kế hoạch khi có nhiều (06/KH-STP hoặc 06/KH-STP@2018)', 'pick the plan when there are several (06/KH-STP or 06/KH-STP@2018)'))
    .option('-f, --format <format>', `${t('định dạng', 'format')}: ${formatNames('document').join(', ')}`)
    .option('-o, --output <file>', t('ghi ra tệp (bắt buộc khi đầu ra là terminal)', 'write to a file (required when stdout is a terminal)'))
    .option('--force', t('cho phép ghi đè tệp đã có', 'allow overwriting an existing file'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua document examples/tien-giang-2018 -o ke-hoach-06-KH-STP.docx\n  $ thidua plan-doc plans/ --plan 12/KH-STP@2026 > ke-hoach.docx\n\nCác trường của thể thức (place, managingAgency, issuingAgency,\nrecipients, signerTitle, signerAuthority): xem docs/document.md.\n',
        '\nExamples:\n  $ thidua document examples/tien-giang-2018 -o plan-06-KH-STP.docx\n  $ thidua plan-doc plans/ --plan 12/KH-STP@2026 > plan.docx\n\nThe form fields (place, managingAgency, issuingAgency,\nrecipients, signerTitle, signerAuthority): see docs/document.md.\n',
      ),
    )
    .action(async (paths: string[], opts: DocumentOpts) => {
      // Word is the only format, so it is the one whatever -o's extension says or the terminal is.
      const format = pickFormat('document', opts.format ?? 'docx', opts.output, io, lang);
      checkOutput(opts.output, Boolean(opts.force), io, lang);
      const loaded = await loadPlan(paths, opts.plan, io, lang);
      if ('refused' in loaded) {
        run.code = EXIT_FINDINGS;
        return;
      }
      await renderOut(format, buildPlanDocument(loaded), opts, io, lang);
      run.code = EXIT_OK;
    });
}
