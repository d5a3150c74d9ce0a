import { describe, expect, it } from 'vitest';
import { ADMIN_TYPES, LATIN_LETTERS, isDraftNumber, parseDocNumber } from '../../src/model/docnumber.js';

describe('parseDocNumber: the numbers the domain brief and the examples cite', () => {
  const ok: [string, object][] = [
    ['06/KH-STP', { kind: 'administrative', number: 6, type: 'KH', agency: 'STP' }],
    ['53/KH-STP', { kind: 'administrative', number: 53, type: 'KH', agency: 'STP' }],
    ['2288/QĐ-BTP', { kind: 'administrative', number: 2288, type: 'QĐ', agency: 'BTP' }],
    ['2659/QĐ-BTP', { kind: 'administrative', number: 2659, type: 'QĐ', agency: 'BTP' }],
    ['03/QĐ-STP', { kind: 'administrative', number: 3, type: 'QĐ', agency: 'STP' }],
    ['30/CT-TTg', { kind: 'administrative', number: 30, type: 'CT', agency: 'TTg' }],
    ['1663/NQ-UBTVQH15', { kind: 'administrative', number: 1663, type: 'NQ', agency: 'UBTVQH15' }],
    ['10/KH-UBND-VX', { kind: 'administrative', number: 10, type: 'KH', agency: 'UBND-VX' }],
    ['1459/SNV-TĐKT', { kind: 'official-letter', number: 1459, agency: 'SNV-TĐKT' }],
    ['98/2023/NĐ-CP', { kind: 'legal', number: 98, year: 2023, type: 'NĐ', agency: 'CP' }],
    ['91/2017/NĐ-CP', { kind: 'legal', number: 91, year: 2017, type: 'NĐ', agency: 'CP' }],
    ['152/2025/NĐ-CP', { kind: 'legal', number: 152, year: 2025, type: 'NĐ', agency: 'CP' }],
    ['145/2013/NĐ-CP', { kind: 'legal', number: 145, year: 2013, type: 'NĐ', agency: 'CP' }],
    ['111/2018/NĐ-CP', { kind: 'legal', number: 111, year: 2018, type: 'NĐ', agency: 'CP' }],
    ['30/2020/NĐ-CP', { kind: 'legal', number: 30, year: 2020, type: 'NĐ', agency: 'CP' }],
    ['01/2024/TT-BNV', { kind: 'legal', number: 1, year: 2024, type: 'TT', agency: 'BNV' }],
    ['12/2019/TT-BNV', { kind: 'legal', number: 12, year: 2019, type: 'TT', agency: 'BNV' }],
    ['25/2021/QĐ-TTg', { kind: 'legal', number: 25, year: 2021, type: 'QĐ', agency: 'TTg' }],
    ['06/2022/QH15', { kind: 'legal', number: 6, year: 2022, agency: 'QH15' }],
    ['15/2003/QH11', { kind: 'legal', number: 15, year: 2003, agency: 'QH11' }],
    ['35/2023/UBTVQH15', { kind: 'legal', number: 35, year: 2023, agency: 'UBTVQH15' }],
    ['403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', { kind: 'legal', number: 403, year: 2017, type: 'NQLT', agency: 'UBTVQH14-CP-ĐCTUBTWMTTQVN' }],
    ['21-CT/TW', { kind: 'party', number: 21, type: 'CT', agency: 'TW' }],
    ['41-CT/TW', { kind: 'party', number: 41, type: 'CT', agency: 'TW' }],
    ['36-HD/VPTW', { kind: 'party', number: 36, type: 'HD', agency: 'VPTW' }],
    ['08-QĐi/TW', { kind: 'party', number: 8, type: 'QĐi', agency: 'TW' }],
    ['123-CV/TU', { kind: 'party', number: 123, type: 'CV', agency: 'TU' }],
  ];
  it.each(ok)('%s', (text, expected) => {
    expect(parseDocNumber(text)).toEqual(expected);
  });

  it('knows every Phụ lục III type and the copies', () => {
    for (const t of ADMIN_TYPES) expect(parseDocNumber(`15/${t}-STP`)).toMatchObject({ kind: 'administrative', type: t });
  });

  it('reads the look-alike Ð (U+00D0) as Đ: the loader reports it', () => {
    expect(parseDocNumber('2288/Q\u00D0-BTP')).toMatchObject({ kind: 'administrative', type: 'QĐ' });
  });
});

describe('parseDocNumber: drafts', () => {
  it.each(['DRAFT', 'draft', 'Draft', 'dự thảo', '…/KH-STP', '__/KH-STP', '_/KH-STP', '.../KH-STP', '/KH-STP', '   /KH-STP'])('%s', (text) => {
    expect(parseDocNumber(text)).toEqual({ kind: 'draft' });
    expect(isDraftNumber(text)).toBe(true);
  });
  it.each(['06/KH-STP', '6/KH-STP', 'DRAFT-1', 'KH-STP'])('%s is not a draft', (text) => {
    expect(isDraftNumber(text)).toBe(false);
  });
});

describe('parseDocNumber: the mistakes', () => {
  const bad: [string, object][] = [
    ['6/KH-STP', { error: 'padding', suggestion: '06/KH-STP' }],
    ['006/KH-STP', { error: 'padding', suggestion: '06/KH-STP' }],
    ['010/KH-STP', { error: 'padding', suggestion: '10/KH-STP' }],
    ['1/2024/TT-BNV', { error: 'padding', suggestion: '01/2024/TT-BNV' }],
    ['8-QĐi/TW', { error: 'padding', suggestion: '08-QĐi/TW' }],
    ['5/SNV-TĐKT', { error: 'padding', suggestion: '05/SNV-TĐKT' }],
    ['06 /KH-STP', { error: 'spaces', suggestion: '06/KH-STP' }],
    ['06/KH - STP', { error: 'spaces', suggestion: '06/KH-STP' }],
    ['6 / QD-STP', { error: 'spaces', suggestion: '06/QĐ-STP' }],
    ['123/CV-STP', { error: 'cv', suggestion: '123/STP' }],
    ['123/CV-SNV-TĐKT', { error: 'cv', suggestion: '123/SNV-TĐKT' }],
    ['123/CV', { error: 'cv' }],
    ['06/QD-STP', { error: 'unknown-type', type: 'QD', closest: 'QĐ', suggestion: '06/QĐ-STP' }],
    ['06/Kh-STP', { error: 'unknown-type', type: 'Kh', closest: 'KH', suggestion: '06/KH-STP' }],
    ['06/CTR-STP', { error: 'unknown-type', type: 'CTR', closest: 'CTr', suggestion: '06/CTr-STP' }],
    ['98/2023/ND-CP', { error: 'unknown-type', type: 'ND', closest: 'NĐ', suggestion: '98/2023/NĐ-CP' }],
    ['1/2024/TTT-BNV', { error: 'unknown-type', type: 'TTT', closest: 'TT', suggestion: '01/2024/TT-BNV' }],
    ['98/2023/XYZ-CP', { error: 'unknown-type', type: 'XYZ' }],
    ['21-CTT/TW', { error: 'unknown-type', type: 'CTT', closest: 'CT', suggestion: '21-CT/TW' }],
    ['12/NĐ-CP', { error: 'missing-year', type: 'NĐ' }],
    ['0/KH-STP', { error: 'malformed' }],
    ['00/KH-STP', { error: 'malformed' }],
    ['KH-STP', { error: 'malformed' }],
    ['06-KH-STP', { error: 'malformed' }],
    ['06/KH', { error: 'malformed' }],
    ['06/KH-', { error: 'malformed' }],
    ['06/KH--STP', { error: 'malformed' }],
    ['06/KH/STP', { error: 'malformed' }],
    ['6a/KH-STP', { error: 'malformed' }],
    ['98/2023/NĐ', { error: 'malformed' }],
    ['06/2022/QH', { error: 'malformed' }],
    ['21-CT/', { error: 'malformed' }],
    ['06/KH-S.T.P', { error: 'malformed' }],
  ];
  it.each(bad)('%s', (text, expected) => {
    expect(parseDocNumber(text)).toEqual(expected);
  });
});

describe('parseDocNumber: the Latin letters asked before \\p{L}', () => {
  it('are all letters to \\p{L}, so that asking them first changes no answer', () => {
    const latin = new RegExp(`^[${LATIN_LETTERS}]$`);
    const letter = /^\p{L}$/u;
    const inLatin: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (latin.test(String.fromCharCode(c))) inLatin.push(c);
    expect(inLatin.length).toBeGreaterThan(700);
    expect(inLatin.filter((c) => !letter.test(String.fromCharCode(c)))).toEqual([]);
  });

  it('leaves other letters and groups without a letter to \\p{L}', () => {
    expect(parseDocNumber('12/KH-ΣΤΠ')).toMatchObject({ kind: 'administrative', agency: 'ΣΤΠ' });
    expect(parseDocNumber('12/KH-2024')).toEqual({ error: 'malformed' });
    expect(parseDocNumber('12/KH-UB_ND')).toEqual({ error: 'malformed' });
  });
});
