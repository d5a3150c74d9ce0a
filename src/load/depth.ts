/**
 * A cheap upper estimate of how deeply a YAML text nests, so that a file
 * nested thousands of levels deep gets a located finding instead of a stack
 * overflow in a recursive parser. It counts block levels (a stack of
 * indentations), `- ` and `? ` entries opened on one line, and open flow
 * brackets, skipping quoted text and comments. It may overcount odd text; a
 * plan nests a handful of levels, so the limit leaves room for any honest file.
 */
export const MAX_DEPTH = 256;

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** The offset where nesting first passes `limit`, or -1. */
export function tooDeep(text: string, limit = MAX_DEPTH): number {
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
    // `- - - x` and `? ? x` open one level per indicator.
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
      // Only # " ' [ { ] } change what is counted: the character before is looked at for them
      // alone, not for every character (a call of isBlank each, not inlined in a run of many
      // files: src/cli/v8-flags.ts). validate on 2 MiB with an unknown key on every unit,
      // which the fast reader reads and this then scans: 8.68 -> 8.58 G instructions (callgrind).
      if (c !== 35 && c !== 34 && c !== 39 && c !== 91 && c !== 123 && c !== 93 && c !== 125) continue;
      const prev = k === j ? 32 : text.charCodeAt(k - 1);
      const atToken = isBlank(prev) || prev === 91 || prev === 123 || prev === 44 || prev === 58;
      if (c === 35 && isBlank(prev)) break; // a comment
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
