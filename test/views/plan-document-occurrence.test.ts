import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../src/views/plan-document.js';
import { loadPlanWs, repoRoot } from '../helpers/plan-ws.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Lạng Sơn 36/KH-VP (issued 2024, aimed at 06/01/2026), with or without the occurrence named by `date`. */
function langSon(keepDate: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-plandoc-'));
  dirs.push(dir);
  const text = readFileSync(join(repoRoot, 'test/fixtures/real/langson-36-KH-VP-2024/plan.yaml'), 'utf8');
  const edited = keepDate ? text : text.replace(', date: 2026-01-06 }', ' }');
  if (!keepDate) expect(edited).not.toBe(text);
  writeFileSync(join(dir, 'plan.yaml'), edited);
  return buildPlanDocument(loadPlanWs(dir));
}

describe('the plan document counts an anniversary as the views do', () => {
  for (const keepDate of [true, false]) {
    it(`names the occurrence the drive aims at, 80 năm on 06/01/2026, not the issue year's 78 (date ${keepDate ? 'given' : 'left out'})`, () => {
      const doc = langSon(keepDate);
      const all = [...doc.phases.flatMap((p) => p.anniversaries), ...doc.otherAnniversaries].filter((a) => a.id === 'tong-tuyen-cu');
      expect(all.map((a) => [a.years, a.date])).toEqual([[80, { y: 2026, m: 1, d: 6 }]]);
    });
  }
});
