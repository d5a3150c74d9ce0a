import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ValidateFormatter } from './validate-result.js';

export type ValidateFormat = 'stylish' | 'json' | 'sarif' | 'junit' | 'github';

export const validateFormats: Record<ValidateFormat, ValidateFormatter> = { stylish, json, sarif, junit, github };

export function isValidateFormat(s: string): s is ValidateFormat {
  // Own keys only: `toString` or `__proto__` must not pass as a format name.
  return Object.prototype.hasOwnProperty.call(validateFormats, s);
}
