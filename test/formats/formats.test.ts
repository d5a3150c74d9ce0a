import { describe, expect, it } from 'vitest';
import { isValidateFormat, validateFormats } from '../../src/formats/formats.js';
import { result } from './fixtures.js';

describe('validateFormats', () => {
  it('offers the five formats', () => {
    expect(Object.keys(validateFormats).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });
  it('recognises only those names', () => {
    expect(isValidateFormat('sarif')).toBe(true);
    expect(isValidateFormat('SARIF')).toBe(false);
    expect(isValidateFormat('toString')).toBe(false);
    expect(isValidateFormat('__proto__')).toBe(false);
  });
  it('every formatter returns text ending in a newline, with no ESC when colour is off', () => {
    for (const f of Object.values(validateFormats)) {
      const out = f(result(), { color: false, lang: 'en' });
      expect(out.endsWith('\n')).toBe(true);
      // JSON and SARIF keep user text verbatim but JSON-encoded, so the raw byte never appears.
      expect(out).not.toContain('\x1b');
    }
  });
});
