import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { draftId, planPath, scaffold, slugify, uniqueIds, unitFromSpec, type InitAnswers, type InitUnit } from '../authoring/init-scaffold.js';
import { escapeTerminal } from '../formats/escape.js';
import { sectorOption, yearOption } from './anniversaries-cmd.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { EXIT_OK, UsageError, type Run } from './errors.js';
import { packThidua } from './init-pack.js';
import { asOfDate } from './as-of.js';
import { checkTarget, WriteRefused, writeAtomic, writeMessage } from './write.js';

interface InitOpts {
  issuer?: string;
  issuerId?: string;
  issuerKind: string;
  year?: string;
  unit: string[];
  unitKind: string;
  agency: string;
  sector?: string;
  signer?: string;
  force?: boolean;
  asOf?: string;
  thidua?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// The agency part of `__/KH-<agency>`: abbreviation groups, so the draft parses as a document number.
const AGENCY = /^[\p{L}\d]+(-[\p{L}\d]+)*$/u;
const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** A folder holding nothing but a fresh `git init` counts as empty; a missing one is made. */
function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).filter((n) => n !== '.git').length === 0;
  } catch {
    return true;
  }
}

/** `init somefile`: a sentence, not the EEXIST or ENOTDIR that mkdir would throw. */
function refuseNonFolder(dir: string, shown: string, lang: Lang): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw new UsageError(`${shown}: ${tr(lang)('không phải thư mục; chọn một thư mục (mới hoặc trống) cho kho kế hoạch', 'not a folder; name a folder (new or empty) for the plan repository')}`);
}

/** The answers from flags, asking on a terminal for what is missing; scripts pass flags and are never asked. */
async function answers(opts: InitOpts, io: IO, lang: Lang): Promise<InitAnswers> {
  const t = tr(lang);
  const ask = io.stdoutIsTTY && io.prompt ? io.prompt : undefined;
  let issuerName = opts.issuer?.trim();
  if (!issuerName && ask) issuerName = (await ask(t('Cơ quan ban hành kế hoạch (ví dụ: Sở Tư pháp tỉnh Đồng Tháp): ', 'Issuing office (e.g. Sở Tư pháp tỉnh Đồng Tháp): '))).trim();
  if (!issuerName) throw new UsageError(t('cần --issuer "tên cơ quan ban hành"', '--issuer "name of the issuing office" is required'));
  let yearText = opts.year;
  // In December the plan being written is next year's.
  const today = asOfDate(opts.asOf, io, lang);
  const planYear = today.m === 12 ? today.y + 1 : today.y;
  if (yearText === undefined && ask) yearText = (await ask(t(`Năm kế hoạch [${planYear}]: `, `Plan year [${planYear}]: `))).trim() || undefined;
  const year = yearText === undefined ? planYear : yearOption(yearText, io, lang, 1900, 2199);
  let specs = opts.unit;
  if (specs.length === 0 && ask) {
    const line = await ask(t('Các đơn vị trực thuộc, cách nhau bằng dấu ; (bỏ trống nếu chưa có): ', 'Units under it, separated by ; (empty for none): '));
    specs = line.split(';').map((s) => s.trim()).filter(Boolean);
  }
  for (const [flag, v] of [['--issuer-id', opts.issuerId], ['--issuer-kind', opts.issuerKind], ['--unit-kind', opts.unitKind]] as const) {
    if (v !== undefined && !SLUG.test(v)) throw new UsageError(`${flag} ${v}: ${t('mã viết thường không dấu, nối bằng -', 'a lowercase ASCII slug, joined by -')}`);
  }
  if (!AGENCY.test(opts.agency)) throw new UsageError(`--agency ${opts.agency}: ${t('chữ viết tắt tên cơ quan, ví dụ STP', "the office's abbreviation, e.g. STP")}`);
  const issuer: InitUnit = { id: opts.issuerId ?? slugify(issuerName), name: issuerName.normalize('NFC'), kind: opts.issuerKind };
  const units = uniqueIds(specs.map((s) => unitFromSpec(s, opts.unitKind)), [issuer.id]);
  const sector = sectorOption(opts.sector, lang);
  return {
    issuer,
    year,
    units,
    agency: opts.agency,
    ...(sector !== undefined && { sector }),
    ...(opts.signer?.trim() && { signer: opts.signer.trim().normalize('NFC') }),
    dependency: opts.thidua?.trim() || '',
  };
}

export function registerInit(program: Command, io: IO, run: Run, lang: Lang): void {
  const t = tr(lang);
  program
    .command('init')
    .description(t('tạo kho kế hoạch thi đua cho một cơ quan', 'scaffold a plan repository for an office'))
    .argument('[dir]', t('thư mục (mặc định: thư mục hiện tại)', 'folder (default: the current one)'))
    .option('--issuer <name>', t('tên cơ quan ban hành', 'name of the issuing office'))
    .option('--issuer-id <id>', t('mã cơ quan (mặc định: suy từ tên)', "the office's id (default: from its name)"))
    .option('--issuer-kind <kind>', t('loại đơn vị của cơ quan', "the office's unit kind"), 'co-quan')
    .option('--year <year>', t('năm kế hoạch (mặc định: năm nay; năm sau nếu đang là tháng 12)', 'plan year (default: this year; next year in December)'))
    .option('--as-of <date>', t('coi hôm nay là ngày này (cho năm mặc định)', 'take today to be this day (for the default year)'))
    .option('--unit <unit>', t('một đơn vị trực thuộc: "Tên" hoặc "ma=Tên" (lặp lại được)', 'a unit under it: "Name" or "id=Name" (repeatable)'), collect, [])
    .option('--unit-kind <kind>', t('loại đơn vị của các đơn vị trực thuộc', 'unit kind of those units'), 'phong')
    .option('--agency <abbr>', t('chữ viết tắt tên cơ quan trong số ký hiệu, ví dụ STP', "the office's abbreviation in document numbers, e.g. STP"), 'XXX')
    .option('--sector <sector>', t('ngành (thêm ngày truyền thống của ngành), ví dụ tu-phap', "the sector (adds its own days), e.g. tu-phap"))
    .option('--signer <name>', t('người ký', 'the signer'))
    .option('--force', t('ghi vào thư mục đã có tệp (ghi đè tệp trùng tên)', 'write into a non-empty folder (overwriting files of the same name)'))
    .option('--thidua <spec>', t('phiên bản thidua ghi vào package.json, ví dụ ^0.2.0 (mặc định: chép chính bản thidua này vào vendor/)', 'the thidua dependency for package.json, e.g. ^0.2.0 (default: this thidua, packed into vendor/)'))
    .addHelpText(
      'after',
      t(
        '\nVí dụ:\n  $ thidua init ke-hoach --issuer "Sở Tư pháp tỉnh Đồng Tháp" \\\n      --issuer-id so-tu-phap --agency STP --sector tu-phap --year 2026 \\\n      --unit "Phòng Văn bản"\n',
        '\nExample:\n  $ thidua init plans --issuer "Sở Tư pháp tỉnh Đồng Tháp" --issuer-id so-tu-phap --agency STP --sector tu-phap --year 2026 --unit "Phòng Văn bản"\n',
      ),
    )
    .action(async (dirArg: string | undefined, opts: InitOpts) => {
      const dir = resolve(io.cwd, dirArg ?? '.');
      refuseNonFolder(dir, dirArg ?? '.', lang);
      // Refused before any question: an answer typed for nothing is a waste of the clerk's time.
      if (!opts.force && !isEmptyDir(dir)) throw new UsageError(`${dirArg ?? '.'}: ${t('thư mục đã có tệp; dùng --force để ghi vào đó', 'the folder is not empty; use --force to write into it')}`);
      const a = await answers(opts, io, lang);
      // This thidua, packed into vendor/ (init-pack.ts says why), unless --thidua names another.
      const extra: { path: string; content: string | Uint8Array }[] = [];
      if (!a.dependency) {
        const pack = packThidua();
        if ('error' in pack) throw new UsageError(`${t('không đóng gói được thidua vào vendor/ (cần npm); dùng --thidua để ghi phiên bản', 'could not pack thidua into vendor/ (npm is needed); name a version with --thidua')}: ${pack.error}`);
        extra.push({ path: `vendor/${pack.name}`, content: pack.bytes });
        a.dependency = `file:vendor/${pack.name}`;
      }
      const files: { path: string; content: string | Uint8Array }[] = [...scaffold(a), ...extra];
      // Every target checked before any is written; with --force, the files replaced are named.
      const replaced = new Set<string>();
      for (const f of files) {
        const abs = join(dir, f.path);
        try {
          checkTarget(abs, Boolean(opts.force));
        } catch (e) {
          if (e instanceof WriteRefused) throw new UsageError(writeMessage(f.path, e, lang));
          throw e;
        }
        try {
          checkTarget(abs, false);
        } catch {
          replaced.add(f.path);
        }
      }
      for (const f of files) {
        const abs = join(dir, f.path);
        try {
          mkdirSync(dirname(abs), { recursive: true });
          writeAtomic(abs, f.content, Boolean(opts.force));
        } catch (e) {
          if (e instanceof WriteRefused) throw new UsageError(writeMessage(f.path, e, lang));
          throw new UsageError(`${f.path}: ${t('không tạo được thư mục', 'could not make the folder')} (${(e as NodeJS.ErrnoException).code ?? '?'})`);
        }
      }
      const shown = relative(io.cwd, dir) || '.';
      const cd = shown === '.' ? '' : `cd ${shown} && `;
      io.stdout(t(`Đã tạo kho kế hoạch trong ${shown}:\n`, `Created a plan repository in ${shown}:\n`));
      for (const f of files) io.stdout(`  ${escapeTerminal(f.path)}${replaced.has(f.path) ? t(' (ghi đè tệp đã có)', ' (replaced the existing file)') : ''}\n`);
      io.stdout(
        t(
          `\nTiếp theo:\n  ${cd}npm install\n  npx thidua validate\nCommit package-lock.json (do npm install tạo) cùng các tệp trên.\nKhi kế hoạch được cấp số, thay ${draftId(a.agency)} trong ${planPath(a.year)} và ghi ngày ban hành (issued).\n`,
          `\nNext:\n  ${cd}npm install\n  npx thidua validate\nCommit package-lock.json (npm install makes it) with the files above.\nWhen the plan is numbered, replace ${draftId(a.agency)} in ${planPath(a.year)} and set issued.\n`,
        ),
      );
      run.code = EXIT_OK;
    });
}
