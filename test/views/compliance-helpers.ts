/** Loads a folder as `thidua report` would and builds the compliance report, for the report tests. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { Scope } from '../../src/domain/scope.js';
import { plans } from '../../src/load/workspace.js';
import { parseDate } from '../../src/model/date.js';
import { buildCompliance } from '../../src/views/compliance.js';
import type { ComplianceReport, Obligation } from '../../src/views/compliance-types.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const tienGiang = join(repoRoot, 'examples', 'tien-giang-2018');
export const dongThap = join(repoRoot, 'examples', 'dong-thap-2026');
export const fixture = join(repoRoot, 'test', 'fixtures', 'report', 'workspace');

export function report(dir: string, asOf: string, unit?: string): ComplianceReport {
  const { files } = expandPaths([dir], repoRoot);
  const ws = loadWorkspace(files, { lang: 'en', cwd: repoRoot });
  const bad = ws.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'));
  if (bad.length) throw new Error(`fixture does not load: ${bad.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  const scope = new Scope(ws);
  const [plan] = plans(ws);
  if (!plan) throw new Error(`no plan in ${dir}`);
  return buildCompliance({ ws, scope, plan, asOf: parseDate(asOf)!, ...(unit !== undefined && { unit }) });
}

/** The one line of an obligation for an owner; fails loudly when there is not exactly one. */
export function line(r: ComplianceReport, id: string, owner?: string): Obligation {
  const found = r.obligations.filter((o) => o.id === id && (owner === undefined || o.owner === owner));
  if (found.length !== 1) throw new Error(`${found.length} lines for ${id} ${owner ?? ''}: ${r.obligations.map((o) => `${o.id}/${o.owner}`).join(', ')}`);
  return found[0]!;
}

/** The 1-based line of the first line of a file containing `text`. */
export function lineOf(file: string, text: string): number {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

const temps: string[] = [];

/** Writes a throwaway workspace of named YAML files and returns its folder (see removeTempWorkspaces). */
export function tempWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-report-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** For `afterAll` in each file that makes temporary workspaces. */
export function removeTempWorkspaces(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}
