import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('periods-ordered');

const R = 'periods-ordered';
const phase = (from: string, to: string): string => plan(`phases:\n  - { id: dot-1, name: Đợt 1, from: ${from}, to: ${to} }\n`, { head: 'period: { from: 2025-01-01, to: 2026-12-31 }\n' });
const movement = (period: string): string => plan(`movements:\n  - { id: phong-trao, form: regular, title: Phong trào, period: ${period} }\n`);
const unit = (bounds: string): string => `thidua: 1\nkind: units\nunits:\n  - { id: so-tu-phap, name: Sở Tư pháp, kind: so${bounds} }\n`;

describe('periods-ordered where start meets end', () => {
  it('accepts a one-day span (from = to) of a phase, a movement and a unit', async () => {
    expect(await found(phase('2025-05-01', '2025-05-01'), R)).toEqual([]);
    expect(await found(movement('{ from: 2025-05-01, to: 2025-05-01 }'), R)).toEqual([]);
    expect(await found({ 'units.yaml': unit(', validFrom: 2025-07-01, validTo: 2025-07-01'), 'plan.yaml': plan('') }, R)).toEqual([]);
  });
  it('reports an end one day before the start, at the end', async () => {
    const p = phase('2025-05-01', '2025-04-30');
    expect(await found(p, R)).toEqual([at(R, 'plan.yaml', p, '2025-04-30')]);
    const m = movement('{ from: 2025-05-01, to: 2025-04-30 }');
    expect(await found(m, R)).toEqual([at(R, 'plan.yaml', m, '2025-04-30')]);
    const u = unit(', validFrom: 2025-07-01, validTo: 2025-06-30');
    expect(await found({ 'units.yaml': u, 'plan.yaml': plan('', { issued: '2024-01-10', year: 2024 }) }, R)).toEqual([at(R, 'units.yaml', u, '2025-06-30')]);
  });
  it('orders across the new year and across a leap day: 31/12 → 01/01 passes, the reverse fails', async () => {
    expect(await found(phase('2025-12-31', '2026-01-01'), R)).toEqual([]);
    const t = phase('2026-01-01', '2025-12-31');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-12-31')]);
    expect(await found(movement('{ from: 2024-02-29, to: 2024-03-01 }'), R)).toEqual([]);
    const leap = movement('{ from: 2024-03-01, to: 2024-02-29 }');
    expect(await found(leap, R)).toEqual([at(R, 'plan.yaml', leap, '2024-02-29')]);
  });
  it('compares days, not the text: 01/7/2025 is after 2025-06-30 whatever the notation', async () => {
    expect(await found(phase('30/06/2025', '01/7/2025'), R)).toEqual([]);
    const t = phase('01/7/2025', '2025-06-30');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-06-30')]);
  });
  it('leaves an open span alone (a movement or unit with one end)', async () => {
    expect(await found(movement('{ from: 2025-05-01 }'), R)).toEqual([]);
    expect(await found({ 'units.yaml': unit(', validTo: 2025-06-30'), 'plan.yaml': plan('', { issued: '2025-01-10' }) }, R)).toEqual([]);
  });
});

describe('periods-ordered on the plan’s own period and its events', () => {
  const drive = (period: string, body = ''): string => plan(body, { head: `period: ${period}\n` });
  it('accepts a plan period of one day, and reports one that ends the day before it starts, at its end', async () => {
    expect(await found(drive('{ from: 2025-03-10, to: 2025-03-10 }'), R)).toEqual([]);
    const t = drive('{ from: 2025-03-10, to: 2025-03-09 }');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-03-09')]);
  });
  it('reports an event’s planned or actual days reversed, and accepts one day', async () => {
    const ev = (k: string, from: string, to: string): string => drive('{ from: 2025-01-01, to: 2025-12-31 }', `events:\n  - { id: dai-hoi, title: Đại hội, ${k}: { from: ${from}, to: ${to} } }\n`);
    expect(await found(ev('planned', '2025-10-14', '2025-10-14'), R)).toEqual([]);
    for (const k of ['planned', 'actual']) {
      const t = ev(k, '2025-10-14', '2025-10-13');
      expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-10-13')]);
    }
  });
  it('leaves a plan with a reversed period out of the rules that judge dates against its window', async () => {
    const t = drive('{ from: 2025-12-31, to: 2025-01-01 }', 'phases:\n  - { id: dot-1, name: Đợt 1, from: 2024-12-01, to: 2025-04-30 }\nanniversaries:\n  - { id: qk, ref: quoc-khanh, years: 79 }\n');
    for (const rule of ['phases-within-year', 'phases-cover-year', 'anniversary-matches-catalogue']) expect(await found(t, rule)).toEqual([]);
    // In order, the same plan has a finding of each.
    const ordered = t.replace('{ from: 2025-12-31, to: 2025-01-01 }', '{ from: 2025-01-01, to: 2025-12-31 }');
    for (const rule of ['phases-within-year', 'phases-cover-year', 'anniversary-matches-catalogue']) expect((await found(ordered, rule)).length).toBeGreaterThan(0);
  });
});
