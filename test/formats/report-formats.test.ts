import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../src/formats/render-context.js';
import { reportCsv, reportCsvColumns } from '../../src/formats/report-csv.js';
import { reportHtml } from '../../src/formats/report-html.js';
import { reportJunit } from '../../src/formats/report-junit.js';
import { reportMarkdown } from '../../src/formats/report-markdown.js';
import { reportTable } from '../../src/formats/report-table.js';
import { reportJson, type JsonReport } from '../../src/formats/report-json.js';
import type { ComplianceReport } from '../../src/views/compliance-types.js';
import { csvRecords } from '../helpers/csv.js';
import { fixture, report, tienGiang } from '../views/compliance-helpers.js';

const reportFormats = { json: reportJson, markdown: reportMarkdown, html: reportHtml, table: reportTable, junit: reportJunit };
const vi: RenderContext = { lang: 'vi', color: false, failOn: new Set(['fail']) };
const en: RenderContext = { ...vi, lang: 'en' };
const mid = (): ComplianceReport => report(tienGiang, '2018-07-15');

/** A report whose user text tries to break out of every format. */
function hostile(): ComplianceReport {
  const r = mid();
  r.plan.title = 'Kế hoạch <script>alert(1)</script> | cột \x1b[31mđỏ\x1b[0m';
  r.obligations[0]!.ownerName = 'Xã <b>|Tân Thành|</b> =cmd';
  r.totals.movements[0]!.name = '<img src=x onerror=alert(1)>';
  return r;
}

const typeLabelEn = (t: string): string => ({ quota: 'quota', target: 'target', milestone: 'milestone', anniversary: 'anniversary' })[t]!;
const outcomeEn = (o: string): string => ({ pass: 'pass', fail: 'fail', late: 'late', pending: 'pending', waived: 'waived', 'not-applicable': 'not applicable' })[o]!;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('report json', () => {
  it('follows the contract, with ISO dates, and parses back', () => {
    const j = JSON.parse(reportFormats.json(mid(), vi)) as JsonReport;
    expect(j).toMatchObject({ plan: '06/KH-STP', asOf: '2018-07-15', outcome: 'pending' });
    const o = j.obligations.find((x) => x.id === 'tro-giup-phap-ly')!;
    expect(Object.keys(o).slice(0, 9)).toEqual(['type', 'id', 'owner', 'required', 'actual', 'due', 'outcome', 'evidence', 'reasons']);
    expect(o).toMatchObject({ type: 'quota', owner: 'so-tu-phap', required: 3, actual: 2, due: '2018-12-31', outcome: 'pending', progress: '2/3' });
    expect(o.evidence[0]).toMatchObject({ record: 'selection', unit: 'xa-phu-dong', file: 'examples/tien-giang-2018/progress-2018-07-15.yaml' });
    expect(j.contents.find((c) => c.id === 'objectives')).toMatchObject({ outcome: 'fail', basis: 'NĐ 91/2017/NĐ-CP Điều 4' });
    expect(j.totals.overall.total).toBe(j.obligations.length);
  });

  it('serialises reasons with ISO dates in their params and a message in the chosen language', () => {
    const j = JSON.parse(reportFormats.json(report(fixture, '2025-03-03'), en)) as JsonReport;
    const o = j.obligations.find((x) => x.id === 'q-ven-bien' && x.owner === 'phong-a')!;
    const late = o.reasons.find((x) => x.reason === 'after-as-of')!;
    expect(late.params).toMatchObject({ date: '2025-03-05', asOf: '2025-03-03' });
    expect(late.message).toContain('after the as-of date');
    expect(o.reasons.find((x) => x.reason === 'missing-tag')!.message).toContain('ven-bien');
  });
});

describe('report markdown', () => {
  it('states the as-of date and writes one row per obligation', () => {
    const md = reportFormats.markdown(mid(), vi);
    expect(md).toContain('Tính đến ngày 15/07/2018');
    expect(md).toMatch(/\| tro-giup-phap-ly.*\| 2\/3 \|.*\*\*chưa đến hạn\*\*/);
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(mid().obligations.length);
    expect(reportFormats.markdown(mid(), en)).toContain('As of 15/07/2018');
  });

  it('escapes user text so it cannot break a cell or inject HTML', () => {
    const md = reportFormats.markdown(hostile(), vi);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('\\|Tân Thành\\|');
  });
});

describe('report html', () => {
  it('is one self-contained page with a bar per movement and the as-of date', () => {
    const r = mid();
    const html = reportFormats.html(r, vi);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Tính đến ngày 15/07/2018');
    expect(html.match(/<svg /g)).toHaveLength(r.totals.movements.length);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes user text', () => {
    const html = reportFormats.html(hostile(), vi);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('report table', () => {
  it('is plain without colour and coloured with it, and neutralises escape sequences', () => {
    const plain = reportFormats.table(hostile(), vi);
    expect(plain).toContain('Tính đến ngày 15/07/2018');
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('\\x1b[31mđỏ');
    const coloured = reportFormats.table(mid(), { ...vi, color: true });
    expect(coloured).toContain('\x1b[');
  });
});

describe('report junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  type Case = { name: string; failure?: { type: string }; 'system-out'?: string };
  type Suite = { name: string; tests: string; failures: string; testcase: Case | Case[] };
  const cases = (xml: string): { suites: Suite[]; all: Case[]; root: { tests: string; failures: string } } => {
    const doc = parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: Suite | Suite[] } };
    const suites = asArray(doc.testsuites.testsuite);
    return { suites, all: suites.flatMap((s) => asArray(s.testcase)), root: doc.testsuites };
  };

  it('has one test case per obligation, failing exactly the outcomes of --fail-on', () => {
    const r = report(tienGiang, '2019-01-01');
    const { suites, all, root } = cases(reportFormats.junit(r, vi));
    const obligationCases = suites.filter((s) => !s.name.endsWith('contents')).flatMap((s) => asArray(s.testcase));
    expect(obligationCases).toHaveLength(r.obligations.length);
    const failed = r.obligations.filter((o) => o.outcome === 'fail').length;
    expect(obligationCases.filter((c) => c.failure)).toHaveLength(failed);
    expect(Number(root.failures)).toBe(failed);
    expect(Number(root.tests)).toBe(all.length);
    expect(obligationCases.find((c) => c.name.startsWith('xa-bai-ngang'))!['system-out']).toContain('outcome: pass');
  });

  it('fails pending lines with --fail-on pending and content items with --fail-on contents', () => {
    const r = mid();
    const { all } = cases(reportFormats.junit(r, { ...vi, failOn: new Set(['pending', 'contents']) }));
    const pending = r.obligations.filter((o) => o.outcome === 'pending').length;
    const contentFails = r.contents.filter((c) => c.outcome === 'fail').length;
    expect(all.filter((c) => c.failure?.type === 'pending')).toHaveLength(pending);
    expect(all.filter((c) => c.failure?.type === 'contents')).toHaveLength(contentFails);
    expect(contentFails).toBeGreaterThan(0);
  });
});

describe('report csv', () => {
  it('parses back: one row per obligation and owner, Vietnamese words, dd/mm/yyyy, evidence as file:line', () => {
    const r = mid();
    const rows = csvRecords(reportCsv(r, vi));
    expect(Object.keys(rows[0]!)).toEqual([...reportCsvColumns('vi')]);
    expect(rows).toHaveLength(r.obligations.length);
    const q = rows.find((x) => x['Mã nghĩa vụ'] === 'tro-giup-phap-ly')!;
    const o = r.obligations.find((x) => x.id === 'tro-giup-phap-ly')!;
    expect([q['Loại'], q['Mã đơn vị'], q['Hạn'], q['Yêu cầu'], q['Thực hiện'], q['Kết quả'], q['Tính đến ngày']]).toEqual(['chọn điểm', 'so-tu-phap', '31/12/2018', '3', '2', 'chưa đến hạn', '15/07/2018']);
    expect(q['Căn cứ'].split('; ')).toEqual(o.evidence.map((e) => `${e.file}:${e.line}`));
    expect(q['Căn cứ']).toMatch(/^examples\/tien-giang-2018\/progress-2018-07-15\.yaml:\d+/);
    expect(q['Phong trào']).toBe(o.movement ?? '');
    const owners = new Set(rows.filter((x) => x['Mã nghĩa vụ'] === 'phong-tu-phap-giup-xa').map((x) => x['Mã đơn vị']));
    expect(owners.size).toBe(r.obligations.filter((x) => x.id === 'phong-tu-phap-giup-xa').length);
    expect(owners.size).toBeGreaterThan(1);
  });

  it('writes a decimal comma in Vietnamese and a point in English, and splits on ; or tab', () => {
    const r = mid();
    r.obligations[0]!.actual = 74.25;
    const viRow = csvRecords(reportCsv(r, { ...vi, sep: ';' }), ';')[0]!;
    expect(viRow['Thực hiện']).toBe('74,25');
    const enRow = csvRecords(reportCsv(r, { ...en, sep: '\t' }), '\t')[0]!;
    expect([enRow.Actual, enRow.Type, enRow.Outcome]).toEqual(['74.25', typeLabelEn(r.obligations[0]!.type), outcomeEn(r.obligations[0]!.outcome)]);
  });

  it('defuses an owner name a spreadsheet would run as a formula', () => {
    const r = hostile();
    r.obligations[0]!.ownerName = '=cmd|calc';
    expect(csvRecords(reportCsv(r, vi))[0]!['Đơn vị']).toBe("'=cmd|calc");
  });
});
