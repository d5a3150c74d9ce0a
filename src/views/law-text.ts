/**
 * The clauses the legal-contents check cites, each with what it says, and the
 * implementing decree in force on a plan's issue date. A clause's text is
 * quoted only where it was read in a primary source (Luật 06/2022/QH15 in
 * Công báo số 571+572 ngày 15/7/2022); elsewhere the citation says it is not
 * verified rather than put words in the law's mouth. English is our
 * translation, not an official one.
 */
import { compareDates, type CalDate } from '../model/date.js';
import type { Bilingual } from './compliance-types.js';

export interface Clause {
  /** Short citation, stable for machines: `Luật 06/2022/QH15 Điều 17 khoản 5`. */
  ref: string;
  /** What it says: a quotation when verified, else a summary saying it is not verified. */
  says: Bilingual;
  verified: boolean;
}

const LUAT = 'Luật 06/2022/QH15';

export const LAW = {
  forms: {
    ref: `${LUAT} Điều 16 khoản 1`,
    says: { vi: '"Hình thức tổ chức thi đua gồm: a) Thi đua thường xuyên; b) Thi đua theo chuyên đề."', en: '"The forms of emulation are: a) regular emulation; b) thematic emulation."' },
    verified: true,
  },
  contents: {
    ref: `${LUAT} Điều 17 khoản 1`,
    says: {
      vi: '"Xác định mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời gian, kế hoạch, biện pháp tổ chức phong trào thi đua."',
      en: '"Setting the objectives, scope, participants, contents and criteria, timing, plan and measures for organising the movement."',
    },
    verified: true,
  },
  launch: { ref: `${LUAT} Điều 17 khoản 2`, says: { vi: '"Phát động, triển khai, thực hiện phong trào thi đua."', en: '"Launching, deploying and carrying out the movement."' }, verified: true },
  oversight: { ref: `${LUAT} Điều 17 khoản 3`, says: { vi: '"Kiểm tra, giám sát phong trào thi đua."', en: '"Inspecting and supervising the movement."' }, verified: true },
  models: {
    ref: `${LUAT} Điều 17 khoản 4`,
    says: { vi: '"Tuyên truyền, phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến."', en: '"Publicising, finding, fostering and spreading advanced examples."' },
    verified: true,
  },
  review: { ref: `${LUAT} Điều 17 khoản 5`, says: { vi: '"Sơ kết, tổng kết và khen thưởng."', en: '"Interim and final reviews, and commendation."' }, verified: true },
  nd91: {
    ref: 'NĐ 91/2017/NĐ-CP Điều 4',
    says: {
      vi: 'hình thức và nội dung tổ chức phong trào thi đua (Điều 4, 5; theo trích dẫn tại Thông tư 07/2019/TT-BVHTTDL Điều 8 — chưa đối chiếu được nguyên văn Nghị định)',
      en: 'the forms and contents of organising a movement (Art. 4–5; as quoted by Circular 07/2019/TT-BVHTTDL Art. 8 — the decree itself not verified)',
    },
    verified: false,
  },
  nd111: {
    ref: 'NĐ 111/2018/NĐ-CP Điều 4 khoản 3',
    says: {
      vi: 'ngày truyền thống của ngành: năm không tròn chỉ tổ chức hoạt động, không tổ chức lễ kỷ niệm (chưa đối chiếu được nguyên văn)',
      en: "a sector's tradition day: in a year that is not round, activities but no ceremony (text not verified)",
    },
    verified: false,
  },
} satisfies Record<string, Clause>;

/** The implementing decree in force on a day, and what can be said of it. */
export function decreeOn(issued: CalDate): Clause {
  if (compareDates(issued, { y: 2024, m: 1, d: 1 }) < 0) {
    return {
      ref: 'NĐ 91/2017/NĐ-CP',
      says: {
        vi: 'quy định chi tiết Luật Thi đua, khen thưởng năm 2003 (sửa đổi 2005, 2013), áp dụng cho kế hoạch ban hành trước 01/01/2024',
        en: 'details the Law on Emulation and Commendation of 2003 (amended 2005, 2013); applies to plans issued before 01/01/2024',
      },
      verified: false,
    };
  }
  if (compareDates(issued, { y: 2025, m: 7, d: 1 }) < 0) {
    return {
      ref: 'NĐ 98/2023/NĐ-CP',
      says: {
        vi: 'ngày 31/12/2023, quy định chi tiết Luật 06/2022/QH15; Điều 1 (phạm vi điều chỉnh) không liệt kê Điều 16, 17 của Luật, nên nội dung kế hoạch được xét theo Luật',
        en: 'of 31/12/2023, details Law 06/2022/QH15; its Art. 1 (scope) does not list Art. 16 or 17 of the Law, so the plan is checked against the Law itself',
      },
      verified: true,
    };
  }
  return {
    ref: 'NĐ 152/2025/NĐ-CP',
    says: {
      vi: 'thay NĐ 98/2023/NĐ-CP từ 01/07/2025 (theo nguồn thứ cấp); chưa đối chiếu được nguyên văn, nên nội dung kế hoạch được xét theo Luật 06/2022/QH15',
      en: 'replaces NĐ 98/2023/NĐ-CP from 01/07/2025 (per secondary sources); its text is not verified, so the plan is checked against Law 06/2022/QH15',
    },
    verified: false,
  };
}
