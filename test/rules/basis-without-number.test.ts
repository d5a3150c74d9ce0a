import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'dong-thap-2026');

async function validate(basis: string): Promise<{ code: number; plan: string; diagnostics: { code: string; line: number; message: string }[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-basis-'));
  copyFileSync(join(example, 'units.yaml'), join(dir, 'units.yaml'));
  const plan = readFileSync(join(example, 'plan.yaml'), 'utf8').replace('basis:\n', `basis:\n${basis}`);
  writeFileSync(join(dir, 'plan.yaml'), plan);
  const f = fakeIO({ cwd: dir });
  const code = await main(['validate', '.', '--format', 'json', '--as-of', '2026-06-30'], f.io);
  return { code, plan, ...(JSON.parse(f.out()) as { diagnostics: { code: string; line: number; message: string }[] }) };
}

describe('a basis without a published number', () => {
  it('is cited by title and date (as the Government cites laws: "Luật … ngày 15 tháng 6 năm 2022")', async () => {
    const r = await validate('  - title: Lễ phát động thi đua của Ủy ban Thường vụ Quốc hội\n    date: 2024-03-28\n    issuer: Ủy ban Thường vụ Quốc hội\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('needs a number, or both title and date', async () => {
    const r = await validate('  - title: Lễ phát động thi đua\n');
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^schema\//)]));
  });

  it('is still checked against the issue date', async () => {
    const r = await validate('  - title: Văn bản sau kế hoạch\n    date: 2026-02-01\n');
    const line = r.plan.split('\n').indexOf('    date: 2026-02-01') + 1;
    expect(line).toBeGreaterThan(1);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['basis-dated-before-plan', line]]);
    expect(r.diagnostics[0]!.message).toContain('Văn bản sau kế hoạch');
  });
});
