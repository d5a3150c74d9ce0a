import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';
import { readDocx, readXlsx } from '../helpers/office.js';
import { repoRoot } from '../views/compliance-helpers.js';

const out = mkdtempSync(join(tmpdir(), 'thidua-office-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const TG = 'examples/tien-giang-2018';
const DT = 'examples/dong-thap-2026';

/** A run whose stdout takes bytes too, as a pipe does. */
async function run(args: string[], tty = false) {
  const f = fakeIO({ cwd: repoRoot, tty });
  const chunks: Uint8Array[] = [];
  const code = await main(args, { ...f.io, stdoutBytes: (b) => void chunks.push(b) });
  return { code, out: f.out(), err: f.err(), bytes: Buffer.concat(chunks) };
}

describe('Word and Excel from the command line', () => {
  it('thidua document writes the plan to -o, and refuses to overwrite it without --force', async () => {
    const file = join(out, 'ke-hoach.docx');
    const r = await run(['document', TG, '-o', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const doc = await readDocx(readFileSync(file));
    expect(doc.paragraphs).toContain('Số: 06/KH-STP');
    const again = await run(['document', TG, '-o', file]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/--force/);
    expect((await run(['document', TG, '-o', file, '--force'])).code).toBe(0);
  });

  it('plan-doc is the same command; a binary format goes to stdout only when it is not a terminal', async () => {
    const piped = await run(['plan-doc', DT]);
    expect(piped.code).toBe(0);
    expect((await readDocx(piped.bytes)).paragraphs).toContain('Số: 12/KH-STP');
    const tty = await run(['plan-doc', DT], true);
    expect(tty.code).toBe(2);
    expect(tty.err).toMatch(/-o/);
    expect(tty.bytes.length).toBe(0);
    expect((await run(['--lang', 'en', 'document', DT, '--format', 'pdf'])).err).toMatch(/choose one of docx/);
  });

  it('report, checklist, schedule and anniversaries take the format from the -o extension', async () => {
    const cases: [string[], string][] = [
      [['report', TG, '--as-of', '2018-07-15'], 'bao-cao.docx'],
      [['report', DT, '--as-of', '2026-06-30'], 'bao-cao.xlsx'],
      [['checklist', TG, '--as-of', '2018-07-15', '--by', 'unit'], 'viec.docx'],
      [['checklist', DT, '--as-of', '2026-06-30'], 'viec.xlsx'],
      [['schedule', DT, '--as-of', '2026-06-30'], 'lich.xlsx'],
      [['anniversaries', '--year', '2026'], 'ngay.xlsx'],
    ];
    for (const [args, name] of cases) {
      const file = join(out, name);
      const r = await run([...args, '-o', file]);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
      expect(existsSync(file)).toBe(true);
      if (name.endsWith('.docx')) expect((await readDocx(readFileSync(file))).paragraphs.length).toBeGreaterThan(10);
      else expect((await readXlsx(readFileSync(file))).worksheets.length).toBeGreaterThan(0);
    }
  });

  it('checks the target before reading anything: a terminal and no -o is a usage error even for a missing path', async () => {
    const r = await run(['report', 'no/such/folder', '--format', 'xlsx'], true);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/xlsx/);
  });

  it('does not write a document for a plan with errors', async () => {
    const dir = mkdtempSync(join(out, 'bad-'));
    writeFileSync(join(dir, 'plan.yaml'), 'thidua: 1\nkind: plan\nid: 6/KH-X\ntitle: Kế hoạch\nissuer: x\nissued: 2030-01-01\nyear: 2030\n');
    const file = join(dir, 'k.docx');
    const r = await run(['document', dir, '-o', file]);
    expect(r.code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });
});
