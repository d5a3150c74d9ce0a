import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { isValidateFormat, validateFormats } from '../formats/formats.js';
import type { ValidateResult } from '../formats/validate-result.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './main.js';
import { checkTarget, WriteRefused, writeAtomic, writeMessage } from './write.js';

export interface OutputFile {
  format: keyof typeof validateFormats;
  path: string;
}

/** `json=out.json` pairs, checked before any work so a typo costs nothing. */
export function parseOutputFiles(specs: string[], lang: Lang): OutputFile[] {
  return specs.map((s) => {
    const i = s.indexOf('=');
    const format = s.slice(0, i);
    if (i <= 0 || i === s.length - 1 || !isValidateFormat(format)) {
      throw new UsageError(`--output-file ${s}: ${tr(lang)('cần dạng ĐỊNH_DẠNG=ĐƯỜNG_DẪN', 'expected FORMAT=PATH')} (${Object.keys(validateFormats).join(', ')})`);
    }
    return { format, path: s.slice(i + 1) };
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
    try {
      checkTarget(abs, force);
    } catch (e) {
      if (e instanceof WriteRefused) throw new UsageError(writeMessage(o.path, e, lang));
      throw e;
    }
  }
}

export function writeOutputs(outputs: OutputFile[], result: ValidateResult, lang: Lang, io: IO, force: boolean): void {
  checkOutputs(outputs, lang, io, force);
  for (const o of outputs) {
    try {
      writeAtomic(resolve(io.cwd, o.path), validateFormats[o.format](result, { color: false, lang }), force);
    } catch (e) {
      if (e instanceof WriteRefused) throw new UsageError(writeMessage(o.path, e, lang));
      throw e;
    }
  }
}
