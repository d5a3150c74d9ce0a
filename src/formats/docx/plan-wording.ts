/**
 * How the Kế hoạch words what the plan file states: a legal basis ("Căn cứ
 * Quyết định số 2288/QĐ-BTP ngày 31/10/2016 của Bộ Tư pháp về …"), an
 * anniversary with its ordinal, a target, a quota. Vietnamese only: the
 * document is the agency's, whatever the language of the run. Plain text.
 */
import { isDocNumberError, parseDocNumber } from '../../model/docnumber.js';
import { toVN } from '../../model/date.js';
import type { ResolvedAnniversary } from '../../domain/occurrences.js';
import type { DocBasis, DocMovement, DocQuota, DocTarget, DocTask } from '../../views/plan-document.js';
import { countVi, kindName, ownersText } from '../shared-text.js';

const TYPE_NAMES: Record<string, string> = {
  L: 'Luật', PL: 'Pháp lệnh', NQ: 'Nghị quyết', NĐ: 'Nghị định', QĐ: 'Quyết định', CT: 'Chỉ thị', TT: 'Thông tư', TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch', KH: 'Kế hoạch', HD: 'Hướng dẫn', TB: 'Thông báo', CTr: 'Chương trình', QC: 'Quy chế', QyĐ: 'Quy định',
  PA: 'Phương án', ĐA: 'Đề án', BC: 'Báo cáo', KL: 'Kết luận', QĐi: 'Quy định',
};

/** The kind of document a number names ("Quyết định" for 2288/QĐ-BTP); a National Assembly number alone is a law. */
export function documentTypeName(ref: string): string {
  const r = parseDocNumber(ref);
  if (isDocNumberError(r) || r.kind === 'draft') return 'văn bản';
  if (r.type) return TYPE_NAMES[r.type] ?? 'văn bản';
  if (r.kind === 'legal' && /^QH\d+$/.test(r.agency)) return 'Luật';
  return r.kind === 'official-letter' ? 'Công văn' : 'văn bản';
}

/** A title after "về": its first letter lower-cased, unless it starts a proper name ("Hồ Chí Minh"). */
function about(title: string): string {
  if (/^về\s/iu.test(title)) return title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
  const [first, second] = title.split(/\s+/);
  const proper = second !== undefined && /^\p{Lu}/u.test(second) && /^\p{Lu}/u.test(first ?? '');
  return `về ${proper ? title : title.charAt(0).toLocaleLowerCase('vi') + title.slice(1)}`;
}

export function basisText(b: DocBasis): string {
  // No published number: cited by title and date, as the Government cites "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022".
  if (b.ref === undefined) return `Căn cứ ${b.title ?? ''}${b.date ? ` ngày ${toVN(b.date)}` : ''}${b.issuer ? ` của ${b.issuer}` : ''}`;
  const type = documentTypeName(b.ref);
  const named = b.title !== undefined && b.title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'));
  const head = named ? `${b.title} số ${b.ref}` : `${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)} số ${b.ref}`;
  const when = b.date ? ` ngày ${toVN(b.date)}` : '';
  const who = b.issuer ? ` của ${b.issuer}` : '';
  const what = b.title && !named ? ` ${about(b.title)}` : '';
  return `Căn cứ ${head}${when}${who}${what}`;
}

/** "Kỷ niệm 88 năm Ngày thành lập Đảng … (03/02/1930 – 03/02/2018)": the ordinal and dates of plan-facts. */
export function anniversaryText(a: ResolvedAnniversary): string {
  if (a.years !== undefined && a.years > 0) return `Kỷ niệm ${a.years} năm ${a.title}${a.origin ? ` (${toVN(a.origin)} – ${toVN(a.date)})` : ` (${toVN(a.date)})`}`;
  return `${a.title} (${toVN(a.date)})`;
}

/** The movement's name as a document writes it: Phong trào thi đua "…". */
export function movementName(m: DocMovement): string {
  return /^(phong trào|cuộc vận động)/iu.test(m.title) ? m.title : `Phong trào thi đua “${m.title}”`;
}

const who = (t: DocTask): string => ownersText(t.owner, t.owners, 'vi');

/** "; đơn vị thực hiện: …; thời hạn: 30/11/2026" — the owner only when the plan names one. */
function taskTail(t: DocTask): string {
  const parts = [t.owner !== undefined && t.owners.length ? `đơn vị thực hiện: ${who(t)}` : '', t.due ? `thời hạn: ${toVN(t.due)}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function targetText(t: DocTarget): string {
  return `${t.title}${t.count !== undefined ? `: chỉ tiêu ${countVi(t.count)}` : ''}${taskTail(t)}`;
}

/** A content item: what to do, then who and by when. */
export const contentText = (t: DocTask): string => `${t.title}${taskTail(t)}`;

/** How many to choose: "ít nhất 01 xã", "03 xã", "từ 02 đến 03 xã". */
export function howMany(q: Pick<DocQuota, 'min' | 'max' | 'select'>): string {
  const what = kindName(q.select, 'vi');
  const { min, max } = q;
  if (min !== undefined && max !== undefined) return min === max ? `${countVi(min)} ${what}` : `từ ${countVi(min)} đến ${countVi(max)} ${what}`;
  if (max !== undefined) return `tối đa ${countVi(max)} ${what}`;
  return `ít nhất ${countVi(min ?? 1)} ${what}`;
}

export function quotaText(q: DocQuota): string {
  const where = q.withinOwner ? ' trên địa bàn' : '';
  const forms = q.forms.length ? `; hình thức: ${q.forms.join('; ')}` : '';
  const due = q.due ? `; thời hạn: ${toVN(q.due)}` : '';
  return `${q.title}: ${who(q)} chọn ${howMany(q)}${where}${forms}${due}`;
}

/** "từ 01/01/2018 đến 30/06/2018". */
export const spanText = (from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): string => `từ ${toVN(from)} đến ${toVN(to)}`;

export function romanOf(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] ?? String(n);
}
