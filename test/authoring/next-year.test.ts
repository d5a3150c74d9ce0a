import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../../src/check/check.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadWorkspace } from '../../src/load/load.js';
import { draftNumber, NextYearError, nextYear, writeLike } from '../../src/authoring/next-year.js';
import anniversaryMatchesCatalogue from '../../src/rules/anniversary-matches-catalogue.js';
import { rules } from '../../src/rules/index.js';
import planNumbered from '../../src/rules/plan-numbered.js';

const root = join(import.meta.dirname, '..', '..');
const founding = join(root, 'examples', 'tien-giang-2018');
const leap = join(root, 'test', 'fixtures', 'new', 'leap-2024');
const source = readFileSync(join(founding, 'plan.yaml'), 'utf8');

/** Every registered rule plus this two, which the lead registers. */
const allRules = [...rules.filter((r) => r.id !== planNumbered.id && r.id !== anniversaryMatchesCatalogue.id), planNumbered, anniversaryMatchesCatalogue];

/** Checks a produced plan where a clerk would keep it: in a folder beside a copy of the units. */
function validateNextTo(unitsDir: string, text: string): Diagnostic[] {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-new-'));
  copyFileSync(join(unitsDir, 'units.yaml'), join(dir, 'units.yaml'));
  writeFileSync(join(dir, 'plan.yaml'), text);
  const ws = loadWorkspace([join(dir, 'plan.yaml')], { lang: 'en', cwd: dir }, [join(dir, 'units.yaml')]);
  return check(ws, {}, undefined, allRules);
}

const summary = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`);

describe('nextYear on the founding plan', () => {
  const r = nextYear(source, { year: 2019 });
  const out = parse(r.text, { version: '1.2', schema: 'core' }) as {
    id: string;
    year: number;
    issued: string;
    title: string;
    movements: { id: string; period?: { from: string; to: string } }[];
    anniversaries: { id: string; years: number }[];
  };

  it('validates, with only the not-yet-numbered warning', () => {
    const ds = validateNextTo(founding, r.text);
    expect(summary(ds.filter((d) => d.severity === 'error'))).toEqual([]);
    expect(ds.filter((d) => d.code === 'plan-numbered').map((d) => `${d.line}:${d.column}`)).toEqual(['7:5']);
  });

  it('states 89, 44, 129, 71, 74 and 74 years', () => {
    expect(out.anniversaries.map((a) => a.years)).toEqual([89, 44, 129, 71, 74, 74]);
    expect(r.recomputed.map((x) => [x.id, x.from, x.to])).toEqual([
      ['thanh-lap-dang', 88, 89],
      ['thong-nhat-dat-nuoc', 43, 44],
      ['sinh-nhat-bac', 128, 129],
      ['loi-keu-goi-thi-dua', 70, 71],
      ['quoc-khanh', 73, 74],
      ['truyen-thong-tu-phap', 73, 74],
    ]);
  });

  it('moves the year, the plan-year dates and "năm 2018", and drafts the number', () => {
    expect(out.year).toBe(2019);
    expect(out.id).toBe('__/KH-STP');
    expect(out.issued).toBe('2019-01-01');
    expect(out.title).toBe('Kế hoạch phát động phong trào thi đua ngành Tư pháp năm 2019');
    expect(r.text).toMatch(/^issued: 2019-01-01 {2}# TODO: ngày ban hành$/m);
    const periods = Object.fromEntries(out.movements.map((m) => [m.id, m.period ? `${m.period.from}..${m.period.to}` : '']));
    expect(periods['doi-moi-le-loi']).toBe('2019-01-01..2019-12-31');
    expect(periods['cai-cach-hanh-chinh']).toBe('2019-01-01..2019-12-31');
    // 2016–2020 movements still run in 2019: kept as they are.
    expect(periods['nong-thon-moi']).toBe('2016-01-01..2020-12-31');
    expect(periods['hoc-tap-lam-theo-bac']).toBe('2016-01-01..2020-12-31');
    expect(r.dropped).toEqual([]);
    expect(out.movements).toHaveLength(8);
    expect(r.text).not.toMatch(/2018-(0[1-9]|1[0-2])-/);
  });

  it('keeps every comment and changes no line it has no reason to change', () => {
    const before = source.split('\n');
    // The one line added is the plan's stable identity, after its number.
    const after = r.text.split('\n').filter((l) => !/^uid: so-tu-phap-2019-[0-9a-f]{8} {2}# mã cố định/.test(l));
    expect(r.text.split('\n')[after.indexOf('id: __/KH-STP') + 1]).toMatch(/^uid: /);
    for (const line of before.filter((l) => l.trim().startsWith('#'))) expect(after).toContain(line);
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((l, i) => (l === after[i] ? [] : [[l, after[i]!]]));
    for (const [was, now] of changed) {
      const expected = was.replace(/2018/g, '2019').replace(/^(\s*)years: (\d+)$/, (_m, s: string, n: string) => `${s}years: ${Number(n) + 1}`);
      const figure = /^(\s*(?:- )?(?:count|value|min|max): \d+) {2}# TODO xác nhận: \w+ \d+ \(số liệu của kế hoạch trước\)$/.exec(now!);
      const explained = now === expected || /^id: __\/KH-STP$/.test(now!) || /^issued: 2019-01-01 {2}# TODO/.test(now!) || figure?.[1] === was;
      expect(explained, `${was} → ${now}`).toBe(true);
    }
    // Flow maps and folded scalars stay as written.
    expect(r.text).toContain('    period: { from: 2016-01-01, to: 2020-12-31 }\n');
    expect(r.text).toContain('    title: >-\n      Toàn ngành Tư pháp đổi mới lề lối làm việc, siết chặt kỷ luật, kỷ cương,\n');
  });

  it('gives byte-identical output for the same input', () => {
    expect(nextYear(source, { year: 2019 }).text).toBe(r.text);
    expect(nextYear(source, { year: 2019, suggest: true }).text).toBe(nextYear(source, { year: 2019, suggest: true }).text);
  });

  it('says that a title still states last year\'s "70 năm"', () => {
    expect(r.stale).toEqual([{ path: ['movements', 5, 'title'], stated: 70, anniversary: 'loi-keu-goi-thi-dua', expected: 71 }]);
  });

  it('suggests the round and năm lẻ 5 days of 2019 the plan lacks, and writes them as comments with --suggest', () => {
    expect(r.suggestions.map((s) => `${s.id} ${s.years}`)).toEqual([
      'bien-phong-toan-dan 60',
      'chien-thang-dien-bien-phu 65',
      'cong-doan-viet-nam 90',
      'giai-phong-thu-do 65',
      'quan-doi-nhan-dan 75',
      'quoc-phong-toan-dan 30',
    ]);
    const s = nextYear(source, { year: 2019, suggest: true });
    expect(s.text).toContain('    years: 74\n  # thidua new --suggest: năm 2019 là năm tròn hoặc năm lẻ 5');
    expect(s.text).toContain('  # - { id: chien-thang-dien-bien-phu, ref: chien-thang-dien-bien-phu, years: 65 }  # Ngày Chiến thắng Điện Biên Phủ (07/05/1954)\n');
    // Uncommented, a suggestion is a valid anniversary entry that the catalogue rule accepts.
    const uncommented = s.text.replace('  # - { id: quan-doi-nhan-dan', '  - { id: quan-doi-nhan-dan');
    expect(summary(validateNextTo(founding, uncommented).filter((d) => d.severity === 'error'))).toEqual([]);
    expect(parse(uncommented).anniversaries).toHaveLength(7);
  });
});

describe('nextYear across a movement period', () => {
  it('drops the 2016–2020 movements in 2021, says so, and still validates', () => {
    const r = nextYear(source, { year: 2021 });
    expect(r.dropped.map((d) => [d.kind, d.id, d.to])).toEqual([
      ['movement', 'nong-thon-moi', '2020-12-31'],
      ['movement', 'hoc-tap-lam-theo-bac', '2020-12-31'],
    ]);
    const out = parse(r.text) as { movements: { id: string }[]; anniversaries: { years: number }[] };
    expect(out.movements.map((m) => m.id)).not.toContain('nong-thon-moi');
    expect(out.movements).toHaveLength(6);
    expect(out.anniversaries.map((a) => a.years)).toEqual([91, 46, 131, 73, 76, 76]);
    expect(r.text).toContain('        count: 8  # TODO xác nhận: count 8 (số liệu của kế hoạch trước)\n\n  - id: cai-cach-hanh-chinh\n');
    expect(summary(validateNextTo(founding, r.text).filter((d) => d.severity === 'error'))).toEqual([]);
  });

  it('writes an emptied list as [] rather than leaving a null', () => {
    const text = ['thidua: 1', 'kind: plan', 'id: 01/KH-STP', 'year: 2018', 'movements:', '  - id: a', '    form: regular', '    title: A', '    period: { from: 2016-01-01, to: 2018-06-30 }', 'phases: []', ''].join('\n');
    const r = nextYear(text.replace('to: 2018-06-30', 'to: 2017-12-31'), { year: 2019 });
    expect(parse(r.text).movements).toEqual([]);
    expect(r.text).toContain('movements: []\nphases: []\n');
  });
});

describe('nextYear on plans written in flow style or without anniversaries', () => {
  const head = ['thidua: 1', 'kind: plan', 'id: 01/KH-STP', 'title: Kế hoạch năm 2018', 'issuer: so-tu-phap', 'issued: 2018-01-10', 'year: 2018'];

  it('removes an item of a flow sequence with its comma', () => {
    const text = [...head, 'movements: [{ id: a, form: regular, title: A, period: { from: 2016-01-01, to: 2017-12-31 } }, { id: b, form: regular, title: B }]', ''].join('\n');
    const r = nextYear(text, { year: 2019 });
    expect(r.text).toContain('movements: [{ id: b, form: regular, title: B }]\n');
    const last = nextYear(text.replace('{ id: b, form: regular, title: B }', '{ id: b, form: regular, title: B, period: { from: 2015-01-01, to: 2016-12-31 } }').replace('to: 2017-12-31 } }, {', 'to: 2019-12-31 } }, {'), { year: 2019 });
    expect(parse(last.text).movements.map((m: { id: string }) => m.id)).toEqual(['a']);
  });

  it('appends the suggestions at the end when the plan lists no anniversaries', () => {
    const r = nextYear([...head, 'phases: []'].join('\n'), { year: 2025, suggest: true });
    expect(r.text).toContain('phases: []\n# thidua new --suggest: năm 2025');
    expect(r.text).toContain('\n# anniversaries:\n#   - { id: thanh-lap-dang, ref: thanh-lap-dang, years: 95 }  # Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)\n');
    const uncommented = r.text.replace('# anniversaries:', 'anniversaries:').replace('#   - { id: thanh-lap-dang', '  - { id: thanh-lap-dang');
    expect(parse(uncommented).anniversaries).toEqual([{ id: 'thanh-lap-dang', ref: 'thanh-lap-dang', years: 95 }]);
  });
});

describe('nextYear on a leap-year plan', () => {
  const src = readFileSync(join(leap, 'plan.yaml'), 'utf8');
  const r = nextYear(src, { year: 2025 });

  it('writes 29 February as 28 February and says where', () => {
    expect(r.moved29Feb.map((m) => `${m.path.join('.')} ${m.from} → ${m.to}`)).toEqual([
      'movements.0.targets.0.due 2024-02-29 → 2025-02-28',
      'milestones.1.due 2024-02-29 → 2025-02-28',
      'movements.0.title 29/2/2024 → 28/2/2025',
    ]);
    expect(r.text).toContain('báo cáo trước ngày 28/2/2025');
    expect(r.text).toContain('due: "2025-02-28" }');
  });

  it('keeps each date in the style it was written, recomputes the lunar day, drops the ended campaign with its milestone', () => {
    expect(r.text).toContain('id: "__/KH-STP"\n');
    expect(r.text).toContain('issued: 01/01/2025  # TODO: ngày ban hành   # ngày ký\n');
    expect(r.text).toContain('    period: { from: 01/01/2025, to: 31/12/2025 }\n');
    expect(r.text).toContain('    from: 1/1/2025\n    to: 30/6/2025\n');
    expect(r.lunar).toEqual([{ path: ['anniversaries', 0, 'date'], from: '2024-02-10', to: '2025-01-29' }]);
    expect(r.dropped.map((d) => `${d.kind} ${d.id}`)).toEqual(['movement chien-dich-2023-2024', 'milestone so-ket-chien-dich']);
    expect(r.text).toContain('  # The 2023–2024 campaign ends with the year.\n\nphases:');
    expect(summary(validateNextTo(leap, r.text).filter((d) => d.severity === 'error'))).toEqual([]);
  });

  it('keeps the file\'s CRLF line endings', () => {
    const crlf = nextYear(src.replace(/\n/g, '\r\n'), { year: 2025, suggest: true });
    expect(crlf.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(crlf.text.replace(/\r\n/g, '\n')).toBe(nextYear(src, { year: 2025, suggest: true }).text);
  });
});

describe('nextYear helpers and refusals', () => {
  it('blanks the number and keeps the agency part', () => {
    expect(draftNumber('06/KH-STP', 2019)).toBe('__/KH-STP');
    expect(draftNumber('12/2019/NQ-HĐND', 2020)).toBe('__/2020/NQ-HĐND');
    expect(draftNumber('__/KH-STP', 2020)).toBe('__/KH-STP');
    expect(draftNumber('…/KH-STP', 2020)).toBe('…/KH-STP');
    expect(draftNumber('21-KH/TU', 2020)).toBe('DRAFT');
  });

  it('writes dates the way they were written', () => {
    expect(writeLike('2018-03-05', { y: 2019, m: 3, d: 5 })).toBe('2019-03-05');
    expect(writeLike('05/03/2018', { y: 2019, m: 3, d: 5 })).toBe('05/03/2019');
    expect(writeLike('5/3/2018', { y: 2019, m: 3, d: 5 })).toBe('5/3/2019');
  });

  it('refuses a year that is not later, a file with no plan, and broken YAML', () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return e instanceof NextYearError ? e.code : 'other';
      }
      return 'none';
    };
    expect(err(() => nextYear(source, { year: 2018 }))).toBe('not-later');
    expect(err(() => nextYear('thidua: 1\nkind: units\nunits: []\n', { year: 2019 }))).toBe('no-plan');
    expect(err(() => nextYear('kind: plan\nyear: [2018\n', { year: 2019 }))).toBe('yaml');
  });
});

describe('nextYear on a plan with content items', () => {
  it('moves a content item’s due date with the year, and keeps its owners', () => {
    const src = `thidua: 1
kind: plan
id: 08/KH-STP
title: Kế hoạch thi đua năm 2026
issuer: so-tu-phap
issued: 2026-01-10
year: 2026
movements:
  - id: pt
    form: regular
    title: Phong trào
    contents:
      - { id: tuyen-truyen, title: Tuyên truyền, owner: [so-tu-phap, { kind: phong-tu-phap }], due: 2026-06-30 }
`;
    const out = parse(nextYear(src, { year: 2027 }).text) as { movements: { contents: { due: string; owner: unknown }[] }[] };
    expect(out.movements[0]!.contents[0]).toMatchObject({ due: '2027-06-30', owner: ['so-tu-phap', { kind: 'phong-tu-phap' }] });
  });
});
