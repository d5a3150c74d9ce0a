#!/usr/bin/env node
// Generates a repository as district justice offices actually keep one: per
// office and year a folder with the year's units file, the office's plan and
// three quarterly progress files. Unlike gen-corpus.mjs, dates are written
// bare (2018-03-15), as clerks write them, the files carry comments, block
// scalars and a record per commune, and the folders of one office-year refer
// to nothing outside themselves. Every file is valid for thidua's schemas and
// rules (the bench stops if a run reports anything).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OFFICES = 12;
const COMMUNES = 18;
const YEARS_FIRST = 2016;
const YEARS = 10;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const NAMES = ['Tân Phước', 'Mỹ Phong', 'Bình Xuân', 'Long Khánh', 'Hòa Khánh', 'Tam Bình', 'Vĩnh Kim', 'Xuân Đông', 'Đồng Sơn', 'Kiểng Phước', 'Tân Thới', 'Phú Đông', 'An Hữu', 'Thạnh Phú', 'Mỹ Đức Tây', 'Hậu Mỹ Bắc', 'Long Trung', 'Điềm Hy'];
const xa = (o, c) => `xa-${o}-${c}`;
// Each office numbers its own plans, its symbol naming province and office (01/KH-PTP-BA), so a
// plan is found across the repository by number and year.
const letters = (n) => String.fromCharCode(65 + Math.floor(n / 26) % 26, 65 + (n % 26));
const planId = (p, o) => `01/KH-PTP-${letters(p)}${String.fromCharCode(65 + o)}`;

function unitsFile(p, o, y) {
  const l = [
    '# yaml-language-server: $schema=../../../schemas/units.schema.json',
    `# Danh sách đơn vị năm ${y}: Sở Tư pháp, Phòng Tư pháp huyện ${o} và các xã, thị trấn`,
    '# do Phòng hướng dẫn. Cập nhật theo Nghị quyết sắp xếp đơn vị hành chính cấp xã.',
    'thidua: 1',
    'kind: units',
    'units:',
    '  - id: so-tu-phap',
    `    name: Sở Tư pháp tỉnh số ${p}`,
    '    kind: so',
    '',
    `  - id: ptp-${o}`,
    `    name: Phòng Tư pháp huyện số ${o}, tỉnh số ${p}`,
    '    kind: phong-tu-phap',
    '    parent: so-tu-phap',
    `    validFrom: ${y - 10}-01-01`,
    '',
  ];
  for (let c = 0; c < COMMUNES; c++) {
    l.push(`  - id: ${xa(o, c)}`, `    name: Ủy ban nhân dân xã ${NAMES[c]} ${o}-${c}`, '    kind: xa', `    parent: ptp-${o}`);
    if (c % 3 === 0) l.push('    tags: [bai-ngang-ven-bien]');
    if (c % 5 === 0) l.push(`    validFrom: ${y - 3}-07-01 # sáp nhập theo Nghị quyết của UBTVQH`);
  }
  return l.join('\n') + '\n';
}

const ANN = [
  ['thanh-lap-dang', 'Ngày thành lập Đảng Cộng sản Việt Nam', 1930, '02-03', 'dot-1'],
  ['giai-phong-mien-nam', 'Ngày giải phóng miền Nam, thống nhất đất nước', 1975, '04-30', 'dot-1'],
  ['sinh-nhat-bac', 'Ngày sinh Chủ tịch Hồ Chí Minh', 1890, '05-19', 'dot-1'],
  ['truyen-thong-tu-phap', 'Ngày truyền thống ngành Tư pháp Việt Nam', 1945, '08-28', 'dot-2'],
  ['quoc-khanh', 'Ngày Quốc khánh', 1945, '09-02', 'dot-2'],
];

function planFile(p, o, y) {
  return `# yaml-language-server: $schema=../../../schemas/plan.schema.json
# Kế hoạch thi đua năm ${y} của Phòng Tư pháp huyện số ${o}, tỉnh số ${p}.
# Căn cứ Kế hoạch của Sở Tư pháp; Phòng giao chỉ tiêu cho từng xã, thị trấn.
thidua: 1
kind: plan
id: ${planId(p, o)}
title: Kế hoạch phát động phong trào thi đua năm ${y}
issuer: ptp-${o}
issued: ${y}-01-15
year: ${y}
signer: Trần Thị Bình

basis:
  - ref: 06/KH-STP
    date: ${y}-01-10
    issuer: Sở Tư pháp tỉnh số ${p}
    title: Kế hoạch phát động phong trào thi đua ngành Tư pháp năm ${y}
  - ref: 2659/QĐ-BTP
    date: 2012-10-03
    issuer: Bộ trưởng Bộ Tư pháp

objectives:
  - Phát huy tinh thần đoàn kết, chủ động, sáng tạo của cán bộ, công chức tư pháp - hộ tịch
  - Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao năm ${y}
scope: Phòng Tư pháp và công chức tư pháp - hộ tịch các xã, thị trấn
participants: [Công chức Phòng Tư pháp, Công chức tư pháp - hộ tịch cấp xã]
measures:
  - Tuyên truyền sâu rộng về phong trào thi đua
  - Kiểm tra, đôn đốc thường xuyên; sơ kết, tổng kết kịp thời

movements:
  - id: hoan-thanh-nhiem-vu
    form: regular
    title: >-
      Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm ${y},
      đổi mới lề lối làm việc, siết chặt kỷ luật, kỷ cương hành chính
    period: { from: ${y}-01-01, to: ${y}-12-31 }
    basis: [06/KH-STP]
    targets:
      - id: ho-tich
        title: Đăng ký hộ tịch đúng hạn, không để hồ sơ quá hạn
        count: 12
        owner: ptp-${o}
      - id: pbgdpl
        title: Tổ chức các hội nghị phổ biến, giáo dục pháp luật
        count: 4
        owner: ptp-${o}
  - id: nong-thon-moi
    form: regular
    title: Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới
    period: { from: ${y}-01-01, to: ${y}-12-31 }
    basis: [2659/QĐ-BTP]
    quotas:
      - id: xa-diem
        owner: ptp-${o}
        select: xa
        min: 2
        max: 4
        within: owner
        where: { tags: [bai-ngang-ven-bien] }
        purpose: Làm điểm xây dựng xã đạt chuẩn tiếp cận pháp luật
        forms:
          - { id: tuyen-truyen, title: "Tuyên truyền, phổ biến, giáo dục pháp luật" }
          - { id: tu-sach, title: Hỗ trợ xây dựng tủ sách pháp luật }

phases:
  - id: dot-1
    name: Đợt 1
    from: ${y}-01-01
    to: ${y}-06-30
    commemorates: [${ANN.filter((a) => a[4] === 'dot-1').map((a) => a[0]).join(', ')}]
  - id: dot-2
    name: Đợt 2
    from: ${y}-07-01
    to: ${y}-12-31
    commemorates: [${ANN.filter((a) => a[4] === 'dot-2').map((a) => a[0]).join(', ')}]

anniversaries:
${ANN.map((a) => `  - id: ${a[0]}\n    title: ${a[1]}\n    origin: ${a[2]}-${a[3]}\n    years: ${y - a[2]}`).join('\n')}

milestones:
  - id: dang-ky
    title: Đăng ký thi đua
    due: ${y}-03-15
    owner: { kind: xa }
    type: registration
  - { id: so-ket, title: Sơ kết 6 tháng, due: ${y}-06-20, owner: ptp-${o}, type: review }
  - { id: tong-ket, title: Tổng kết năm, due: ${y}-11-30, owner: ptp-${o}, type: review }
`;
}

/** Quarter 1: every commune's registration; quarter 2: the chosen communes and activities; quarter 3: results. */
function progressFile(p, o, y, q) {
  const l = [
    '# yaml-language-server: $schema=../../../../schemas/progress.schema.json',
    `# Báo cáo quý ${q} năm ${y} của Phòng Tư pháp huyện số ${o}`,
    'thidua: 1',
    'kind: progress',
    `plan: ${planId(p, o)}`,
    `planYear: ${y}`,
    `asOf: ${y}-${pad(q * 3)}-${q === 1 ? 31 : 30}`,
    `reporter: ptp-${o}`,
    '',
  ];
  if (q === 1) {
    l.push('milestones:');
    for (let c = 0; c < COMMUNES; c++) l.push(`  - { milestone: dang-ky, by: ${xa(o, c)}, done: ${y}-03-${pad(1 + (c % 14))} }`);
  } else if (q === 2) {
    l.push('selections:');
    for (const c of [0, 3, 6]) l.push(`  - quota: xa-diem`, `    by: ptp-${o}`, `    chosen: ${xa(o, c)}`, `    form: ${c % 2 ? 'tu-sach' : 'tuyen-truyen'}`, `    date: ${y}-04-${pad(c + 2)}`);
    l.push('', 'activities:');
    for (let c = 0; c < COMMUNES; c++) l.push(`  - commemorates: ${c % 2 ? 'sinh-nhat-bac' : 'giai-phong-mien-nam'}`, `    by: ${xa(o, c)}`, `    date: ${y}-${c % 2 ? '05-1' + (c % 9) : '04-2' + (c % 9)}`, `    title: Tọa đàm, sinh hoạt chuyên đề tại xã ${NAMES[c]}`);
    l.push(`  - commemorates: sinh-nhat-bac`, `    by: ptp-${o}`, `    date: ${y}-05-18`, '    title: >-', '      Hội nghị sơ kết 6 tháng đầu năm kết hợp sinh hoạt chuyên đề,', '      biểu dương các tập thể, cá nhân tiêu biểu');
    l.push('', 'milestones:', `  - milestone: so-ket # họp ngày 18/6`, `    by: ptp-${o}`, `    done: ${y}-06-18`);
  } else {
    l.push('activities:');
    for (let c = 0; c < COMMUNES; c++) l.push(`  - { commemorates: ${c % 2 ? 'quoc-khanh' : 'truyen-thong-tu-phap'}, by: ${xa(o, c)}, date: ${y}-${c % 2 ? '08-3' + (c % 2) : '08-2' + (c % 8)} }`);
    l.push('', 'targets:', `  - { target: ho-tich, by: ptp-${o}, achieved: ${9 + (o % 4)} }`, `  - { target: pbgdpl, by: ptp-${o}, achieved: 3 }`);
  }
  return l.join('\n') + '\n';
}

/**
 * Writes about `target` files into `dir`, five per office-year, numbering office-years from
 * `first` (so that parts generated apart make one repository); returns the per-kind file lists.
 */
export function generate(dir, target, first = 0) {
  rmSync(dir, { recursive: true, force: true });
  const officeYears = Math.max(1, Math.round(target / 5));
  const out = { units: [], plan: [], progress: [] };
  for (let n = first; n < first + officeYears; n++) {
    const p = Math.floor(n / (OFFICES * YEARS));
    const o = Math.floor(n / YEARS) % OFFICES;
    const y = YEARS_FIRST + (n % YEARS);
    const d = join(dir, `tinh-${pad(p, 3)}`, `ptp-${pad(o)}`, String(y));
    mkdirSync(join(d, 'progress'), { recursive: true });
    writeFileSync(join(d, 'units.yaml'), unitsFile(p, o, y));
    writeFileSync(join(d, 'plan.yaml'), planFile(p, o, y));
    out.units.push(join(d, 'units.yaml'));
    out.plan.push(join(d, 'plan.yaml'));
    for (const q of [1, 2, 3]) {
      const f = join(d, 'progress', `quy-${q}.yaml`);
      writeFileSync(f, progressFile(p, o, y, q));
      out.progress.push(f);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/corpus/realistic-10k', n = '10000'] = process.argv.slice(2);
  const r = generate(dir, Number(n));
  console.log(`${dir}: ${r.units.length + r.plan.length + r.progress.length} files`);
}
