/**
 * Vietnamese text in pre-Unicode encodings still circulates: TCVN3 (ABC, the
 * .VnTime fonts) and VNI (VNI-Times). Pasted from an old document, or saved by
 * an old editor, it arrives as Latin-1 letters ("KÕ ho¹ch", "Keá hoaïch").
 * Each string is judged on its own, so one pasted title is caught in an
 * otherwise Unicode file; `thidua fix` converts with the same tables.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

export const encodingName: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

// TCVN3 byte (as the Latin-1 character it shows as) → Unicode. Capitals with a tone
// have no code of their own: the .VnTimeH fonts draw the same bytes as capitals.
const TCVN3 =
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ ' +
  'Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ ' +
  'êờ ëở ìỡ íớ îợ ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ';
const tcvn3 = new Map(TCVN3.split(' ').map((p) => [p[0]!, p[1]!] as const));

// VNI writes a letter, then its marks as a second Latin-1 character.
const vniPairs: Record<string, string> = {
  a: 'øà ùá ûả õã ïạ ââ àầ áấ åẩ ãẫ äậ êă èằ éắ úẳ üẵ ëặ',
  e: 'øè ùé ûẻ õẽ ïẹ âê àề áế åể ãễ äệ',
  o: 'øò ùó ûỏ õõ ïọ âô àồ áố åổ ãỗ äộ',
  ô: 'øờ ùớ ûở õỡ ïợ',
  u: 'øù ùú ûủ õũ ïụ',
  ö: 'øừ ùứ ûử õữ ïự',
  y: 'øỳ ùý ûỷ õỹ',
};
const vniSingle: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', ì: 'ì', í: 'í', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
const vni = new Map(Object.entries(vniPairs).map(([base, list]) => [base, new Map(list.split(' ').map((p) => [p[0]!, p[1]!] as const))]));

const upper = (c: string, like: string): string => (like !== like.toLowerCase() ? c.toUpperCase() : c);

export function fromVni(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const lc = c.toLowerCase();
    const mark = s[i + 1]?.toLowerCase();
    const pair = mark !== undefined ? vni.get(lc)?.get(mark) : undefined;
    if (pair) {
      out += upper(pair, c);
      i++;
    } else out += vniSingle[lc] ? upper(vniSingle[lc], c) : c;
  }
  return out;
}

export function fromTcvn3(s: string): string {
  // Text in capitals (ASCII capitals, no small letters) had its toned letters drawn as capitals.
  const caps = (s.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]/.test(s);
  let out = '';
  for (const c of s) out += tcvn3.has(c) ? (caps ? tcvn3.get(c)!.toUpperCase() : tcvn3.get(c)!) : c;
  return out;
}

export const convertLegacy = (s: string, e: LegacyEncoding): string => (e === 'tcvn3' ? fromTcvn3(s) : fromVni(s));

// Letters only Unicode Vietnamese has (outside Latin-1): their presence settles it.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// Latin-1 letters that are also Vietnamese letters in Unicode.
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

/**
 * A Latin-1 character (U+00A1–U+00FF) that is not a Vietnamese letter. A regular
 * expression, not a loop over the text: every file's text is scanned, and the
 * engine scans a character class several times faster.
 */
const NOT_VIETNAMESE = new RegExp(
  `[${Array.from({ length: 0xff - 0xa1 + 1 }, (_, k) => String.fromCharCode(0xa1 + k))
    .filter((c) => !VIETNAMESE_LATIN1.includes(c))
    .map((c) => `\\u00${c.charCodeAt(0).toString(16)}`)
    .join('')}]`,
);

/** A cheap test that a text may hold legacy letters: a Latin-1 character Vietnamese does not use. */
export function mayHoldLegacy(text: string): boolean {
  return NOT_VIETNAMESE.test(text);
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/;
const NUCLEI = new Set(
  'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu'.split(' '),
);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Reads as one Vietnamese syllable: an onset, a known vowel cluster, a coda,
 * and at most one tone, on the vowel that carries it. The tone's place is
 * what tells "Keá" (VNI for "Kế") from its TCVN3 reading "Keỏ".
 */
function syllable(word: string): boolean {
  let plain = '';
  let toneAt = -1;
  for (const c of word.toLowerCase().normalize('NFD')) {
    if (!TONE.test(c)) plain += c;
    else if (toneAt >= 0) return false;
    else toneAt = plain.normalize('NFC').length - 1;
  }
  const m = SYLLABLE.exec(plain.normalize('NFC'));
  if (!m || !NUCLEI.has(m[2]!)) return false;
  if (toneAt < 0) return true;
  const nucleus = m[2]!;
  const at = toneAt - (m[1]?.length ?? 0);
  const marked = Math.max(...[...nucleus].map((c, i) => ('ăâêôơư'.includes(c) ? i : -1)));
  if (marked >= 0) return at === marked;
  if (m[3] || nucleus.length === 1) return at === nucleus.length - 1;
  if (nucleus.length === 3) return at === 1;
  return at === 0 || (['oa', 'oe', 'uy'].includes(nucleus) && at === 1);
}

/** How well a text reads once converted: syllables made, minus words left garbled. */
function score(text: string, e: LegacyEncoding): number {
  let good = 0;
  let bad = 0;
  for (const word of text.split(/[\s!-/:-@[-`{-~]+/)) {
    // A lone symbol ("©", "±") is no evidence either way.
    if (!mayHoldLegacy(word) || word.length < 2) continue;
    const c = convertLegacy(word, e);
    if (c !== word && syllable(c) && !mayHoldLegacy(c)) good++;
    else bad++;
  }
  // Names and foreign words may not be syllables; most words must be.
  return good > 0 && bad * 3 <= good ? good - bad : 0;
}

export interface LegacyText {
  encoding: LegacyEncoding;
  converted: string;
}

/** The encoding a string was typed in, when it reads as TCVN3 or VNI and not as Unicode. */
export function legacyText(s: string): LegacyText | undefined {
  if (!mayHoldLegacy(s) || UNICODE_VIETNAMESE.test(s)) return undefined;
  const t = score(s, 'tcvn3');
  const v = score(s, 'vni');
  if (t === 0 && v === 0) return undefined;
  const encoding: LegacyEncoding = v > t ? 'vni' : 'tcvn3';
  return { encoding, converted: convertLegacy(s, encoding) };
}

/** Kept for the fast path's gate: whether the text needs the full, per-string look. */
export function detectLegacy(text: string): boolean {
  return mayHoldLegacy(text);
}

/** U+00D0 (Icelandic eth) looks like Đ (U+0110) and breaks comparisons. */
export function findLookalikeD(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\u00d0'); i >= 0; i = text.indexOf('\u00d0', i + 1)) out.push(i);
  return out;
}

export interface LegacyFile extends LegacyText {
  /** Where the first legacy letter is (1-based), for the finding. */
  line: number;
  column: number;
}

/** A file that is not UTF-8 but reads as TCVN3 or VNI bytes: its text, converted. */
export function legacyFile(bytes: Uint8Array): LegacyFile | undefined {
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const found = legacyText(latin);
  if (!found) return undefined;
  let offset = 0;
  while (offset < latin.length && latin.charCodeAt(offset) < 0xa1) offset++;
  const before = latin.slice(0, offset).split('\n');
  return { ...found, line: before.length, column: before[before.length - 1]!.length + 1 };
}
