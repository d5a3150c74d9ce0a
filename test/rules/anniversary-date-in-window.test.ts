import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-date-in-window');

const R = 'anniversary-date-in-window';
const dated = (days: string[], head = ''): string =>
  plan(`anniversaries:\n${days.map((d, i) => `  - { id: ky-niem-${i + 1}, title: Kỷ niệm ${i + 1}, origin: 2000-01-01, date: ${d} }\n`).join('')}`, { head });

describe('anniversary-date-in-window at the edges of the window', () => {
  it('accepts a date on the first and on the last day of the plan year', async () => {
    expect(await found(dated(['2025-01-01', '2025-12-31']), R)).toEqual([]);
  });
  it('reports the day before and the day after the year, at the date', async () => {
    const t = dated(['2024-12-31', '2026-01-01']);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2024-12-31'), at(R, 'plan.yaml', t, '2026-01-01')].sort());
  });
  it('leaves an anniversary without date alone, and a plan without anniversaries', async () => {
    expect(await found(plan('anniversaries:\n  - { id: ky-niem, title: Kỷ niệm, origin: 1990-12-31 }\n'), R)).toEqual([]);
    expect(await found(plan(''), R)).toEqual([]);
  });
  it('judges a drive by its period across the new year: its last day passes, the next fails', async () => {
    const head = 'period: { from: 2025-06-02, to: 2026-01-06 }\n';
    expect(await found(dated(['2025-06-02', '2026-01-06'], head), R)).toEqual([]);
    const t = dated(['2025-06-01', '2026-01-07'], head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-06-01'), at(R, 'plan.yaml', t, '2026-01-07')].sort());
  });
});
