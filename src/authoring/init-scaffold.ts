/**
 * `thidua init`: the files of a new plan repository for an office. Pure:
 * answers in, files out; the CLI asks the questions and writes the files.
 * Everything written validates as it stands (the draft number is a warning),
 * so a clerk starts from green and every later error is their own edit's.
 */
import { stringify } from 'yaml';
import { roundDays as catalogueRoundDays } from '../domain/occurrences.js';
import { compareDates, date, toISO } from '../model/date.js';
import { initReadme } from './init-readme.js';
import { byDateThenId, suggestionLine, suggestionOf, type Suggestion } from './suggested-days.js';

export interface InitUnit {
  id: string;
  name: string;
  kind: string;
}

export interface InitAnswers {
  /** The office that issues the plans. */
  issuer: InitUnit;
  year: number;
  /** Units under the issuer (phòng, đơn vị trực thuộc). */
  units: InitUnit[];
  /** The agency part of the draft number `__/KH-<agency>`. */
  agency: string;
  /** A sector slug (`tu-phap`): its own days join the major holidays in the plan. */
  sector?: string;
  signer?: string;
  /**
   * The devDependency spec for thidua, which the modelines and CI rely on:
   * `file:vendor/thidua-X.Y.Z.tgz` (the CLI packs itself there), or what
   * `--thidua` gave.
   */
  dependency: string;
}

export interface ScaffoldFile {
  path: string;
  content: string;
}

/** "Phòng Tư pháp huyện Cái Bè" → "phong-tu-phap-huyen-cai-be": ids are lowercase ASCII slugs. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'don-vi';
}

/** `--unit "Phòng Văn bản"` or `--unit "phong-vb=Phòng Văn bản"`. */
export function unitFromSpec(spec: string, kind: string): InitUnit {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(.+)$/.exec(spec.trim());
  const name = (m ? m[2]! : spec).trim().normalize('NFC');
  return { id: m ? m[1]! : slugify(name), name, kind };
}

/** Ids made unique in order: a second "Phòng Tư pháp" becomes phong-tu-phap-2. */
export function uniqueIds(units: InitUnit[], taken: string[] = []): InitUnit[] {
  const seen = new Set(taken);
  return units.map((u) => {
    let id = u.id;
    for (let n = 2; seen.has(id); n++) id = `${u.id}-${n}`;
    seen.add(id);
    return { ...u, id };
  });
}

/** A YAML plain or quoted scalar, as the yaml package would write it. */
const y = (v: string | number): string => stringify(v, { lineWidth: 0 }).trimEnd();

/** Relative from a file to the schema shipped in node_modules/thidua, as yaml-language-server resolves it. */
function modeline(path: string, kind: string): string {
  const up = '../'.repeat(path.split('/').length - 1);
  return `# yaml-language-server: $schema=${up}node_modules/thidua/schemas/${kind}.schema.json`;
}


/**
 * Round (năm tròn) and năm lẻ 5 days of the year: the major holidays and the
 * sector's own days go into the plan; the rest are listed for the clerk.
 */
export function roundDays(year: number, sector: string | undefined): { plan: Suggestion[]; other: Suggestion[] } {
  const plan: Suggestion[] = [];
  const other: Suggestion[] = [];
  for (const day of catalogueRoundDays(year)) {
    const e = day.entry;
    (e.kind === 'major' || (sector !== undefined && e.sector === sector) ? plan : other).push(suggestionOf(day));
  }
  return { plan: plan.sort(byDateThenId), other: other.sort(byDateThenId) };
}

function unitsFile(a: InitAnswers): ScaffoldFile {
  const path = 'units.yaml';
  const lines = [
    modeline(path, 'units'),
    `# Các đơn vị: ${a.issuer.name} và các đơn vị trực thuộc. Khi đơn vị được thành lập,`,
    '# sáp nhập hay giải thể, ghi validFrom / validTo thay vì xoá: kế hoạch cũ vẫn hợp lệ.',
    'thidua: 1',
    'kind: units',
    'units:',
    `  - id: ${a.issuer.id}`,
    `    name: ${y(a.issuer.name)}`,
    `    kind: ${a.issuer.kind}`,
  ];
  for (const u of a.units) lines.push(`  - id: ${u.id}`, `    name: ${y(u.name)}`, `    kind: ${u.kind}`, `    parent: ${a.issuer.id}`);
  return { path, content: lines.join('\n') + '\n' };
}

export const planPath = (year: number): string => `plan-${year}.yaml`;
export const draftId = (agency: string): string => `__/KH-${agency}`;

function planFile(a: InitAnswers): ScaffoldFile {
  const path = planPath(a.year);
  const Y = a.year;
  const halves = [
    { id: 'dot-1', name: 'Đợt 1', from: date(Y, 1, 1), to: date(Y, 6, 30) },
    { id: 'dot-2', name: 'Đợt 2', from: date(Y, 7, 1), to: date(Y, 12, 31) },
  ];
  const { plan, other } = roundDays(Y, a.sector);
  const lines = [
    modeline(path, 'plan'),
    `# Kế hoạch thi đua năm ${Y} của ${a.issuer.name}: khung do \`thidua init\` tạo.`,
    '# Khi văn bản được cấp số: ghi số, ký hiệu vào id và ngày ký vào issued. Bổ sung',
    '# căn cứ (basis), phong trào, chỉ tiêu, rồi chạy `npx thidua validate`.',
    'thidua: 1',
    'kind: plan',
    `id: ${draftId(a.agency)}`,
    `title: ${y(`Kế hoạch phát động phong trào thi đua năm ${Y}`)}`,
    `issuer: ${a.issuer.id}`,
    `issued: ${toISO(date(Y, 1, 1))}  # TODO: ngày ban hành`,
    `year: ${Y}`,
    ...(a.signer ? [`signer: ${y(a.signer)}`] : []),
    '',
    '# Luật Thi đua, khen thưởng 2022 Điều 17 khoản 1: mục tiêu, phạm vi, đối tượng,',
    '# nội dung và tiêu chí, thời gian, biện pháp.',
    'objectives:',
    `  - ${y(`Động viên cán bộ, công chức, viên chức, người lao động thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm ${Y}.`)}`,
    `scope: ${y(`${a.issuer.name} và các đơn vị trực thuộc.`)}`,
    'participants:',
    `  - ${y(`Cán bộ, công chức, viên chức, người lao động của ${a.issuer.name}`)}`,
    'measures:',
    `  - ${y('Phát động phong trào từ đầu năm; sơ kết giữa năm, tổng kết cuối năm; khen thưởng kịp thời.')}`,
    '',
    'movements:',
    '  - id: hoan-thanh-nhiem-vu',
    '    form: regular',
    `    title: ${y(`Thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm ${Y}`)}`,
    `    period: { from: ${toISO(date(Y, 1, 1))}, to: ${toISO(date(Y, 12, 31))} }`,
    '    # targets:  # chỉ tiêu cụ thể: mỗi chỉ tiêu một id, nội dung và con số',
    '    #   - { id: nhiem-vu-trong-tam, title: Hoàn thành các nhiệm vụ trọng tâm, count: 8 }',
    '',
    'phases:',
  ];
  for (const h of halves) {
    const ids = plan.filter((d) => compareDates(h.from, d.date) <= 0 && compareDates(d.date, h.to) <= 0).map((d) => d.id);
    lines.push(`  - id: ${h.id}`, `    name: ${h.name}`, `    from: ${toISO(h.from)}`, `    to: ${toISO(h.to)}`);
    if (ids.length) lines.push(`    commemorates: [${ids.join(', ')}]`);
  }
  if (plan.length || other.length) {
    lines.push('', `# Năm tròn và năm lẻ 5 trong năm ${Y}, theo danh mục của thidua (years = ${Y} − năm gốc).`);
    if (plan.length) lines.push('anniversaries:', ...plan.map((d) => `  ${suggestionLine(d)}`));
    if (other.length) {
      const indent = plan.length ? '  ' : '';
      lines.push(`${indent}# Cũng tròn năm hoặc lẻ 5 (bỏ dấu # nếu kế hoạch chào mừng, và ghi mã vào commemorates):`);
      if (!plan.length) lines.push('# anniversaries:');
      lines.push(...other.map((d) => `${indent}#${plan.length ? ' ' : '   '}${suggestionLine(d)}`));
    }
  }
  lines.push(
    '',
    '# Hạn đăng ký, báo cáo, sơ kết, tổng kết do cơ quan tự định, ví dụ:',
    '# milestones:',
    `#   - { id: dang-ky-thi-dua, title: Đăng ký thi đua năm ${Y}, due: ${Y}-03-15, owner: ${a.issuer.id}, type: registration }`,
  );
  return { path, content: lines.join('\n') + '\n' };
}

function progressTemplate(a: InitAnswers): ScaffoldFile {
  const path = 'progress/progress-template.yaml';
  const lines = [
    modeline(path, 'progress'),
    '# Mẫu báo cáo tiến độ. Mỗi đơn vị sao chép thành progress-<mã đơn vị>-<ngày>.yaml,',
    '# ghi ngày số liệu (asOf) và điền các mục dưới đây.',
    'thidua: 1',
    'kind: progress',
    `plan: ${draftId(a.agency)}  # số, ký hiệu của kế hoạch: sửa khi kế hoạch được cấp số`,
    `planYear: ${a.year}`,
    `reporter: ${a.issuer.id}`,
    `# asOf: ${a.year}-06-30`,
    'selections: []  # { quota, by, chosen, form, date }: đơn vị được chọn làm điểm',
    'activities: []  # { commemorates, by, date, title }: hoạt động chào mừng ngày kỷ niệm',
    'targets: []     # { target, by, achieved }: kết quả chỉ tiêu',
    'contents: []    # { content, by, status, date, document }: tình hình thực hiện nội dung (done cần văn bản minh chứng)',
    'milestones: []  # { milestone, by, done }: mốc đã hoàn thành',
  ];
  return { path, content: lines.join('\n') + '\n' };
}

// Once per change: a push to main, and each pull request (not also its branch's pushes).
// npm ci installs exactly the committed package-lock.json, thidua from vendor/.
const WORKFLOW = `# Kiểm tra kế hoạch thi đua khi đẩy mã lên main và ở mỗi pull request.
name: thidua
on:
  push:
    branches: [main]
  pull_request:
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci --no-audit --no-fund
      - run: npx thidua validate --format github
`;

// pre-commit passes the changed files; the dot-files (this config, the workflow) are not thidua documents.
const PRE_COMMIT = `repos:
  - repo: local
    hooks:
      - id: thidua-validate
        name: thidua validate
        entry: npx thidua validate
        language: system
        files: \\.ya?ml$
        exclude: ^\\.
`;

/** Every file of the repository, in a fixed order. */
export function scaffold(a: InitAnswers): ScaffoldFile[] {
  const pkg = { private: true, description: `Kế hoạch thi đua của ${a.issuer.name}`, scripts: { validate: 'thidua validate' }, devDependencies: { thidua: a.dependency } };
  return [
    unitsFile(a),
    planFile(a),
    progressTemplate(a),
    { path: 'README.md', content: initReadme(a.issuer.name, a.year) },
    { path: 'package.json', content: JSON.stringify(pkg, null, 2) + '\n' },
    { path: '.gitignore', content: 'node_modules/\n.thiduacache\n' },
    { path: '.github/workflows/thidua.yml', content: WORKFLOW },
    { path: '.pre-commit-config.yaml', content: PRE_COMMIT },
  ];
}
