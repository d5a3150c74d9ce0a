import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { isValidateFormat, validateFormats } from '../formats/formats.js';
import type { ValidateResult } from '../formats/validate-result.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './main.js';
import { WriteRefused, writeAtomic } from './write.js';

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

export function writeOutputs(outputs: OutputFile[], result: ValidateResult, lang: Lang, io: IO, force: boolean): void {
  for (const o of outputs) {
    try {
      writeAtomic(resolve(io.cwd, o.path), validateFormats[o.format](result, { color: false, lang }), force);
    } catch (e) {
      const t = tr(lang);
      if (e instanceof WriteRefused) throw new UsageError(`${o.path}: ${t('tệp đã có; dùng --force để ghi đè', 'file exists; use --force to overwrite')}`);
      throw new UsageError(`${o.path}: ${(e as Error).message}`);
    }
  }
}
