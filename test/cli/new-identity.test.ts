/**
 * A plan keeps its identity when its draft number is replaced by the real
 * one: `new` writes a `uid`, calendar UIDs follow it, and a progress file
 * naming the plan by it still finds the plan.
 */
import ICAL from 'ical.js';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');

async function run(args: string[], cwd: string) {
  const f = fakeIO({ cwd });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

const uids = (ics: string): string[] =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((e) => String(e.getFirstPropertyValue('uid')))
    .sort();

describe('a plan numbered after `new`', () => {
  it('keeps every calendar UID and every progress reference when __/KH-STP becomes 06/KH-STP', async () => {
    const src = mkdtempSync(join(tmpdir(), 'thidua-new-id-src-'));
    for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(root, 'examples', 'tien-giang-2018', f), join(src, f));
    const made = await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', 'plan-2019.yaml'], src);
    expect(made.err).not.toMatch(/lỗi|error/i);
    expect(made.code).toBe(0);
    const draft = readFileSync(join(src, 'plan-2019.yaml'), 'utf8');
    const uid = /^uid: (\S+)/m.exec(draft)?.[1];
    expect(uid).toMatch(/^so-tu-phap-2019-[0-9a-f]{8}$/);
    expect(made.err).toContain(`Mã cố định uid: ${uid}`);

    const dir = mkdtempSync(join(tmpdir(), 'thidua-new-id-'));
    copyFileSync(join(src, 'units.yaml'), join(dir, 'units.yaml'));
    writeFileSync(join(dir, 'plan.yaml'), draft);
    writeFileSync(join(dir, 'progress.yaml'), `thidua: 1\nkind: progress\nplan: ${uid}\nasOf: 2019-03-01\nreporter: so-tu-phap\nselections:\n  - { quota: xa-bai-ngang, by: so-tu-phap, chosen: xa-tan-thanh }\n`);
    const before = await run(['schedule', '.', '--format', 'ics', '--as-of', '2019-03-01'], dir);
    expect(before.err).toBe('');
    expect(before.code).toBe(0);
    const checkedBefore = await run(['validate', '.', '--format', 'json'], dir);

    writeFileSync(join(dir, 'plan.yaml'), draft.replace('id: __/KH-STP', 'id: 06/KH-STP'));
    const after = await run(['schedule', '.', '--format', 'ics', '--as-of', '2019-03-01'], dir);
    expect(after.code).toBe(0);
    expect(uids(after.out)).toEqual(uids(before.out));
    expect(uids(after.out).length).toBeGreaterThan(10);
    // The number did change where a reader sees it.
    expect(after.out).toContain('06/KH-STP');
    expect(before.out).toContain('__/KH-STP');

    // The progress file names the plan by its uid before and after: it resolves both times.
    const checkedAfter = await run(['validate', '.', '--format', 'json'], dir);
    for (const v of [checkedBefore, checkedAfter]) {
      const codes = (JSON.parse(v.out).diagnostics as { code: string }[]).map((d) => d.code);
      expect(codes).not.toContain('progress-references-resolve');
    }
    expect(JSON.parse(checkedAfter.out).errors).toBe(0);
  });

  it('a plan without uid keeps the number-and-year UIDs it always had', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-new-id-old-'));
    for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(root, 'examples', 'tien-giang-2018', f), join(dir, f));
    const a = uids((await run(['schedule', '.', '--format', 'ics', '--as-of', '2018-03-01'], dir)).out);
    writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(dir, 'plan.yaml'), 'utf8').replace('id: 06/KH-STP', 'id: 07/KH-STP'));
    const b = uids((await run(['schedule', '.', '--format', 'ics', '--as-of', '2018-03-01'], dir)).out);
    expect(b.filter((u) => a.includes(u))).toEqual([]);
  });
});
