import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { buildChecklist, type ChecklistInput, type ChecklistView } from '../../src/views/checklist.js';
import { checklistCsv, checklistCsvColumns } from '../../src/formats/checklist-csv.js';
import { checklistJson } from '../../src/formats/checklist-json.js';
import { checklistMarkdown } from '../../src/formats/checklist-markdown.js';
import { checklistTable } from '../../src/formats/checklist-table.js';
import { csvRecords } from '../helpers/csv.js';
import { loadPlanWs, phuThoDir, tienGiangDir } from '../helpers/plan-ws.js';

const checklist = (dir: string, asOf: string, opts: Partial<Pick<ChecklistInput, 'by' | 'unit'>> = {}): ChecklistView =>
  buildChecklist({ ...loadPlanWs(dir), asOf: parseDate(asOf)!, ...opts });

describe('checklist as Markdown', () => {
  it('writes GitHub task lists per phase, ticked with how each item was done', () => {
    const md = checklistMarkdown(checklist(tienGiangDir, '2018-07-15'), { lang: 'vi' });
    expect(md).toContain('_Tính đến ngày 15/07/2018 · 20 việc · 15 đã xong · 0 quá hạn_');
    expect(md).toContain('## Đợt 1 \\(01/01/2018 – 30/06/2018\\)');
    expect(md).toContain(
      '- [x] Phòng Tư pháp huyện Cái Bè: chọn ít nhất 01 xã trên địa bàn — Tham gia giúp đỡ xây dựng nông thôn mới; hình thức: Tuyên truyền, phổ biến, giáo dục pháp luật; Hỗ trợ về điều kiện làm việc cho UBND xã; Trao quà và học bổng, giúp học sinh nghèo vượt khó; Hỗ trợ xây dựng tủ sách pháp luật [1/1] — hạn 31/12/2018 — đã xong\n  - Xã Hòa Khánh — hình thức: Hỗ trợ xây dựng tủ sách pháp luật — theo báo cáo ngày 15/07/2018\n',
    );
    expect(md).toContain('- [ ] Sở Tư pháp tỉnh Tiền Giang: chọn 03 xã — Chọn điểm triển khai trợ giúp pháp lý [2/3] — hạn 31/12/2018 — còn 169 ngày\n  - Xã Phú Đông');
    expect(md).toContain('- [x] Sở Tư pháp tỉnh Tiền Giang: Tổ chức kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua Ái quốc \\(năm tròn\\) — ngày 11/06/2018 — đã xong');
    // Every box line is a GitHub task-list item.
    const boxes = md.split('\n').filter((l) => l.startsWith('- ['));
    expect(boxes).toHaveLength(20);
    expect(boxes.every((l) => /^- \[[ x]\] /.test(l))).toBe(true);
  });

  it('makes overdue items stand out', () => {
    const md = checklistMarkdown(checklist(phuThoDir, '2030-04-15', { unit: 'phong-ktcl' }), { lang: 'en' });
    expect(md).toContain('# Checklist for Phòng Khảo thí và Quản lý chất lượng — plan 15/KH-SGDĐT \\(2030\\)');
    expect(md).toContain('- [ ] **choose 1 school \\(tagged vung-kho-khan\\) — Đỡ đầu một trường vùng khó khăn; forms: Tặng thiết bị dạy học số; Bồi dưỡng kỹ năng số cho giáo viên [0/1]** — due 31/03/2030 — **⚠ 15 days overdue**');
    expect(md).toContain('_As of 15/04/2030 · 4 items · 1 done · 1 overdue_');
  });
});

describe('checklist as JSON', () => {
  it('parses back to the groups and items with ISO dates and evidence', () => {
    const j = JSON.parse(checklistJson(checklist(tienGiangDir, '2018-07-15', { unit: 'ptp-cai-be' }))) as {
      plan: string;
      asOf: string;
      by: string;
      unit: { id: string };
      totals: { items: number };
      groups: { type: string; id: string; items: { kind: string; id: string; owner: { id: string }; due: string; done: boolean; progress: unknown; evidence: { chosen: { id: string }; form: { id: string }; reported: string }[] }[] }[];
    };
    expect([j.plan, j.asOf, j.by, j.unit.id, j.totals.items]).toEqual(['06/KH-STP', '2018-07-15', 'phase', 'ptp-cai-be', 1]);
    const item = j.groups[0]!.items[0]!;
    expect([j.groups[0]!.id, item.kind, item.id, item.owner.id, item.due, item.done, item.progress]).toEqual([
      'dot-2',
      'quota',
      'phong-tu-phap-giup-xa',
      'ptp-cai-be',
      '2018-12-31',
      true,
      { done: 1, of: 1 },
    ]);
    expect([item.evidence[0]!.chosen.id, item.evidence[0]!.form.id, item.evidence[0]!.reported]).toEqual(['xa-hoa-khanh', 'tu-sach-phap-luat', '2018-07-15']);
  });
});

describe('checklist as CSV', () => {
  it('parses back with Vietnamese headers and words, a row per box', () => {
    const v = checklist(phuThoDir, '2030-07-01', { by: 'unit' });
    const rows = csvRecords(checklistCsv(v, { lang: 'vi', color: false }));
    expect(Object.keys(rows[0]!)).toEqual([...checklistCsvColumns('vi')]);
    expect(rows).toHaveLength(v.totals.items);
    const q = rows.find((r) => r['Mã'] === 'do-dau-truong' && r['Mã đơn vị'] === 'phong-gdtx')!;
    expect([q['Nhóm'], q['Loại việc'], q['Đã xong'], q['Tiến độ'], q['Quá hạn'], q['Hạn'], q['Tính đến ngày']]).toEqual(['Phòng Giáo dục thường xuyên', 'chọn điểm', 'có', '1 trên 1', 'không', '31/03/2030', '01/07/2030']);
    expect(q['Căn cứ']).toBe('Trường THPT Tân Sơn — hình thức: Bồi dưỡng kỹ năng số cho giáo viên — ngày 20/03/2030');
    const late = rows.find((r) => r['Mã'] === 'do-dau-truong' && r['Mã đơn vị'] === 'phong-ktcl')!;
    expect([late['Đã xong'], late['Quá hạn'], late['Số ngày']]).toEqual(['không', 'có', '-92']);
  });

  it('speaks English with --lang en and splits on ; when asked', () => {
    const v = checklist(phuThoDir, '2030-07-01', { by: 'unit' });
    const rows = csvRecords(checklistCsv(v, { lang: 'en', color: false, sep: ';' }), ';');
    expect(Object.keys(rows[0]!)).toEqual([...checklistCsvColumns('en')]);
    const q = rows.find((r) => r.ID === 'do-dau-truong' && r['Unit ID'] === 'phong-gdtx')!;
    expect([q.Kind, q.Done, q.Progress, q.Overdue, q.Due]).toEqual(['quota', 'yes', '1 of 1', 'no', '31/03/2030']);
  });
});

describe('checklist as a table', () => {
  it('colours overdue red only when asked, and prints the as-of day', () => {
    const v = checklist(phuThoDir, '2030-04-15');
    const plain = checklistTable(v, { lang: 'vi', color: false });
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('Tính đến ngày 15/04/2030');
    expect(plain).toContain('⚠ quá hạn 15 ngày');
    expect(plain).toContain('[1/1]');
    expect(checklistTable(v, { lang: 'vi', color: true })).toContain('\x1b[31m');
  });
});
