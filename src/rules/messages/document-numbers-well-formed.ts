import { q, type Message } from '../../diagnostics/text.js';
import type { Messages, Params } from '../support/rule.js';

type F = (p: Params) => string;
const field = (p: Params, l: 0 | 1): string => (p.field === 'id' ? ['Số, ký hiệu kế hoạch', 'Plan number'] : ['Số, ký hiệu văn bản căn cứ', 'Basis document number'])[l]!;
/** A message whose sentence names the field and the value; the hint leads with the corrected number when there is one. */
const m = (vi: F, en: F, hvi: string, hen: string): Message<Params> => ({
  vi: (p) => `${field(p, 0)} ${q(p.value)}: ${vi(p)}`,
  en: (p) => `${field(p, 1)} ${q(p.value)}: ${en(p)}`,
  hint: {
    vi: (p) => (p.suggestion ? `Viết ${q(p.suggestion)}. ` : p.closest ? `Có phải ${q(p.closest)}? ` : '') + hvi,
    en: (p) => (p.suggestion ? `Write ${q(p.suggestion)}. ` : p.closest ? `Did you mean ${q(p.closest)}? ` : '') + hen,
  },
});

/** The messages of rule document-numbers-well-formed (src/rules/document-numbers-well-formed.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: m(() => 'không đúng thể thức số, ký hiệu.', () => 'not a well-formed document number.',
    'Các dạng đúng: 06/KH-STP (hành chính), 1459/SNV-TĐKT (công văn), 98/2023/NĐ-CP và 06/2022/QH15 (quy phạm pháp luật), 21-CT/TW (của Đảng).',
    'Accepted shapes: 06/KH-STP (administrative), 1459/SNV-TĐKT (official letter), 98/2023/NĐ-CP and 06/2022/QH15 (legal), 21-CT/TW (Party).'),
  padding: m(() => 'số nhỏ hơn 10 phải có một số 0 phía trước, không thêm số 0 nào khác.', () => 'a number below 10 takes one leading zero, and no other zero.',
    'Số nhỏ hơn 10 ghi thêm số 0 phía trước (NĐ 30/2020/NĐ-CP, Phụ lục I).', 'Numbers below 10 are written with a leading zero (NĐ 30/2020/NĐ-CP, Appendix I).'),
  spaces: m(() => 'có khoảng trắng.', () => 'contains spaces.',
    'Số, ký hiệu viết liền; các nhóm chữ viết tắt nối bằng dấu gạch nối (-).', 'A number has no spaces; abbreviation groups are joined by hyphens.'),
  'unknown-type': m((p) => `không có tên loại văn bản nào viết tắt là ${q(p.type)}.`, (p) => `no document type is abbreviated ${q(p.type)}.`,
    'Tên loại viết tắt theo Phụ lục III NĐ 30/2020/NĐ-CP, Luật Ban hành văn bản quy phạm pháp luật, Hướng dẫn 36-HD/VPTW (văn bản của Đảng).',
    'Type abbreviations follow NĐ 30/2020/NĐ-CP Appendix III, the Law on legal documents, and Hướng dẫn 36-HD/VPTW (Party documents).'),
  cv: m(() => '"CV" không phải tên loại văn bản của Nhà nước.', () => '"CV" is not a state document type.',
    'Ký hiệu công văn chỉ gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, ví dụ 1459/SNV-TĐKT (NĐ 30/2020/NĐ-CP, Phụ lục I).',
    'An official letter’s symbol is the agency and the drafting unit only, e.g. 1459/SNV-TĐKT (NĐ 30/2020/NĐ-CP, Appendix I).'),
  'missing-year': m((p) => `${q(p.type)} là loại văn bản quy phạm pháp luật nhưng thiếu năm ban hành.`, (p) => `${q(p.type)} is a normative legal document type, but the year is missing.`,
    'Viết số/năm/tên loại-cơ quan, ví dụ 98/2023/NĐ-CP (Luật Ban hành văn bản quy phạm pháp luật).', 'Write number/year/type-agency, e.g. 98/2023/NĐ-CP (Law on legal documents).'),
} satisfies Messages;

export type MessageId = keyof typeof messages;
