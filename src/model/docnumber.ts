/**
 * Document numbers (số, ký hiệu) as the domain brief describes them. Pure: no
 * I/O, no locale. The grammars, tried in this order:
 *
 * - draft: `DRAFT`/`draft`, or a number left blank or marked (`…/KH-STP`,
 *   `__/KH-STP`, `/KH-STP`; also `dự thảo`): not yet numbered, nothing else checked.
 * - legal (văn bản quy phạm pháp luật, Luật Ban hành VBQPPL 2015 Điều 8):
 *   `NN/YYYY/TYPE-AGENCY` (`98/2023/NĐ-CP`, `01/2024/TT-BNV`), or with the
 *   issuing body and its term only: `NN/YYYY/QH15`, `NN/YYYY/UBTVQH15`.
 * - party (Hướng dẫn 36-HD/VPTW): `NN-TYPE/BODY` (`21-CT/TW`, `08-QĐi/TW`).
 * - administrative (NĐ 30/2020/NĐ-CP, Phụ lục I and III): `NN/TYPE-AGENCY`
 *   (`06/KH-STP`, `30/CT-TTg`, `1663/NQ-UBTVQH15`).
 * - official letter (công văn): `NN/AGENCY-UNIT`, no type (`1459/SNV-TĐKT`).
 *   "CV" is not a state type and is reported; nor is a công văn typed NĐ,
 *   TTLT or NQLT: that is a legal document missing its year (`12/NĐ-CP`).
 *
 * The number is a positive integer written with a leading zero below 10 (`06`,
 * never `6` nor `006`). Abbreviation groups are letters (Đ included, lowercase
 * allowed: `TTg`) and digits, separated by single hyphens, with no spaces.
 */

import { editDistance } from './text.js';

/** Phụ lục III, NĐ 30/2020/NĐ-CP: administrative document types, and the copies SY, TrS, SL. */
export const ADMIN_TYPES: readonly string[] = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ',
  'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL',
];

/**
 * Normative legal documents: L (Lệnh, L-CTN), PL (Pháp lệnh, older form), NQ,
 * NQLT, NĐ, QĐ, CT (Chỉ thị, under the 2008 law), TT, TTLT.
 */
export const LEGAL_TYPES: readonly string[] = ['L', 'PL', 'NQ', 'NQLT', 'NĐ', 'QĐ', 'CT', 'TT', 'TTLT'];

/** Hướng dẫn 36-HD/VPTW: Party document types (a Party công văn does write CV). */
export const PARTY_TYPES: readonly string[] = [
  'NQ', 'QĐ', 'QĐi', 'CT', 'KL', 'QC', 'TT', 'HD', 'BC', 'KH', 'CTr', 'TB', 'TTr', 'ĐA', 'PA', 'ĐC', 'CV',
  'CĐ', 'BB', 'GM', 'GGT', 'GCN', 'GUQ', 'GNP', 'PG', 'PC', 'PB',
];

/** Types only a normative legal document has: written without its year, `12/NĐ-CP` lacks it. */
const LEGAL_ONLY: readonly string[] = ['NĐ', 'TTLT', 'NQLT'];

export type DocNumberKind = 'administrative' | 'official-letter' | 'legal' | 'party';

export interface DocNumber {
  kind: DocNumberKind;
  number: number;
  year?: number;
  type?: string;
  agency: string;
}

export interface DraftNumber {
  kind: 'draft';
}

export type DocNumberErrorCode = 'spaces' | 'padding' | 'unknown-type' | 'cv' | 'missing-year' | 'malformed';

export interface DocNumberError {
  error: DocNumberErrorCode;
  /** The type as written, for `unknown-type` and `missing-year`. */
  type?: string;
  /** The closest known type, for `unknown-type`. */
  closest?: string;
  /** The whole number corrected, when every problem in it has one fix. */
  suggestion?: string;
}

export type ParsedDocNumber = DocNumber | DraftNumber | DocNumberError;

export const isDocNumberError = (r: ParsedDocNumber): r is DocNumberError => 'error' in r;

/** True for a number not given yet: `DRAFT`, `…/KH-STP`, `__/KH-STP`. */
export const isDraftNumber = (s: string): boolean => {
  const r = parseDocNumber(s);
  return !isDocNumberError(r) && r.kind === 'draft';
};

/**
 * A group of letters and digits, with a letter; made on first use: V8 builds
 * \p{L}'s ranges from ICU for each of the three when it reads the pattern,
 * ~2.4 M instructions (callgrind) of every start that loads this module.
 */
let group: RegExp | undefined;
/**
 * The same for groups of Latin letters (ASCII to Latin Extended Additional,
 * Vietnamese among them), each a \p{L} (test/model/docnumber.test.ts), asked
 * first: with \p{L} compiled and run as well, `validate` on one plan took
 * ~185 M instructions instead of ~177 M (callgrind).
 */
export const LATIN_LETTERS = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
const LATIN_GROUP = new RegExp(`^[${LATIN_LETTERS}\\d]*[${LATIN_LETTERS}][${LATIN_LETTERS}\\d]*$`);
const isGroup = (g: string): boolean => LATIN_GROUP.test(g) || (group ??= /^[\p{L}\d]*\p{L}[\p{L}\d]*$/u).test(g);
const NUMBER = /^\d+$/;
const TERM_BODY = /^(QH|UBTVQH)\d+$/;

/** The look-alike Ð (U+00D0) is reported by the loader; here it reads as Đ. */
const fold = (s: string): string => s.replace(/\u00D0/g, 'Đ');
/** Case and diacritic blind, to catch `QD`, `Kh`, `CTR` written for `QĐ`, `KH`, `CTr`. */
const loose = (s: string): string => fold(s).replace(/[Đđ]/g, 'D').toUpperCase();

/** The known type a mistyped one stands for: same letters first, then one edit away. */
function nearestType(type: string, list: readonly string[]): string | undefined {
  const hit = list.find((t) => t.toUpperCase() === fold(type).toUpperCase()) ?? list.find((t) => loose(t) === loose(type));
  if (hit) return hit;
  let best: string | undefined;
  let bestD = 2;
  for (const t of list) {
    const d = editDistance(loose(type), loose(t));
    if (d < bestD) [best, bestD] = [t, d];
  }
  return best;
}

const groupsOk = (groups: string[]): boolean => groups.length > 0 && groups.every(isGroup);

/** `06` for 6, `10` for 010; undefined for 0. */
function padded(num: string): string | undefined {
  const n = Number(num);
  if (!Number.isSafeInteger(n) || n < 1) return undefined;
  return String(n).padStart(2, '0');
}

/** One pass: the first problem found, with a fix for that problem alone. */
function parseOnce(s: string): ParsedDocNumber {
  if (/^(draft|dự thảo)$/i.test(s.trim()) || /^\s*(…|\.{2,}|_+)?\s*\//.test(s)) return { kind: 'draft' };
  if (/\s/.test(s)) return { error: 'spaces', suggestion: s.replace(/\s+/g, '') };

  let kind: DocNumberKind;
  let num: string;
  let year: number | undefined;
  let type: string | undefined;
  let agency: string[];
  let types: readonly string[];
  let rebuild: (n: string, t: string | undefined) => string;

  const legal = /^([^/]+)\/(\d{4})\/([^/]+)$/.exec(s);
  const party = /^(\d+)-([^/-]+)\/([^/]+)$/.exec(s);
  const admin = /^([^/]+)\/([^/]+)$/.exec(s);
  if (legal) {
    kind = 'legal';
    [num, year] = [legal[1]!, Number(legal[2])];
    const groups = legal[3]!.split('-');
    types = LEGAL_TYPES;
    if (groups.length === 1 && TERM_BODY.test(groups[0]!)) [type, agency] = [undefined, groups];
    else [type, agency] = [groups[0], groups.slice(1)];
    rebuild = (n, t) => `${n}/${year}/${[t, ...agency].filter(Boolean).join('-')}`;
  } else if (party) {
    kind = 'party';
    [num, type, agency] = [party[1]!, party[2]!, party[3]!.split('-')];
    types = PARTY_TYPES;
    rebuild = (n, t) => `${n}-${t}/${agency.join('-')}`;
  } else if (admin) {
    const groups = admin[2]!.split('-');
    num = admin[1]!;
    types = ADMIN_TYPES;
    const first = fold(groups[0]!);
    if (ADMIN_TYPES.includes(first) || ADMIN_TYPES.some((t) => loose(t) === loose(first))) {
      [kind, type, agency] = ['administrative', groups[0], groups.slice(1)];
    } else if (LEGAL_ONLY.includes(first)) {
      return { error: 'missing-year', type: first };
    } else if (loose(first) === 'CV') {
      const rest = groups.slice(1);
      return { error: 'cv', ...(groupsOk(rest) ? { suggestion: `${num}/${rest.join('-')}` } : {}) };
    } else [kind, type, agency] = ['official-letter', undefined, groups];
    rebuild = (n, t) => `${n}/${[t, ...agency].filter(Boolean).join('-')}`;
  } else return { error: 'malformed' };

  if (!NUMBER.test(num) || !padded(num) || !groupsOk(agency) || (type !== undefined && !isGroup(type))) return { error: 'malformed' };
  if (type !== undefined && !types.includes(fold(type))) {
    const closest = nearestType(type, types);
    return { error: 'unknown-type', type, ...(closest ? { closest, suggestion: rebuild(num, closest) } : {}) };
  }
  if (padded(num) !== num) return { error: 'padding', suggestion: rebuild(padded(num)!, type) };
  const out: DocNumber = { kind, number: Number(num), agency: agency.join('-') };
  if (year !== undefined) out.year = year;
  if (type !== undefined) out.type = fold(type);
  return out;
}

/**
 * Parses a document number. An error names the first problem; its suggestion
 * is the number with every problem fixed, when each has exactly one fix.
 */
export function parseDocNumber(text: string): ParsedDocNumber {
  // Thousands of plans cite the same few hundred numbers; three rules parse each plan's.
  let r = parsedNumbers.get(text);
  if (!r) {
    r = Object.freeze(parseUncached(text));
    if (parsedNumbers.size < 100_000) parsedNumbers.set(text, r);
  }
  return r;
}

const parsedNumbers = new Map<string, ParsedDocNumber>();

function parseUncached(text: string): ParsedDocNumber {
  const first = parseOnce(text);
  if (!isDocNumberError(first)) return first;
  let fixed = first.suggestion;
  for (let i = 0; fixed !== undefined && i < 4; i++) {
    const next = parseOnce(fixed);
    if (!isDocNumberError(next)) return next.kind === 'draft' ? withoutSuggestion(first) : { ...first, suggestion: fixed };
    fixed = next.suggestion;
  }
  return withoutSuggestion(first);
}

function withoutSuggestion(e: DocNumberError): DocNumberError {
  const { suggestion: _drop, ...rest } = e;
  return rest;
}
