/**
 * Boundary cases of one rule, written as small workspaces in the test itself:
 * `found(files, rule)` loads them through the real loader and checker with the
 * rule alone turned on and lists its findings as `rule file:line:col`;
 * `at(rule, file, text, needle)` says where a finding is expected, found by
 * searching the text (not by the locator the rules use), so the two can disagree.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runFixture } from './rule-fixture.js';

/** Path inside the workspace → file text. */
export type Files = Record<string, string>;

/** The units most cases need: a Sở, a unit that ends with 30/06/2025 and one that begins the next day, communes. */
export const UNITS = `thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }
  - { id: ptp-cu, name: Phòng Tư pháp cũ, kind: phong-tu-phap, parent: so-tu-phap, validTo: 2025-06-30 }
  - { id: phong-moi, name: Phòng mới, kind: phong, parent: so-tu-phap, validFrom: 2025-07-01 }
  - { id: xa-a, name: Xã A, kind: xa, parent: ptp-cu, tags: [ven-bien, bai-ngang] }
  - { id: xa-b, name: Xã B, kind: xa, parent: so-tu-phap, tags: [ven-bien] }
  - { id: xa-c, name: Xã C, kind: xa, parent: so-tu-phap }
`;

/** A plan of `year` issued on `issued`, with `body` (YAML lines at the top level) after its header. */
export function plan(body: string, o: { year?: number; issued?: string; id?: string; head?: string } = {}): string {
  const year = o.year ?? 2025;
  return `thidua: 1
kind: plan
id: ${o.id ?? '06/KH-STP'}
title: Kế hoạch thi đua năm ${year}
issuer: so-tu-phap
issued: ${o.issued ?? `${year}-01-10`}
year: ${year}
${o.head ?? ''}${body}`;
}

/** A progress file reporting on plan 06/KH-STP. */
export const progress = (body: string, planId = '06/KH-STP'): string => `thidua: 1
kind: progress
plan: ${planId}
${body}`;

/** A plan body with one obligation of each record kind (activity, target, selection, milestone), for the rules on progress records. */
export const RECORDS_BODY = `anniversaries:
  - { id: ky-niem, title: Kỷ niệm, origin: 1975-04-30 }
movements:
  - id: phong-trao
    form: regular
    title: Phong trào
    targets:
      - { id: hoa-giai, owner: so-tu-phap, count: 3 }
    quotas:
      - { id: chon-xa, owner: so-tu-phap, select: xa, min: 1 }
milestones:
  - { id: bao-cao, title: Báo cáo, type: report, due: 2025-12-15 }
`;

const made: string[] = [];
let cleanup = false;

/** Writes the files (units.yaml = UNITS unless given, a plan text alone = plan.yaml) to a fresh folder. */
export function workspace(files: Files | string): string {
  if (!cleanup) {
    cleanup = true;
    afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  }
  const all: Files = typeof files === 'string' ? { 'plan.yaml': files } : files;
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cases-'));
  made.push(dir);
  for (const [path, text] of Object.entries({ 'units.yaml': UNITS, ...all })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The rule's findings, sorted, as `rule file:line:col`; anything of another rule, or any error, too. */
export async function found(files: Files | string, rule: string): Promise<string[]> {
  const ds = await runFixture(workspace(files), rule);
  return ds
    .filter((d) => d.code === rule || d.severity === 'error')
    .map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)
    .sort();
}

/** The rule's findings, sorted, each as `rule file:line:col <- file:line:col` of the places it points back to. */
export async function foundWithRelated(files: Files | string, rule: string): Promise<string[]> {
  const ds = await runFixture(workspace(files), rule);
  return ds
    .filter((d) => d.code === rule)
    .map((d) => `${d.code} ${d.file}:${d.line}:${d.column} <- ${(d.related ?? []).map((r) => `${r.file}:${r.line}:${r.column}`).join(', ')}`)
    .sort();
}

/**
 * Where `needle` is in `text`, as `rule file:line:col`. A `|` in the needle marks the
 * column (else its first character); the needle without it must occur exactly once.
 */
export function at(rule: string, file: string, text: string, needle: string): string {
  const bar = needle.indexOf('|');
  const plain = needle.replace('|', '');
  const i = text.indexOf(plain);
  if (i < 0 || text.indexOf(plain, i + 1) >= 0) throw new Error(`needle ${JSON.stringify(plain)} is not once in ${file}`);
  const pos = i + Math.max(bar, 0);
  const before = text.slice(0, pos).split('\n');
  return `${rule} ${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
}
