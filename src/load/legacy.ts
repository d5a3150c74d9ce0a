/**
 * Vietnamese text in pre-Unicode encodings still circulates (TCVN3/ABC, VNI),
 * and decodes as valid but garbled Latin-1-looking text. We detect and say so;
 * converting silently would hide which files need re-saving.
 */

// Letters only Unicode Vietnamese has (outside Latin-1): their presence settles it.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// Latin-1 characters that are not Vietnamese letters: TCVN3 puts its letters there.
const TCVN3 = /[\u00a4-\u00bf\u00c6\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/g;
// VNI writes a tone as a second, non-Vietnamese Latin-1 letter after the vowel; đ as ñ.
const VNI = /[aeiouyAEIOUY][ïøäåëüûöÏØÄÅËÜÛÖ]|[ñÑ][a-zA-Z]/g;

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyHit {
  encoding: LegacyEncoding;
  index: number;
  sample: string;
}

/** Finds where the text reads as TCVN3 or VNI mojibake, if it has no real Vietnamese. */
export function detectLegacy(text: string): LegacyHit | undefined {
  if (UNICODE_VIETNAMESE.test(text)) return undefined;
  // The encoding with more tell-tale sequences wins: the two share some characters.
  let best: { encoding: LegacyEncoding; hits: RegExpMatchArray[] } | undefined;
  for (const [encoding, re] of [['vni', VNI], ['tcvn3', TCVN3]] as const) {
    const hits = [...text.matchAll(re)];
    if (hits.length >= 2 && (!best || hits.length > best.hits.length)) best = { encoding, hits };
  }
  if (!best) return undefined;
  const index = best.hits[0]!.index ?? 0;
  const lineStart = Math.max(text.lastIndexOf('\n', index) + 1, index - 12);
  const lineEnd = text.indexOf('\n', index);
  const sample = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, index + 24)).trim();
  return { encoding: best.encoding, index, sample };
}

/** U+00D0 (Icelandic eth) looks like Đ (U+0110) and breaks comparisons. */
export function findLookalikeD(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\u00d0'); i >= 0; i = text.indexOf('\u00d0', i + 1)) out.push(i);
  return out;
}
