import { afterAll, describe, expect, it } from 'vitest';
import { date, toVNLong } from '../../src/model/date.js';
import { documentFrame, SIGNER_PLACEHOLDER } from '../../src/views/document-frame.js';
import { loadPlanWs } from '../helpers/plan-ws.js';
import { removeTempWorkspaces, tempWorkspace } from './compliance-helpers.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: ubnd, name: Ủy ban nhân dân tỉnh Phú Thọ, kind: ubnd }
  - { id: so-gd, name: Sở Giáo dục và Đào tạo tỉnh Phú Thọ, kind: so, parent: ubnd }
  - { id: p1, name: Phòng Giáo dục A, kind: phong, parent: so-gd }
  - { id: t1, name: Trường B, kind: truong, parent: so-gd }
  - { id: t2, name: Trường C, kind: truong, parent: so-gd }
  - { id: t3, name: Trường D, kind: truong, parent: so-gd }
  - { id: t4, name: Trường E, kind: truong, parent: so-gd }
`;

function frameOf(planExtra: string, id = '05/KH-SGDĐT', issued = '2030-03-05') {
  const dir = tempWorkspace({
    'units.yaml': units,
    'plan.yaml': `thidua: 1\nkind: plan\nid: ${id}\ntitle: Kế hoạch thi đua năm 2030\nissuer: so-gd\nissued: ${issued}\nyear: 2030\n${planExtra}`,
  });
  const pw = loadPlanWs(dir);
  return documentFrame(pw.plan.data, pw.scope.unitsFor(pw.plan));
}

describe('the date line of a document', () => {
  it('pads days below 10 and months 1 and 2, not months 3 to 12', () => {
    expect(toVNLong(date(2018, 1, 10))).toBe('ngày 10 tháng 01 năm 2018');
    expect(toVNLong(date(2026, 2, 28))).toBe('ngày 28 tháng 02 năm 2026');
    expect(toVNLong(date(2026, 3, 5))).toBe('ngày 05 tháng 3 năm 2026');
    expect(toVNLong(date(2026, 12, 31))).toBe('ngày 31 tháng 12 năm 2026');
  });
});

describe('documentFrame', () => {
  it('defaults from the units: issuer and its parent, the province as the place', () => {
    const f = frameOf('');
    expect(f.managingAgency).toBe('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');
    expect(f.issuingAgency).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ');
    expect(f.dateLine).toBe('Phú Thọ, ngày 05 tháng 3 năm 2030');
    expect(f.numberLine).toBe('Số: 05/KH-SGDĐT');
    expect(f.signerLines).toEqual([SIGNER_PLACEHOLDER]);
    expect(f.signerName).toBeUndefined();
    expect(f.recipients).toEqual(['Lưu: VT']);
  });

  it('takes the form fields the plan gives, in capitals where the form prints capitals', () => {
    const f = frameOf('place: Việt Trì\nmanagingAgency: UBND tỉnh Phú Thọ\nissuingAgency: Sở Giáo dục và Đào tạo\nsigner: Nguyễn Văn A\nsignerAuthority: KT. Giám đốc\nsignerTitle: Phó Giám đốc\nrecipients: ["- Bộ GD&ĐT;", "Lưu: VT."]\n');
    expect(f.managingAgency).toBe('UBND TỈNH PHÚ THỌ');
    expect(f.issuingAgency).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(f.dateLine).toBe('Việt Trì, ngày 05 tháng 3 năm 2030');
    expect(f.signerLines).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(f.signerName).toBe('Nguyễn Văn A');
    // Dashes and closing punctuation are the renderer's: a list written with them is not doubled.
    expect(f.recipients).toEqual(['Bộ GD&ĐT', 'Lưu: VT']);
  });

  it('prints a draft number as a blank to fill in, keeping the type and agency', () => {
    expect(frameOf('', '__/KH-SGDĐT').numberLine).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-SGDĐT');
    expect(documentFrame({ thidua: 1, kind: 'plan', id: '05/KH-SGDĐT', year: 2030 }, new Map(), { type: 'BC', date: date(2030, 7, 1) }).numberLine).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SGDĐT');
  });

  it('sends the document to the units given work; a kind of more than three units is one line', () => {
    const f = frameOf(`movements:
  - id: m
    form: regular
    title: Thi đua dạy tốt
    targets:
      - { id: a, title: Chuyên đề, count: 2, owner: p1 }
      - { id: b, title: Sáng kiến, count: 1, owner: { kind: truong } }
      - { id: c, title: Báo cáo, count: 1, owner: so-gd }
`);
    expect(f.recipients).toEqual(['Phòng Giáo dục A', { kind: 'truong' }, 'Lưu: VT']);
  });

  it('leaves the place and day blank when nothing names them', () => {
    const f = documentFrame({ thidua: 1, kind: 'plan', id: '01/KH-X', year: 2030 }, new Map());
    expect(f.dateLine).toBe('……, ngày …… tháng …… năm 2030');
    expect(f.issuingAgency).toBe('……');
  });
});
