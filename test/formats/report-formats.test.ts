import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../src/formats/render-context.js';
import { reportHtml } from '../../src/formats/report-html.js';
import { reportJunit } from '../../src/formats/report-junit.js';
import { reportMarkdown } from '../../src/formats/report-markdown.js';
import { reportTable } from '../../src/formats/report-table.js';
import { reportJson, type JsonReport } from '../../src/formats/report-json.js';
import type { ComplianceReport } from '../../src/views/compliance-types.js';
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
