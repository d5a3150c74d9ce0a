/**
 * Every bundled example under every command and every format, through main():
 * validate (strict), schedule, checklist, report, anniversaries, new and
 * document. Each machine format is parsed back (JSON, CSV, ICS, DOCX, XLSX);
 * no run may fail to run (exit 2) or write to stderr. A new folder in
 * examples/ is picked up without a change here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { formatNames, type FormatCommand } from '../../src/formats/registry.js';
import { fakeIO } from '../helpers/fake-io.js';
import { parseCsv } from '../helpers/csv.js';
import { readDocx, readXlsx } from '../helpers/office.js';
import { repoRoot } from '../helpers/plan-ws.js';

const examples = readdirSync(join(repoRoot, 'examples')).filter((d) => statSync(join(repoRoot, 'examples', d)).isDirectory());

async function run(args: string[]) {
  const f = fakeIO({ cwd: repoRoot });
  const chunks: Uint8Array[] = [];
  const code = await main(args, { ...f.io, stdoutBytes: (b) => void chunks.push(b) });
  return { code, out: f.out(), err: f.err(), bytes: Buffer.concat(chunks) };
}

/** Parses an output back in its format; throws when it does not parse. */
async function parseBack(format: string, r: { out: string; bytes: Buffer }): Promise<void> {
  if (format === 'json' || format === 'sarif') JSON.parse(r.out);
  else if (format === 'csv') expect(parseCsv(r.out).length).toBeGreaterThan(1);
  else if (format === 'ics') expect(new ICAL.Component(ICAL.parse(r.out)).getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  else if (format === 'docx') expect((await readDocx(r.bytes)).paragraphs.length).toBeGreaterThan(0);
  else if (format === 'xlsx') expect((await readXlsx(r.bytes)).worksheets.length).toBeGreaterThan(0);
  else if (format === 'junit') expect(r.out).toMatch(/^<\?xml[\s\S]*<\/testsuites>\s*$/);
  else if (format === 'html') expect(r.out).toMatch(/<\/html>\s*$/);
  else expect(r.out.length).toBeGreaterThan(0);
}

/** The plan's year and the as-of day of its latest progress file. */
function factsOf(dir: string): { year: number; asOf: string; plan: string } {
  const files = readdirSync(join(repoRoot, 'examples', dir));
  const plan = parseYaml(readFileSync(join(repoRoot, 'examples', dir, 'plan.yaml'), 'utf8')) as { year?: number; period?: { from?: string } };
  const asOf = files.filter((f) => f.startsWith('progress')).map((f) => /(\d{4}-\d{2}-\d{2})/.exec(f)?.[1] ?? '').sort().pop()!;
  return { year: plan.year ?? Number(plan.period!.from!.slice(0, 4)), asOf, plan: `examples/${dir}/plan.yaml` };
}

describe.each(examples)('examples/%s under every command', (dir) => {
  const path = `examples/${dir}`;
  const { year, asOf, plan } = factsOf(dir);

  it('validates clean with --strict, in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en']) {
      const r = await run(['--lang', lang, 'validate', path, '--strict']);
      expect([r.code, r.err]).toEqual([0, '']);
    }
  });

  it.each(['schedule', 'checklist', 'report'] as FormatCommand[])('%s runs in every format and each parses back', async (command) => {
    for (const format of formatNames(command)) {
      const r = await run([command, path, '--as-of', asOf, '--format', format]);
      expect([command, format, r.err]).toEqual([command, format, '']);
      // 1 is a report with findings (a unit's report overdue); 2 would be a run that could not run.
      expect(command === 'report' ? [0, 1] : [0]).toContain(r.code);
      await parseBack(format, r);
    }
  });

  it('anniversaries runs for the plan year in every format', async () => {
    for (const format of formatNames('anniversaries')) {
      const r = await run(['anniversaries', '--year', String(year), '--format', format]);
      expect([format, r.code, r.err]).toEqual([format, 0, '']);
      await parseBack(format, r);
    }
  });

  it('new writes next year’s plan as YAML, and document writes the plan as Word', async () => {
    const next = await run(['new', '--from', plan, '--year', String(year + 1)]);
    expect(next.code).toBe(0);
    expect((parseYaml(next.out) as { kind: string }).kind).toBe('plan');
    const doc = await run(['document', path]);
    expect([doc.code, doc.err]).toEqual([0, '']);
    await parseBack('docx', doc);
  });
});
