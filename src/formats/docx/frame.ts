/**
 * The parts of NĐ 30/2020/NĐ-CP Phụ lục I every document shares: the
 * two-column heading (agencies and number on the left; Quốc hiệu, Tiêu ngữ
 * and place-and-date on the right), the type and summary, and at the end the
 * recipients (bottom left) and the signature block (bottom right).
 */
import type { FileChild, Paragraph } from 'docx';
import type { DocumentFrame, Recipient } from '../../views/document-frame.js';
import { kindName } from '../shared-text.js';
import { layoutTable, para, run, shortRule, TEXT_WIDTH } from './kit.js';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

const LEFT = 3555;
const RIGHT = TEXT_WIDTH - LEFT;

const centred = (text: string, style: { bold?: boolean; italics?: boolean; underline?: boolean; size: number; before?: number; after?: number }): Paragraph =>
  para(text, { ...style, align: 'center', indent: false, after: style.after ?? 0 });

/** The heading table, then the type (KẾ HOẠCH, BÁO CÁO) and the summary under it. */
export function heading(f: DocumentFrame, type: string, summary: string): FileChild[] {
  const left: Paragraph[] = [
    ...(f.managingAgency ? [centred(f.managingAgency, { size: 13 })] : []),
    centred(f.issuingAgency, { size: 13, bold: true }),
    shortRule(LEFT),
    centred(f.numberLine, { size: 13, before: 6 }),
  ];
  const right: Paragraph[] = [
    centred(QUOC_HIEU, { size: 12, bold: true }),
    centred(TIEU_NGU, { size: 13, bold: true, underline: true }),
    centred(f.dateLine, { size: 14, italics: true, before: 12 }),
  ];
  return [
    layoutTable([LEFT, RIGHT], [left, right]),
    centred(type, { size: 14, bold: true, before: 24 }),
    centred(summary, { size: 14, bold: true }),
    shortRule(TEXT_WIDTH * 0.6),
    para('', { after: 6 }),
  ];
}

/** "- Phòng Tư pháp …;" lines, the last ending in a full stop. */
function recipientLines(list: readonly Recipient[]): Paragraph[] {
  const text = (r: Recipient): string => (typeof r === 'string' ? r : `Các ${kindName(r.kind, 'vi')}`);
  return list.map((r, i) => para(`- ${text(r)}${i === list.length - 1 ? '.' : ';'}`, { size: 11, align: 'left', indent: false, after: 0 }));
}

/** Nơi nhận at the bottom left, the signer's authority, position and name at the bottom right. */
export function closing(f: DocumentFrame): FileChild[] {
  const left = [para([run('Nơi nhận:', { size: 12, bold: true, italics: true })], { align: 'left', indent: false, after: 0 }), ...recipientLines(f.recipients)];
  const right: Paragraph[] = [
    ...f.signerLines.map((l) => centred(l, { size: 14, bold: true })),
    // The space for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred('', { size: 14 })),
    centred(f.signerName ?? '', { size: 14, bold: true }),
  ];
  return [para('', { after: 6, keepNext: true }), layoutTable([TEXT_WIDTH - 5000, 5000], [left, right])];
}
