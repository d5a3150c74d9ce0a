import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { buildSchedule } from '../../src/views/schedule.js';
import { QUOC_HIEU, TIEU_NGU } from '../../src/formats/docx/frame.js';
import { planDocx } from '../../src/formats/docx/plan.js';
import { buildPlanDocument } from '../../src/views/plan-document.js';
import { itemTitle } from '../../src/formats/schedule-text.js';
import { dongThapDir, loadPlanWs, phuThoDir, tienGiangDir } from '../helpers/plan-ws.js';
import { paragraph, readDocx } from '../helpers/office.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';

afterAll(removeTempWorkspaces);

const render = async (dir: string) => {
  const pw = loadPlanWs(dir);
  return { pw, doc: await readDocx(await planDocx(buildPlanDocument(pw), { lang: 'vi' })) };
};

describe('the plan as a Word document (NĐ 30/2020 Phụ lục I)', () => {
  it('has the heading of the form: agencies, number, Quốc hiệu, Tiêu ngữ, place and date', async () => {
    const { doc } = await render(tienGiangDir);
    const p = doc.paragraphs;
    expect(p.indexOf('UBND TỈNH TIỀN GIANG')).toBeGreaterThanOrEqual(0);
    expect(p.indexOf('SỞ TƯ PHÁP')).toBe(p.indexOf('UBND TỈNH TIỀN GIANG') + 1);
    expect(p).toContain('Số: 06/KH-STP');
    expect(p).toContain(QUOC_HIEU);
    expect(paragraph(doc, TIEU_NGU)).toMatch(/<w:u w:val="single"\/>/);
    expect(paragraph(doc, TIEU_NGU)).toMatch(/<w:b\/>/);
    expect(paragraph(doc, 'Tiền Giang, ngày 10 tháng 01 năm 2018')).toMatch(/<w:i\/>/);
    expect(paragraph(doc, 'KẾ HOẠCH')).toMatch(/<w:jc w:val="center"\/>/);
    expect(paragraph(doc, 'Phát động phong trào thi đua ngành Tư pháp năm 2018')).toMatch(/<w:b\/>/);
    // The heading's two columns are one table row: the left holds the number, the right the motto.
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(doc.xml)![0];
    const cells = [...firstRow.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('06/KH-STP');
    expect(cells[1]).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('sets A4, the margins in twips, Times New Roman 14 pt, and page numbers from page 2', async () => {
    const { doc } = await render(tienGiangDir);
    expect(doc.pgSz).toMatchObject({ w: 11906, h: 16838 });
    // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850: inside 20–25, 30–35 and 15–20 mm.
    expect(doc.pgMar).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(doc.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(doc.styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(doc.titlePage).toBe(true);
    expect(doc.headers.default).toMatch(/PAGE/);
    expect(doc.headers.first).not.toMatch(/PAGE/);
    expect(doc.xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('states every anniversary with the ordinal and date the schedule computes', async () => {
    for (const dir of [tienGiangDir, dongThapDir, phuThoDir]) {
      const { pw, doc } = await render(dir);
      const schedule = buildSchedule({ ...pw, asOf: parseDate(`${pw.plan.data.year}-01-01`)! });
      const anniversaries = schedule.items.filter((i) => i.type === 'anniversary');
      expect(anniversaries.length).toBeGreaterThan(0);
      for (const a of anniversaries) {
        const text = a.years ? itemTitle(a, 'vi') : a.title;
        expect(doc.paragraphs.some((p) => p.includes(text)), `${dir}: ${text}`).toBe(true);
      }
    }
  });

  it('prints the sections, the bases, the recipients and the signer', async () => {
    const { doc } = await render(dongThapDir);
    const p = doc.paragraphs;
    const at = (t: string) => p.findIndex((x) => x === t);
    expect(at('I. MỤC ĐÍCH, YÊU CẦU')).toBeGreaterThan(0);
    expect(at('II. NỘI DUNG')).toBeGreaterThan(at('I. MỤC ĐÍCH, YÊU CẦU'));
    expect(at('III. TỔ CHỨC THỰC HIỆN')).toBeGreaterThan(at('II. NỘI DUNG'));
    expect(p).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/06/2022 của Quốc hội;');
    expect(p.some((x) => x.startsWith('Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/06/2025 của Chính phủ về quy định'))).toBe(true);
    const noiNhan = paragraph(doc, 'Nơi nhận:');
    expect(noiNhan).toMatch(/<w:b\/>/);
    expect(noiNhan).toMatch(/<w:i\/>/);
    expect(noiNhan).toMatch(/<w:sz w:val="24"\/>/);
    expect(paragraph(doc, '- Bộ Tư pháp (để báo cáo);')).toMatch(/<w:sz w:val="22"\/>/);
    expect(p).toContain('- Lưu: VT, VP.');
    expect(paragraph(doc, 'KT. GIÁM ĐỐC')).toMatch(/<w:b\/>/);
    expect(p.indexOf('PHÓ GIÁM ĐỐC')).toBe(p.indexOf('KT. GIÁM ĐỐC') + 1);
    // Owners and deadlines: the task table names the owner of a dated target.
    expect(p).toContain('Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật');
    expect(p).toContain('30/11/2026');
  });

  it('keeps the last lines of the body on the page of Nơi nhận and the signature', async () => {
    for (const dir of [tienGiangDir, dongThapDir]) {
      const { doc } = await render(dir);
      const i = doc.paragraphs.indexOf('Nơi nhận:');
      // The last cell of the task table, the space after it, the space before the closing block.
      for (const x of doc.paragraphXml.slice(i - 3, i)) expect(x).toMatch(/<w:keepNext\/>/);
    }
  });

  it('numbers the sections it has: a plan without a stated purpose starts at NỘI DUNG', async () => {
    const { doc } = await render(tienGiangDir);
    expect(doc.paragraphs).toContain('I. NỘI DUNG');
    expect(doc.paragraphs).toContain('II. TỔ CHỨC THỰC HIỆN');
    expect(doc.paragraphs).not.toContain('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('keeps markup characters as text and drops characters a Word file cannot hold', async () => {
    const dir = tempWorkspace({
      'units.yaml': 'thidua: 1\nkind: units\nunits:\n  - { id: so, name: "Sở <Tư> pháp & tỉnh A", kind: so }\n',
      'plan.yaml': 'thidua: 1\nkind: plan\nid: 01/KH-STP\ntitle: "Kế hoạch thi đua </w:t> & \\x07chuông"\nissuer: so\nissued: 2030-01-02\nyear: 2030\nobjectives: ["=cmd|\' /C calc\'!A0"]\n',
    });
    const { doc } = await render(dir);
    expect(doc.paragraphs).toContain('Thi đua </w:t> & chuông');
    expect(doc.paragraphs).toContain('SỞ <TƯ> PHÁP & TỈNH A');
    expect(doc.paragraphs).toContain("- =cmd|' /C calc'!A0.");
    expect(doc.paragraphs).toContain('A, ngày 02 tháng 01 năm 2030');
  });
});
