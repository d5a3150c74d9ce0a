import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { rules } from '../../src/rules/index.js';

/*
 * The examples of docs/rules/<id>.md, run through the real loader and checker.
 * A page shows excerpts, not whole files, so this test supplies what every
 * excerpt leaves out (README.md, section Rules, states these conventions):
 * - the fields a document needs but the example does not care about
 *   (`thidua`, `kind`, a plan's number, year, issuer…), filled by completeDoc;
 * - quotas, targets and contents written at the top level belong to one movement;
 * - the units of CONTEXT_UNITS (the seed province's Sở, offices and communes;
 *   the offices end on 30/06/2025 with the district level, and a division
 *   begins on 01/07/2025), at the workspace root; the example's files sit in
 *   `ex/`, so a units file of the example shadows them;
 * - a progress example with no plan of its own reports on CONTEXT_PLAN;
 * - a comment line `# some/path.yaml` starts another file, and `---` another
 *   document of the same file.
 */

const docsDir = join(import.meta.dirname, '..', '..', 'docs', 'rules');

const u = (id: string, kind: string, parent?: string, more: Record<string, unknown> = {}) => ({
  id,
  name: id,
  kind,
  ...(parent ? { parent } : {}),
  ...more,
});
const ended = { validTo: '2025-06-30' };
const CONTEXT_UNITS = {
  thidua: 1,
  kind: 'units',
  units: [
    u('so-tu-phap', 'so'),
    u('so-noi-vu', 'so'),
    u('ptp-my-tho', 'phong-tu-phap', 'so-tu-phap', ended),
    u('ptp-go-cong-dong', 'phong-tu-phap', 'so-tu-phap', ended),
    u('ptp-cai-be', 'phong-tu-phap', 'so-tu-phap', ended),
    u('ptp-tan-phuoc', 'phong-tu-phap', 'so-tu-phap', ended),
    u('ptp-cho-gao', 'phong-tu-phap', 'so-tu-phap', ended),
    u('ptp-cao-lanh', 'phong-tu-phap', 'so-tu-phap', { validFrom: '2004-01-01', ...ended }),
    u('phong-hcth', 'phong-chuyen-mon', 'so-tu-phap', { validFrom: '2025-07-01' }),
    u('xa-my-phong', 'xa', 'ptp-my-tho'),
    u('xa-dao-thanh', 'xa', 'ptp-my-tho'),
    u('xa-tan-thanh', 'xa', 'ptp-go-cong-dong', { tags: ['bai-ngang-ven-bien'] }),
    u('xa-kieng-phuoc', 'xa', 'ptp-go-cong-dong', { tags: ['bai-ngang-ven-bien'] }),
    u('xa-binh-an', 'xa', 'ptp-go-cong-dong'),
    u('xa-hoa-khanh', 'xa', 'ptp-cai-be'),
    u('xa-hoa-tinh', 'xa', 'ptp-cho-gao', { validTo: '2017-12-31' }),
  ],
};

/** The 2018 plan a progress example reports on when it brings none. */
const CONTEXT_PLAN = {
  thidua: 1,
  kind: 'plan',
  id: '06/KH-STP',
  title: 'Kế hoạch phát động phong trào thi đua ngành Tư pháp năm 2018',
  issuer: 'so-tu-phap',
  issued: '2018-01-10',
  year: 2018,
  movements: [
    {
      id: 'nong-thon-moi',
      form: 'regular',
      title: 'Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới',
      targets: [{ id: 'hoa-giai-co-so', count: 8, owner: { kind: 'phong-tu-phap' } }],
      quotas: [
        { id: 'xa-bai-ngang', owner: 'so-tu-phap', select: 'xa', min: 1, where: { tags: ['bai-ngang-ven-bien'] } },
        { id: 'tro-giup-phap-ly', owner: 'so-tu-phap', select: 'xa', min: 2 },
        {
          id: 'phong-tu-phap-giup-xa',
          owner: { kind: 'phong-tu-phap' },
          select: 'xa',
          min: 1,
          within: 'owner',
          forms: [
            { id: 'tuyen-truyen-pbgdpl', title: 'Tuyên truyền, phổ biến, giáo dục pháp luật' },
            { id: 'tu-sach-phap-luat', title: 'Hỗ trợ xây dựng tủ sách pháp luật' },
          ],
        },
      ],
    },
  ],
  phases: [
    { id: 'dot-1', from: '2018-01-01', to: '2018-06-30', commemorates: ['thanh-lap-dang'] },
    { id: 'dot-2', from: '2018-07-01', to: '2018-12-31', commemorates: ['quoc-khanh'] },
  ],
  anniversaries: [
    { id: 'thanh-lap-dang', title: 'Ngày thành lập Đảng', origin: '1930-02-03', years: 88 },
    { id: 'quoc-khanh', title: 'Quốc khánh', origin: '1945-09-02', years: 73 },
  ],
};

type Doc = Record<string, unknown>;
const PROGRESS_KEYS = ['plan', 'planYear', 'asOf', 'reporter', 'selections', 'activities'];
const hasKey = (list: unknown, key: string): boolean =>
  Array.isArray(list) && list.some((x) => typeof x === 'object' && x !== null && key in x);

function kindOf(d: Doc): string {
  if (typeof d.kind === 'string') return d.kind;
  if ('units' in d) return 'units';
  if (PROGRESS_KEYS.some((k) => k in d) || hasKey(d.targets, 'target') || hasKey(d.contents, 'content') || hasKey(d.milestones, 'milestone')) {
    return 'progress';
  }
  return 'plan';
}

const yearOf = (v: unknown): number | undefined => {
  const m = /(\d{4})$|^(\d{4})/.exec(String(v ?? ''));
  return m ? Number(m[1] ?? m[2]) : undefined;
};

/** Fills what an excerpt leaves out; what the example states is kept as written. */
function completeDoc(d: Doc): Doc {
  const kind = kindOf(d);
  if (kind === 'units') {
    const units = (d.units as Doc[]).map((x) => ({ name: x.id, kind: 'don-vi', ...x }));
    return { thidua: 1, kind, ...d, units };
  }
  if (kind === 'progress') return { thidua: 1, kind, plan: '06/KH-STP', reporter: 'so-tu-phap', ...d };
  const { quotas, targets, contents, ...rest } = d;
  const year = (d.year as number | undefined) ?? yearOf(d.issued) ?? 2018;
  const movements = ((d.movements as Doc[] | undefined) ?? []).map((m): Doc => ({
    form: 'regular',
    title: m.id,
    ...m,
  }));
  if (quotas !== undefined || targets !== undefined || contents !== undefined) {
    movements.push({ id: 'phong-trao', form: 'regular', title: 'Phong trào', ...(quotas ? { quotas } : {}), ...(targets ? { targets } : {}), ...(contents ? { contents } : {}) });
  }
  return {
    thidua: 1,
    kind,
    id: '06/KH-STP',
    title: 'Kế hoạch thi đua',
    issuer: 'so-tu-phap',
    issued: `${year}-01-10`,
    year,
    ...rest,
    ...(movements.length ? { movements } : {}),
  };
}

interface Example {
  expect: 'fails' | 'passes';
  files: Map<string, Doc[]>;
}

/** Splits a yaml fence into files (`# path.yaml` lines) and documents (`---`). */
function parseExample(text: string): Map<string, Doc[]> {
  const chunks: { path: string; lines: string[] }[] = [{ path: 'example.yaml', lines: [] }];
  for (const line of text.split('\n')) {
    const m = /^# ([\w./-]+\.yaml)(?:\s+—.*)?$/.exec(line);
    if (m) chunks.push({ path: m[1]!, lines: [] });
    else chunks.at(-1)!.lines.push(line);
  }
  const files = new Map<string, Doc[]>();
  for (const c of chunks) {
    const docs = parseAllDocuments(c.lines.join('\n')).flatMap((d) => {
      if (d.errors.length) throw new Error(`${c.path}: ${d.errors[0]!.message}`);
      const v = d.toJS() as unknown;
      return v && typeof v === 'object' ? [v as Doc] : [];
    });
    if (docs.length) files.set(c.path, [...(files.get(c.path) ?? []), ...docs]);
  }
  return files;
}

/** The examples under `## Fails…`/`## Passes…` (or `## Sai`/`## Đúng`) headings. */
function examplesOf(page: string): Example[] {
  const out: Example[] = [];
  let section: Example['expect'] | undefined;
  const re = /^## (.*)$|^```yaml\n([\s\S]*?)^```$/gm;
  for (const m of page.matchAll(re)) {
    if (m[1] !== undefined) {
      const h = m[1].toLowerCase();
      section = /^(fail|sai)/.test(h) ? 'fails' : /^(pass|đúng)/.test(h) ? 'passes' : undefined;
    } else if (section) out.push({ expect: section, files: parseExample(m[2]!) });
  }
  return out;
}

// Made on first use, so that a page that does not parse leaves no folder behind.
let tmpRoot: string | undefined;
afterAll(() => {
  if (tmpRoot) rmSync(tmpRoot, { recursive: true, force: true });
});
let seq = 0;

function run(ruleId: string, ex: Example): Diagnostic[] {
  tmpRoot ??= mkdtempSync(join(tmpdir(), 'thidua-docs-'));
  const root = join(tmpRoot, String(seq++));
  const write = (rel: string, docs: Doc[]): void => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), docs.map((d) => stringify(d)).join('---\n'));
  };
  write('units.yaml', [CONTEXT_UNITS]);
  const docs = [...ex.files.values()].flat();
  if (!docs.some((d) => kindOf(d) === 'plan') && docs.some((d) => kindOf(d) === 'progress')) {
    write('plan.yaml', [CONTEXT_PLAN]);
  }
  for (const [rel, ds] of ex.files) write(join('ex', rel), ds.map(completeDoc));
  const rule = rules.find((r) => r.id === ruleId)!;
  const { files } = expandPaths([root], root);
  const ws = loadWorkspace(files, { lang: 'en', cwd: root });
  return check(ws, { enable: [ruleId] }, undefined, [rule]);
}

const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));

describe('docs/rules examples', () => {
  it('has one page per rule, and no page without its rule', () => {
    expect(pages.map((p) => p.replace(/\.md$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
  });
  for (const page of pages) {
    const ruleId = page.replace(/\.md$/, '');
    describe(ruleId, () => {
      const examples = examplesOf(readFileSync(join(docsDir, page), 'utf8'));
      it('has at least one failing and one passing example', () => {
        expect(examples.filter((e) => e.expect === 'fails').length).toBeGreaterThan(0);
        expect(examples.filter((e) => e.expect === 'passes').length).toBeGreaterThan(0);
      });
      examples.forEach((ex, i) => {
        it(`example ${i + 1} ${ex.expect}`, () => {
          const ds = run(ruleId, ex);
          const own = ds.filter((d) => d.code === ruleId).map((d) => `${d.file}:${d.line} ${d.message}`);
          if (ex.expect === 'fails') expect(own.length).toBeGreaterThan(0);
          else {
            expect(own).toEqual([]);
            // No load or schema error either: the example ran as a whole document.
            expect(ds.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
          }
        });
      });
    });
  }
});
