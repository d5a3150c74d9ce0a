import { describe, expect, it } from 'vitest';
import { NOT_PLAIN } from '../../src/load/fast.js';
import { CONTROL_CHARS } from '../../src/load/read.js';

describe('the characters of a plain text (src/load/fast.ts: NOT_PLAIN)', () => {
  it('are no tab and no control character, are NFC, and compose with none of them', () => {
    const plain: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (!NOT_PLAIN.test(String.fromCharCode(c))) plain.push(String.fromCharCode(c));
    expect(plain).toContain('ư');
    expect(plain).toContain('ệ');
    const unfit = plain.filter((a) => a === '\t' || CONTROL_CHARS.test(a) || a.normalize('NFC') !== a);
    expect(unfit).toEqual([]);
    // NFC changes a text only where a character is not NFC or one composes with the next.
    const composing: string[] = [];
    for (const a of plain) for (const b of plain) if ((a + b).normalize('NFC') !== a + b) composing.push(a + b);
    expect(composing).toEqual([]);
  });

  it('excludes what the full path must see: a combining mark, a tab, a control or bidi character', () => {
    for (const c of ['\u0301', '\t', '\u0007', '\u0085', '\u202e', '\ufeff']) expect(NOT_PLAIN.test(`tên: Nguye${c}n`)).toBe(true);
  });
});
