import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/load/depth.js';

/** tooDeep as first written, looking at every character: what the one that skips most of them must give. */
function reference(text: string, limit: number): number {
  const isBlank = (c: number): boolean => c === 32 || c === 9;
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    let j = i;
    while (j < end && text.charCodeAt(j) === 32) j++;
    const c0 = text.charCodeAt(j);
    const blank = j >= end || c0 === 35 || c0 === 13;
    if (!blank && flow === 0) {
      const indent = j - i;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let entries = 0;
    while (j + 1 < end && (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 63) && isBlank(text.charCodeAt(j + 1))) {
      entries++;
      j += 2;
      while (j < end && isBlank(text.charCodeAt(j))) j++;
      if (indents.length + entries + flow > limit) return j;
    }
    let quote = 0;
    for (let k = j; k < end; k++) {
      const c = text.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
        continue;
      }
      const prev = k === j ? 32 : text.charCodeAt(k - 1);
      const atToken = isBlank(prev) || prev === 91 || prev === 123 || prev === 44 || prev === 58;
      if (c === 35 && isBlank(prev)) break;
      if ((c === 34 || c === 39) && atToken) quote = c;
      else if ((c === 91 || c === 123) && (flow > 0 || atToken)) {
        flow++;
        if (indents.length + entries + flow > limit) return k;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    if (indents.length + entries + flow > limit) return j;
    i = end + 1;
  }
  return -1;
}

describe('tooDeep', () => {
  it('gives what looking at every character gives (generated texts of the characters that matter)', () => {
    const text = fc.array(fc.constantFrom(' ', ' ', '\n', '\t', '\r', '-', '?', '#', '"', "'", '[', ']', '{', '}', ',', ':', 'a', 'b'), { maxLength: 200 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, limit) => {
        expect(tooDeep(t, limit)).toBe(reference(t, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
