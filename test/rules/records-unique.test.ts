import { describe, expect, it } from 'vitest';
import { at, found, plan, progress, RECORDS_BODY } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('records-unique');

const R = 'records-unique';
const PLAN = plan(RECORDS_BODY);
const sel = (chosen: string, by = 'so-tu-phap'): string => `selections:\n  - { quota: chon-xa, by: ${by}, chosen: ${chosen} }\n`;
const act = (date: string, by = 'so-tu-phap'): string => `activities:\n  - { commemorates: ky-niem, by: ${by}, date: ${date} }\n`;
const tgt = (achieved: number): string => `targets:\n  - { target: hoa-giai, by: so-tu-phap, achieved: ${achieved} }\n`;
const two = (a: string, b: string): Record<string, string> => ({ 'plan.yaml': PLAN, 'a.yaml': progress(a), 'b.yaml': progress(b) });
const second = (b: string, needle: string): string => at(R, 'b.yaml', progress(b), needle);

describe('records-unique: the same record twice, and records that only look alike', () => {
  it('reports a selection given in two files at the later file, and one given twice in one file at the second', async () => {
    expect(await found(two(sel('xa-b'), sel('xa-b')), R)).toEqual([second(sel('xa-b'), '{ quota')]);
    const both = progress(`${sel('xa-b')}  - { quota: chon-xa, by: so-tu-phap, chosen: xa-b, date: 2025-03-01 }\n`);
    expect(await found({ 'plan.yaml': PLAN, 'a.yaml': both }, R)).toEqual([at(R, 'a.yaml', both, '{ quota: chon-xa, by: so-tu-phap, chosen: xa-b, date')]);
  });
  it('takes the later file by path, whichever is listed first ("a" before "b", "b" before "b2")', async () => {
    expect(await found({ 'plan.yaml': PLAN, 'b2.yaml': progress(sel('xa-b')), 'b.yaml': progress(sel('xa-b')) }, R)).toEqual([at(R, 'b2.yaml', progress(sel('xa-b')), '{ quota')]);
  });
  it('keeps apart selections that differ in the chosen unit or in who chose', async () => {
    expect(await found(two(sel('xa-b'), sel('xa-c')), R)).toEqual([]);
    expect(await found(two(sel('xa-b'), sel('xa-b', 'ptp-cu')), R)).toEqual([]);
  });
  it('takes an activity’s date as a day, whatever the notation: 30/04/2025 repeats 2025-04-30; 01/05/2025 does not', async () => {
    expect(await found(two(act('2025-04-30'), act('30/04/2025')), R)).toEqual([second(act('30/04/2025'), '{ commemorates')]);
    expect(await found(two(act('2025-04-30'), act('01/05/2025')), R)).toEqual([]);
  });
  it('reports a target result twice, with the same or a different figure, at the later record', async () => {
    expect(await found(two(tgt(3), tgt(3)), R)).toEqual([second(tgt(3), '{ target')]);
    expect(await found(two(tgt(3), tgt(4)), R)).toEqual([second(tgt(4), '{ target')]);
  });
  it('keeps apart the records of two plans with the same ids (2025 and 2026)', async () => {
    const p26 = plan(PLAN.split('\n').slice(7).join('\n').replace('2025-12-15', '2026-12-15'), { year: 2026, id: '07/KH-STP' });
    const files = { 'plan.yaml': PLAN, 'plan-2026.yaml': p26, 'a.yaml': progress(sel('xa-b')), 'b.yaml': progress(sel('xa-b'), '07/KH-STP') };
    expect(await found(files, R)).toEqual([]);
  });
  it('finds nothing in empty lists', async () => {
    expect(await found(two('selections: []\n', 'selections: []\n'), R)).toEqual([]);
  });
});
