#!/usr/bin/env node
// Generates a plan repository as a ministry would hold it: per province a units
// file, and per province and year a plan and one progress file per reporting
// unit. Every file is valid for thidua's schemas and rules. Dates are quoted so
// that ajv-cli (whose js-yaml 3 turns bare dates into Date objects) reads the
// same strings thidua does: both tools see identical data.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OFFICES = 12;
const COMMUNES_PER_OFFICE = 12;
const YEARS_FIRST = 2016;

const pad = (n, w = 2) => String(n).padStart(w, '0');

function unitsFile(p) {
  const lines = ['# yaml-language-server: $schema=../../../schemas/units.schema.json', 'thidua: 1', 'kind: units', 'units:'];
  lines.push(`  - { id: so-tu-phap, name: "Sở Tư pháp tỉnh số ${p}", kind: so }`);
  for (let o = 0; o < OFFICES; o++) {
    lines.push(`  - id: ptp-${o}`, `    name: "Phòng Tư pháp huyện ${o} tỉnh ${p}"`, '    kind: phong-tu-phap', '    parent: so-tu-phap');
    for (let c = 0; c < COMMUNES_PER_OFFICE; c++) {
      const tags = c % 4 === 0 ? ', tags: [bai-ngang-ven-bien]' : '';
      lines.push(`  - { id: xa-${o}-${c}, name: "Xã ${o}-${c} Tân Phước", kind: xa, parent: ptp-${o}${tags} }`);
    }
  }
  return lines.join('\n') + '\n';
}

function planFile(p, year) {
  const y = year;
  const ann = [
    ['thanh-lap-dang', 'Ngày thành lập Đảng Cộng sản Việt Nam', 1930, '02-03', 'dot-1'],
    ['giai-phong-mien-nam', 'Ngày giải phóng miền Nam, thống nhất đất nước', 1975, '04-30', 'dot-1'],
    ['sinh-nhat-bac', 'Ngày sinh Chủ tịch Hồ Chí Minh', 1890, '05-19', 'dot-1'],
    ['truyen-thong-tu-phap', 'Ngày truyền thống ngành Tư pháp Việt Nam', 1945, '08-28', 'dot-2'],
    ['quoc-khanh', 'Ngày Quốc khánh', 1945, '09-02', 'dot-2'],
  ];
  return `# Kế hoạch thi đua năm ${y} của Sở Tư pháp tỉnh số ${p} (generated for the benchmark)
thidua: 1
kind: plan
id: ${pad((p % 90) + 1)}/KH-STP
title: Kế hoạch phát động phong trào thi đua ngành Tư pháp năm ${y}
issuer: so-tu-phap
issued: '${y}-01-10'
year: ${y}
signer: Nguyễn Văn An
basis:
  - { ref: 2659/QĐ-BTP, date: '2012-10-03', issuer: Bộ Tư pháp }
  - { ref: 21-CT/TW, date: '2012-12-21', issuer: Ban Bí thư }
objectives:
  - Phát huy tinh thần đoàn kết, đổi mới, chủ động, sáng tạo của các tập thể, cá nhân
scope: Toàn ngành Tư pháp tỉnh
participants: [Cán bộ, công chức, viên chức ngành Tư pháp]
measures: [Tuyên truyền sâu rộng, Kiểm tra, đôn đốc thường xuyên]
movements:
  - id: hoan-thanh-nhiem-vu
    form: regular
    title: Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm ${y}
    period: { from: '${y}-01-01', to: '${y}-12-31' }
    basis: [21-CT/TW]
    targets:
      - { id: nhiem-vu-trong-tam, title: Thực hiện tốt 08 nhiệm vụ trọng tâm, count: 8, owner: so-tu-phap }
  - id: nong-thon-moi
    form: regular
    title: Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới
    period: { from: '${y}-01-01', to: '${y}-12-31' }
    basis: [2659/QĐ-BTP]
    quotas:
      - id: xa-bai-ngang
        owner: so-tu-phap
        select: xa
        min: 1
        where: { tags: [bai-ngang-ven-bien] }
        purpose: Làm điểm, hỗ trợ xây dựng xã đạt chuẩn tiếp cận pháp luật
      - id: phong-tu-phap-giup-xa
        owner: { kind: phong-tu-phap }
        select: xa
        min: 1
        within: owner
        forms:
          - { id: tuyen-truyen, title: "Tuyên truyền, phổ biến, giáo dục pháp luật" }
          - { id: tu-sach, title: Hỗ trợ xây dựng tủ sách pháp luật }
phases:
  - id: dot-1
    name: Đợt 1
    from: '${y}-01-01'
    to: '${y}-06-30'
    commemorates: [${ann.filter((a) => a[4] === 'dot-1').map((a) => a[0]).join(', ')}]
  - id: dot-2
    name: Đợt 2
    from: '${y}-07-01'
    to: '${y}-12-31'
    commemorates: [${ann.filter((a) => a[4] === 'dot-2').map((a) => a[0]).join(', ')}]
anniversaries:
${ann.map((a) => `  - { id: ${a[0]}, title: "${a[1]}", origin: '${a[2]}-${a[3]}', years: ${y - a[2]} }`).join('\n')}
milestones:
  - { id: dang-ky, title: Đăng ký thi đua, due: '${y}-03-15', owner: { kind: phong-tu-phap }, type: registration }
  - { id: so-ket, title: Sơ kết 6 tháng, due: '${y}-06-20', owner: so-tu-phap, type: review }
  - { id: tong-ket, title: Tổng kết năm, due: '${y}-11-30', owner: so-tu-phap, type: review }
`;
}

function progressFile(p, y, o) {
  const lines = [
    `# Báo cáo tiến độ của Phòng Tư pháp huyện ${o}`,
    'thidua: 1',
    'kind: progress',
    `plan: ${pad((p % 90) + 1)}/KH-STP`,
    `planYear: ${y}`,
    `asOf: '${y}-07-15'`,
    `reporter: ptp-${o}`,
    'selections:',
    `  - { quota: phong-tu-phap-giup-xa, by: ptp-${o}, chosen: xa-${o}-${(o + y) % COMMUNES_PER_OFFICE}, form: tu-sach, date: '${y}-03-0${1 + (o % 9)}' }`,
    'activities:',
    `  - { commemorates: thanh-lap-dang, by: ptp-${o}, date: '${y}-02-02', title: Sinh hoạt chuyên đề }`,
    `  - { commemorates: sinh-nhat-bac, by: ptp-${o}, date: '${y}-05-18' }`,
    'milestones:',
    `  - { milestone: dang-ky, by: ptp-${o}, done: '${y}-03-1${o % 5}' }`,
  ];
  return lines.join('\n') + '\n';
}

function provinceProgress(p, y) {
  return `thidua: 1
kind: progress
plan: ${pad((p % 90) + 1)}/KH-STP
planYear: ${y}
asOf: '${y}-12-20'
reporter: so-tu-phap
selections:
  - { quota: xa-bai-ngang, by: so-tu-phap, chosen: xa-0-0, date: '${y}-02-20' }
targets:
  - { target: nhiem-vu-trong-tam, by: so-tu-phap, achieved: 8 }
milestones:
  - { milestone: so-ket, by: so-tu-phap, done: '${y}-06-18' }
`;
}

/** Writes about `target` files into `dir`, numbering provinces from `first`; returns the per-kind file lists. */
export function generate(dir, target, first = 0) {
  rmSync(dir, { recursive: true, force: true });
  const perYear = 2 + OFFICES; // plan + province progress + office progress files
  const years = 10;
  const provinces = Math.max(1, Math.round(target / (1 + years * perYear)));
  const out = { units: [], plan: [], progress: [] };
  for (let p = first; p < first + provinces; p++) {
    const pdir = join(dir, `tinh-${pad(p, 3)}`);
    mkdirSync(pdir, { recursive: true });
    writeFileSync(join(pdir, 'units.yaml'), unitsFile(p));
    out.units.push(join(pdir, 'units.yaml'));
    for (let k = 0; k < years; k++) {
      const y = YEARS_FIRST + k;
      const ydir = join(pdir, String(y));
      mkdirSync(join(ydir, 'progress'), { recursive: true });
      writeFileSync(join(ydir, 'plan.yaml'), planFile(p, y));
      out.plan.push(join(ydir, 'plan.yaml'));
      writeFileSync(join(ydir, 'progress', 'so-tu-phap.yaml'), provinceProgress(p, y));
      out.progress.push(join(ydir, 'progress', 'so-tu-phap.yaml'));
      for (let o = 0; o < OFFICES; o++) {
        const f = join(ydir, 'progress', `ptp-${o}.yaml`);
        writeFileSync(f, progressFile(p, y, o));
        out.progress.push(f);
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/corpus/10k', n = '10000'] = process.argv.slice(2);
  const r = generate(dir, Number(n));
  console.log(`${dir}: ${r.units.length + r.plan.length + r.progress.length} files`);
}
