import { describe, expect, it } from 'vitest';
import { at, found, plan, progress, UNITS } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('dates-exist');

const R = 'dates-exist';
const issued = (day: string): string => plan('', { issued: day });

describe('dates-exist at the ends of months and of February', () => {
  it('accepts the last day of each kind of month, and 29 February of leap years (2000 and 2024)', async () => {
    for (const d of ['2025-01-31', '2025-04-30', '2025-02-28', '2024-02-29', '2000-02-29', '31/12/2025', '1/1/2025']) expect(await found(issued(d), R), d).toEqual([]);
  });
  it('reports the day after each, and 29 February of a common year and of 1900 and 2100, at the date', async () => {
    for (const d of ['2025-04-31', '2025-02-29', '1900-02-29', '2100-02-29', '2025-02-30', '32/12/2025', '2025-13-01', '2025-00-10', '00/01/2025']) {
      const t = issued(d);
      expect(await found(t, R), d).toEqual([at(R, 'plan.yaml', t, d)]);
    }
  });
  it('checks every dated field of a plan', async () => {
    const t = plan(`basis:
  - { ref: 98/2023/NĐ-CP, date: 2023-02-29 }
movements:
  - id: phong-trao
    form: regular
    title: Phong trào
    period: { from: 2025-06-31, to: 2025-09-31 }
    targets:
      - { id: hoa-giai, owner: so-tu-phap, count: 3, due: 2025-11-31 }
    quotas:
      - { id: chon-xa, owner: so-tu-phap, select: xa, min: 1, due: 2025-02-29 }
phases:
  - { id: dot-1, name: Đợt 1, from: 2025-02-30, to: 2025-12-32 }
anniversaries:
  - { id: ky-niem, title: Kỷ niệm, origin: 1990-04-31, date: 2025-04-31 }
milestones:
  - { id: bao-cao, title: Báo cáo, type: report, due: 2025-06-31 }
waivers:
  - { obligation: bao-cao, reason: Lồng ghép, document: 16/QĐ-STP, expires: 2025-09-31 }
`);
    const where = ['date: |2023-02-29', 'from: |2025-06-31', 'to: |2025-09-31', 'due: |2025-11-31', 'due: |2025-02-29', 'from: |2025-02-30', 'to: |2025-12-32', 'origin: |1990-04-31', 'date: |2025-04-31', 'due: |2025-06-31', 'expires: |2025-09-31'];
    expect(await found(t, R)).toEqual(where.map((n) => at(R, 'plan.yaml', t, n)).sort());
  });
  it('checks units’ validity and every dated field of a progress file', async () => {
    const units = `${UNITS}  - { id: xa-d, name: Xã D, kind: xa, parent: so-tu-phap, validFrom: 2025-02-29, validTo: 2025-04-31 }\n`;
    const p = progress(`asOf: 2025-06-31
selections:
  - { quota: chon-xa, by: so-tu-phap, chosen: xa-b, date: 2025-02-29 }
activities:
  - { commemorates: ky-niem, by: so-tu-phap, date: 2025-04-31 }
milestones:
  - { milestone: bao-cao, by: so-tu-phap, done: 2025-11-31 }
waivers:
  - { obligation: bao-cao, reason: Lồng ghép, document: 16/QĐ-STP, expires: 2025-09-31 }
`);
    expect(await found({ 'units.yaml': units, 'plan.yaml': plan(''), 'progress.yaml': p }, R)).toEqual(
      [
        at(R, 'units.yaml', units, '2025-02-29'),
        at(R, 'units.yaml', units, '2025-04-31'),
        ...['2025-06-31', '2025-02-29', '2025-04-31', '2025-11-31', '2025-09-31'].map((d) => at(R, 'progress.yaml', p, d)),
      ].sort(),
    );
  });
});
