/**
 * Vietnamese text in pre-Unicode encodings still circulates (TCVN3/ABC, VNI),
 * and decodes as valid but garbled Latin-1-looking text. We detect and say so;
 * converting silently would hide which files need re-saving.
 */

// Sequences that are common in TCVN3 and VNI output and never in real Vietnamese.
const TCVN3 = /[¹¸µ¶·Ê¾»¼½ÆÇÈÉËÌÎÏÑÒÓÔÕÖ×ØÜÝÞßãäåæçèéêëìíîïñòóôõö÷øùúûüýþ][a-z ]|[a-z][¹¸µ¶·¾»¼½Æ×ØÜÝÞß]/g;
const VNI = /[aeiouy][ùøûõïáàåãäâéèúüëêöôòóñ]|[AEIOUY][ÙØÛÕÏÁÀÅÃÄÂÉÈÚÜËÊÖÔÒÓÑ]|ñ[a-z]/g;
const REAL_VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyHit {
  encoding: LegacyEncoding;
  index: number;
  sample: string;
}

/** Finds the first line that reads as TCVN3 or VNI mojibake, if the file has no real Vietnamese. */
export function detectLegacy(text: string): LegacyHit | undefined {
  if (REAL_VIETNAMESE.test(text)) return undefined;
  // The encoding with more tell-tale sequences wins: the two share some letters.
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
