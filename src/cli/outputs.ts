import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { findFormat, formatForFile, formatNames } from '../formats/registry.js';
import type { Format } from '../formats/render-context.js';
import type { ValidateResult } from '../formats/validate-result.js';
import { UsageError } from './errors.js';
import { checkOutput, emit } from './format-args.js';
import type { IO } from './io.js';
import { tr } from './lang.js';

export interface OutputFile {
  format: Format<ValidateResult>;
  path: string;
}

/**
 * `json=out.json` pairs, or a bare path whose extension names the format
 * (`report.sarif`); checked before any work so a typo costs nothing.
 */
export function parseOutputFiles(specs: string[], lang: Lang): OutputFile[] {
  return specs.map((s) => {
    const i = s.indexOf('=');
    const named = i > 0 ? findFormat('validate', s.slice(0, i)) : undefined;
    const path = named ? s.slice(i + 1) : s;
    const format = named ?? (i < 0 ? formatForFile('validate', s) : undefined);
    if (!format || path === '') {
      throw new UsageError(`--output-file ${s}: ${tr(lang)('cần dạng ĐỊNH_DẠNG=ĐƯỜNG_DẪN', 'expected FORMAT=PATH')} (${formatNames('validate').join(', ')})`);
    }
    return { format, path };
  });
}

/**
 * Every target is checked before any is written: a run that refuses its second
 * file must not leave the first behind. The same file named twice is refused too.
 */
export function checkOutputs(outputs: OutputFile[], lang: Lang, io: IO, force: boolean): void {
  const seen = new Set<string>();
  for (const o of outputs) {
    const abs = resolve(io.cwd, o.path);
    if (seen.has(abs)) throw new UsageError(`${o.path}: ${tr(lang)('được ghi hai lần (hai -o cùng một tệp)', 'named twice (two -o for the same file)')}`);
    seen.add(abs);
    checkOutput(o.path, force, io, lang);
  }
}

/** Each `-o` file, never coloured. */
export async function writeOutputs(outputs: OutputFile[], result: ValidateResult, lang: Lang, io: IO, force: boolean): Promise<void> {
  checkOutputs(outputs, lang, io, force);
  for (const o of outputs) emit(await o.format.render(result, { color: false, lang, output: o.path }), o.path, force, io, lang);
}
