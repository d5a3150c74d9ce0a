import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { buildChecklist } from '../../src/views/checklist.js';
import { checklistDocx, BOX, TICKED } from '../../src/formats/docx/checklist.js';
import { reportDocx } from '../../src/formats/docx/report.js';
import { documentFrame } from '../../src/views/document-frame.js';
import { render } from '../../src/formats/registry.js';
import { contentItemLabel, outcomeLabel } from '../../src/formats/report-labels.js';
import { report } from '../views/compliance-helpers.js';
import { paragraph, readDocx } from '../helpers/office.js';
import { dongThapDir, loadPlanWs, tienGiangDir } from '../helpers/plan-ws.js';

describe('the report as a Báo cáo', () => {
  it('has the form of the plan with the type BC, dated the as-of day, and every table of the report', async () => {
    const pw = loadPlanWs(tienGiangDir);
    const asOf = parseDate('2018-07-15')!;
    const r = report(tienGiangDir, '2018-07-15');
    const frame = documentFrame(pw.plan.data, pw.scope.unitsFor(pw.plan), { type: 'BC', date: asOf });
    const doc = await readDocx(await reportDocx(r, { lang: 'vi', document: frame }));
    const p = doc.paragraphs;
    expect(p).toContain('UBND TỈNH TIỀN GIANG');
    expect(p).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-STP');
    expect(paragraph(doc, 'Tiền Giang, ngày 15 tháng 7 năm 2018')).toMatch(/<w:i\/>/);
    expect(paragraph(doc, 'BÁO CÁO')).toMatch(/<w:b\/>/);
    expect(p).toContain('Kết quả thực hiện Kế hoạch số 06/KH-STP về phát động phong trào thi đua ngành Tư pháp năm 2018');
    for (const h of ['I. KẾT QUẢ CHUNG', 'II. CHI TIẾT NGHĨA VỤ', 'III. NỘI DUNG KẾ HOẠCH THEO QUY ĐỊNH']) expect(p).toContain(h);
    for (const h of ['1. Tổng hợp theo phong trào', '2. Tổng hợp theo đợt thi đua', '3. Tổng hợp theo đơn vị']) expect(p).toContain(h);
    // Every obligation is a row: its outcome is in the table, its evidence cites the file and line.
    const ev = r.obligations.flatMap((o) => o.evidence)[0]!;
    expect(p.some((x) => x.includes(`${ev.file}:${ev.line}`))).toBe(true);
    expect(doc.xml.match(/<w:tr>/g)!.length).toBeGreaterThan(r.obligations.length + r.contents.length);
    expect(p).toContain(outcomeLabel(r.obligations[0]!.outcome, 'vi'));
    expect(p).toContain('Nơi nhận:');
    // The legal check's items are named for a reader, never by their ids (review, tradition-day:…).
    for (const c of r.contents) expect(p).toContain(contentItemLabel(c.id, 'vi'));
    expect(p.some((x) => /^[a-z-]+(:[a-z0-9-]+)?$/.test(x) && r.contents.some((c) => c.id === x))).toBe(false);
    expect(doc.pgMar).toMatchObject({ left: 1701, right: 850 });
  });

  it('words its sections in English with --lang en, the form of the heading staying Vietnamese', async () => {
    const pw = loadPlanWs(dongThapDir);
    const r = report(dongThapDir, '2026-06-30');
    const frame = documentFrame(pw.plan.data, pw.scope.unitsFor(pw.plan), { type: 'BC', date: r.asOf });
    const doc = await readDocx(await reportDocx(r, { lang: 'en', document: frame }));
    expect(doc.paragraphs).toContain('II. OBLIGATIONS');
    expect(doc.paragraphs).toContain('Đồng Tháp, ngày 30 tháng 6 năm 2026');
    expect(doc.paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('through the registry without a frame, heads the document with what the report knows', async () => {
    const r = report(tienGiangDir, '2018-07-15');
    const doc = await readDocx((await render('report', 'docx', r, { lang: 'vi', color: false })) as Uint8Array);
    expect(doc.paragraphs).toContain('SỞ TƯ PHÁP TỈNH TIỀN GIANG');
    expect(doc.paragraphs).toContain('……, ngày 15 tháng 7 năm 2018');
    expect(doc.paragraphs).toContain('BÁO CÁO');
  });
});

describe('the checklist as a printable sheet', () => {
  it('starts each unit on a new page with --by unit, with a box per item', async () => {
    const pw = loadPlanWs(tienGiangDir);
    const v = buildChecklist({ ...pw, asOf: parseDate('2018-07-15')!, by: 'unit' });
    const doc = await readDocx(await checklistDocx(v, { lang: 'vi' }));
    expect(v.groups.length).toBeGreaterThan(1);
    expect(doc.xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(v.groups.length - 1);
    // Each page names its unit and counts that unit's items only.
    for (const g of v.groups) {
      const at = doc.paragraphs.findIndex((x) => x.startsWith(`Việc cần làm của ${g.title} — Kế hoạch số 06/KH-STP`));
      expect(at, g.title).toBeGreaterThanOrEqual(0);
      expect(doc.paragraphs[at + 2]).toContain(`${g.items.length} việc · ${g.items.filter((i) => i.done).length} đã xong`);
    }
    const boxes = doc.paragraphs.filter((x) => x === BOX || x === TICKED);
    expect(boxes).toHaveLength(v.totals.items);
    expect(boxes.filter((x) => x === TICKED)).toHaveLength(v.totals.done);
    expect(doc.pgSz).toMatchObject({ w: 11906, h: 16838 });
  });

  it('runs the phases on without page breaks when grouped by phase', async () => {
    const pw = loadPlanWs(tienGiangDir);
    const v = buildChecklist({ ...pw, asOf: parseDate('2018-07-15')!, by: 'phase' });
    const doc = await readDocx(await checklistDocx(v, { lang: 'en' }));
    expect(doc.xml).not.toMatch(/<w:pageBreakBefore\/>/);
    expect(doc.paragraphs.some((x) => x.startsWith('Checklist — plan 06/KH-STP'))).toBe(true);
  });
});
