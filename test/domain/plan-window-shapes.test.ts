/**
 * A plan with `period` needs no `year` (issue 10 item 1): a commune's drive
 * 10/03/2024–30/04/2025, a stage plan 2021–2025 and a school year
 * 05/09/2025–31/05/2026 validate without it, the published schema agrees,
 * titles name the window, and a window start written as a month ("từ tháng
 * 10/2025", QĐ 2437/QĐ-TTg) means its first day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { toISO } from '../../src/model/date.js';
import { parse as parseYaml } from 'yaml';
import { formatNames, render } from '../../src/index.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { loadPlanWs, repoRoot } from '../helpers/plan-ws.js';
import { viewsOf } from '../helpers/views.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: ubnd-xa, name: Ủy ban nhân dân xã Tân Thành, kind: xa }
  - { id: truong-th, name: Trường Tiểu học Tân Thành, kind: truong, parent: ubnd-xa }
`;

const plan = (head: string): string => `thidua: 1
kind: plan
id: 12/KH-UBND
title: Kế hoạch thi đua
issuer: ubnd-xa
${head}
movements:
  - id: dot-thi-dua
    form: thematic
    title: Đợt thi đua
    targets:
      - { id: cong-trinh, title: Công trình chào mừng, count: 1, owner: truong-th }
`;

const ws = (head: string): string => tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan(head) });
const window = (head: string): [string, string] => {
  const { schedule } = viewsOf(ws(head), '2025-01-01');
  return [toISO(schedule.from), toISO(schedule.to)];
};
const due = (head: string, asOf: string): string => toISO(viewsOf(ws(head), asOf).report.obligations.find((o) => o.id === 'cong-trinh')!.due);

describe('a plan with period and no year', () => {
  it('validates for a drive across the new year, a stage and a school year', () => {
    for (const head of [
      'issued: 2024-03-05\nperiod: { from: 10/03/2024, to: 30/04/2025 }',
      'issued: 2021-01-15\nperiod: { from: 2021-01-01, to: 2025-12-31 }',
      'issued: 2025-08-25\nperiod: { from: 05/09/2025, to: 31/05/2026 }',
    ])
      expect(() => loadPlanWs(ws(head))).not.toThrow();
  });

  it('runs over the period, and an undated obligation falls due on its last day', () => {
    expect(window('issued: 2024-03-05\nperiod: { from: 10/03/2024, to: 30/04/2025 }')).toEqual(['2024-03-10', '2025-04-30']);
    expect(due('issued: 2025-08-25\nperiod: { from: 05/09/2025, to: 31/05/2026 }', '2025-12-31')).toBe('2026-05-31');
  });

  it('is refused with neither year nor period, and the message names both', () => {
    expect(() => loadPlanWs(ws('issued: 2024-03-05'))).toThrow(/The required field "year" \(or "period"\) is missing/);
  });

  it('starts on the issue date when the period gives no start', () => {
    expect(window('issued: 2024-03-05\nperiod: { to: 30/04/2025 }')).toEqual(['2024-03-05', '2025-04-30']);
  });

  it('passes the published schema, which still asks a yearly plan for its year', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'plan.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const doc = (head: string): unknown => parseYaml(plan(head));
    expect(validate(doc('issued: 2025-08-25\nperiod: { from: 05/09/2025, to: 31/05/2026 }'))).toBe(true);
    expect(validate(doc('issued: 2025-11-04\nperiod: { from: 10/2025, to: 2026-01-25 }'))).toBe(true);
    expect(validate(doc('issued: 2025-08-25'))).toBe(false);
    expect(validate(doc('issued: 2025-08-25\nyear: 2025'))).toBe(true);
  });

  it('names the window in titles, not a year', async () => {
    const v = viewsOf(ws('issued: 2025-08-25\nperiod: { from: 05/09/2025, to: 31/05/2026 }'), '2025-10-01');
    const text = async (kind: 'schedule' | 'checklist', format: string, lang: 'vi' | 'en'): Promise<string> =>
      String(kind === 'schedule' ? await render('schedule', format, v.schedule, { lang, color: false }) : await render('checklist', format, v.checklist, { lang, color: false }));
    expect(await text('schedule', 'table', 'vi')).toContain('Lịch 05/09/2025 – 31/05/2026 — Kế hoạch số 12/KH-UBND');
    expect(await text('schedule', 'table', 'en')).toContain('Schedule 05/09/2025 – 31/05/2026 — plan 12/KH-UBND');
    expect(await text('checklist', 'table', 'vi')).toContain('(05/09/2025 – 31/05/2026)');
    expect(await text('schedule', 'table', 'vi')).not.toMatch(/Lịch năm 2025/);
    expect(formatNames('schedule')).toContain('ics');
    expect(await text('schedule', 'ics', 'vi')).toContain('Lịch thi đua 2025-2026');
  });
});

describe('a window bound written as a month', () => {
  it('starts on the first day of a start month and ends on the last day of an end month', () => {
    expect(window('issued: 2025-11-04\nperiod: { from: 10/2025, to: 5/2026 }')).toEqual(['2025-10-01', '2026-05-31']);
    expect(window('issued: 2025-11-04\nperiod: { from: 2025-10, to: 2026-02 }')).toEqual(['2025-10-01', '2026-02-28']);
    expect(window('issued: 2023-11-04\nperiod: { from: 2023-10, to: 2024-02 }')).toEqual(['2023-10-01', '2024-02-29']);
  });

  it('refuses a month that does not exist', () => {
    expect(() => loadPlanWs(ws('issued: 2025-11-04\nperiod: { from: 13/2025, to: 5/2026 }'))).toThrow(/13\/2025/);
  });
});
