#!/usr/bin/env node
// Writes the workspace of the `thidua report` benchmark into a folder: one
// province with 100 district offices and 10,000 communes, a 2024 plan with
// quotas, targets, milestones and anniversaries, and one progress file per
// office — 50,000 records in all. Deterministic: the same files every run.
// About 1 in 20 selections does not qualify and each file repeats one record,
// so the report's slower paths (explaining, de-duplicating) are exercised too.
//
//   node bench/gen-report-workspace.mjs <folder>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFFICES = 100;
// generate() may scale the office count, to show the report's cost grows linearly.
let offices = OFFICES;
export const COMMUNES_PER_OFFICE = 100;
export const RECORDS_PER_OFFICE = 500;
const YEAR = 2024;

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** The nth day of the plan year as an ISO date, quoted as YAML text. */
function day(n) {
  const d = new Date(Date.UTC(YEAR, 0, 1 + n));
  return `'${d.toISOString().slice(0, 10)}'`;
}

function unitsFile() {
  const out = ['thidua: 1', 'kind: units', 'units:', '  - { id: so-tu-phap, name: Sở Tư pháp tỉnh Thử Nghiệm, kind: so }'];
  for (let o = 0; o < offices; o++) {
    out.push(`  - { id: ptp-${o}, name: "Phòng Tư pháp huyện số ${o}", kind: phong-tu-phap, parent: so-tu-phap }`);
    for (let c = 0; c < COMMUNES_PER_OFFICE; c++) {
      const tags = c % 4 === 0 ? ', tags: [ven-bien]' : '';
      out.push(`  - { id: xa-${o}-${c}, name: "Xã ${o}-${c} Tân Phước", kind: xa, parent: ptp-${o}${tags} }`);
    }
  }
  return out.join('\n') + '\n';
}

const MILESTONES = Array.from({ length: 10 }, (_, i) => `bao-cao-${i + 1}`);

function planFile() {
  return `thidua: 1
kind: plan
id: 01/KH-STP
title: Kế hoạch thi đua năm ${YEAR} (benchmark)
issuer: so-tu-phap
issued: '${YEAR}-01-10'
year: ${YEAR}
objectives: [Hoàn thành xuất sắc nhiệm vụ]
scope: Toàn ngành Tư pháp tỉnh
participants: [Công chức ngành Tư pháp]
measures: [Tuyên truyền, Kiểm tra]
movements:
  - id: nhiem-vu
    form: regular
    title: Thi đua hoàn thành nhiệm vụ năm ${YEAR}
    period: { from: '${YEAR}-01-01', to: '${YEAR}-12-31' }
    quotas:
      - { id: chon-xa, owner: { kind: phong-tu-phap }, select: xa, min: 50, within: owner, forms: [{ id: tuyen-truyen }, { id: tu-sach }] }
      - { id: xa-ven-bien, owner: { kind: phong-tu-phap }, select: xa, min: 10, max: 30, where: { tags: [ven-bien] }, within: owner, due: '${YEAR}-06-30' }
    targets:
      - { id: hoi-nghi, title: Hội nghị phổ biến pháp luật, count: 40, owner: { kind: phong-tu-phap } }
phases:
  - { id: dot-1, name: Đợt 1, from: '${YEAR}-01-01', to: '${YEAR}-06-30', commemorates: [thanh-lap-dang] }
  - { id: dot-2, name: Đợt 2, from: '${YEAR}-07-01', to: '${YEAR}-12-31', commemorates: [quoc-khanh] }
anniversaries:
  - { id: thanh-lap-dang, title: Ngày thành lập Đảng Cộng sản Việt Nam, origin: '1930-02-03', years: ${YEAR - 1930} }
  - { id: quoc-khanh, title: Ngày Quốc khánh, origin: '1945-09-02', years: ${YEAR - 1945} }
milestones:
${MILESTONES.map((m, i) => `  - { id: ${m}, title: Báo cáo kỳ ${i + 1}, due: ${day(30 * i + 20)}, owner: { kind: phong-tu-phap }, type: report }`).join('\n')}
  - { id: tong-ket, title: Tổng kết năm, due: '${YEAR}-11-30', owner: so-tu-phap, type: review }
`;
}

/** 500 records for office `o`: 130 selections, 300 activities, 60 target figures, 10 milestones. */
function progressFile(o) {
  const out = ['thidua: 1', 'kind: progress', 'plan: 01/KH-STP', `asOf: '${YEAR}-12-20'`, `reporter: ptp-${o}`, 'selections:'];
  for (let c = 0; c < 100; c++) {
    // Every 20th names a form the quota does not allow: not counted, with the reason.
    const form = c % 20 === 19 ? 'khac' : c % 2 ? 'tu-sach' : 'tuyen-truyen';
    out.push(`  - { quota: chon-xa, by: ptp-${o}, chosen: xa-${o}-${c}, form: ${form}, date: ${day(c)} }`);
  }
  // 25 tagged communes, then 4 untagged (missing-tag) and a repeat of the first.
  for (let c = 0; c < 100; c += 4) out.push(`  - { quota: xa-ven-bien, by: ptp-${o}, chosen: xa-${o}-${c}, date: ${day(40 + c)} }`);
  for (const c of [1, 2, 3, 5]) out.push(`  - { quota: xa-ven-bien, by: ptp-${o}, chosen: xa-${o}-${c}, date: ${day(50 + c)} }`);
  out.push(`  - { quota: xa-ven-bien, by: ptp-${o}, chosen: xa-${o}-0, date: ${day(40)} }`);
  out.push('activities:');
  for (let i = 0; i < 150; i++) out.push(`  - { commemorates: thanh-lap-dang, by: xa-${o}-${i % COMMUNES_PER_OFFICE}, date: ${day(i)}, title: Sinh hoạt chuyên đề ${i} }`);
  for (let i = 0; i < 150; i++) out.push(`  - { commemorates: quoc-khanh, by: xa-${o}-${i % COMMUNES_PER_OFFICE}, date: ${day(185 + i)} }`);
  out.push('targets:');
  for (let c = 0; c < 60; c++) out.push(`  - { target: hoi-nghi, by: xa-${o}-${c}, achieved: ${(c + o) % 3} }`);
  out.push('milestones:');
  for (const [i, m] of MILESTONES.entries()) out.push(`  - { milestone: ${m}, by: ptp-${o}, done: ${day(30 * i + 15 + (o % 10))} }`);
  return out.join('\n') + '\n';
}

export function generate(dir, scale = 1) {
  offices = Math.round(OFFICES * scale);
  mkdirSync(join(dir, 'progress'), { recursive: true });
  writeFileSync(join(dir, 'units.yaml'), unitsFile());
  writeFileSync(join(dir, 'plan.yaml'), planFile());
  for (let o = 0; o < offices; o++) writeFileSync(join(dir, 'progress', `ptp-${pad(o, 3)}.yaml`), progressFile(o));
  return { units: 1 + offices * (1 + COMMUNES_PER_OFFICE), records: offices * RECORDS_PER_OFFICE };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/gen-report-workspace.mjs <folder>');
    process.exit(2);
  }
  const n = generate(dir);
  console.log(`wrote ${n.units} units and ${n.records} progress records to ${dir}`);
}
