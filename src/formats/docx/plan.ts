/**
 * `thidua document`: the plan as the Kế hoạch a leader signs, in the form of
 * NĐ 30/2020/NĐ-CP Phụ lục I. Sections are numbered as the plan has them: a
 * plan with no stated purpose (the 2018 example) starts at NỘI DUNG.
 */
import type { FileChild } from 'docx';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { compareDates, toVN } from '../../model/date.js';
import type { DocMovement, PlanDocumentView } from '../../views/plan-document.js';
import { ownersText } from '../shared-text.js';
import { closing, heading } from './frame.js';
import { dataTable, docxBytes, para, run, wordDocument } from './kit.js';
import { anniversaryText, basisText, movementName, contentText, quotaText, romanOf, spanText, targetText } from './plan-wording.js';

export interface DocxContext {
  lang: Lang;
}

const item = (text: string, last = false, keepNext = false): FileChild => para(`- ${text}${last ? '.' : ';'}`, { keepNext });
/** A dash list, the last line ending in a full stop; `keepLast` keeps it on the page of what follows. */
const items = (list: readonly string[], keepLast = false): FileChild[] => list.map((t, i) => item(t.replace(/[;.]$/, ''), i === list.length - 1, keepLast && i === list.length - 1));
const sub = (text: string): FileChild => para(text, { bold: true, keepNext: true });
const section = (n: number, title: string): FileChild => para(`${romanOf(n)}. ${title}`, { bold: true, align: 'left', indent: true, before: 6, keepNext: true });

function purpose(v: PlanDocumentView): FileChild[] {
  const out: FileChild[] = [];
  if (v.objectives.length) out.push(...items(v.objectives));
  if (v.scope) out.push(para([run('Phạm vi: ', { bold: true }), run(v.scope)]));
  if (v.participants.length) out.push(para([run('Đối tượng: ', { bold: true }), run(`${v.participants.join('; ')}.`)]));
  return out;
}

function movement(m: DocMovement, letter: string): FileChild[] {
  const out: FileChild[] = [para(`${letter}) ${movementName(m)}`, { italics: true, bold: true, keepNext: true })];
  if (m.period) out.push(para(`Thời gian: ${spanText(m.period.from, m.period.to)}.`));
  if (m.theme) out.push(para(`Chủ đề: ${m.theme}.`));
  if (m.basis.length) out.push(para(`Thực hiện theo: ${m.basis.join(', ')}.`));
  if (m.commemorates.length) out.push(para(`Chào mừng: ${m.commemorates.map(anniversaryText).join('; ')}.`));
  if (m.targets.length) out.push(para('Chỉ tiêu:', { keepNext: true }), ...items(m.targets.map(targetText)));
  if (m.contents.length) out.push(para('Nội dung:', { keepNext: true }), ...items(m.contents.map(contentText)));
  if (m.quotas.length) out.push(para('Chọn điểm:', { keepNext: true }), ...items(m.quotas.map(quotaText)));
  return out;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function contents(v: PlanDocumentView): FileChild[] {
  const out: FileChild[] = [];
  let n = 0;
  for (const [form, title] of [['regular', 'Phong trào thi đua thường xuyên'], ['thematic', 'Phong trào thi đua theo chuyên đề']] as const) {
    const ms = v.movements.filter((m) => m.form === form);
    if (!ms.length) continue;
    out.push(sub(`${++n}. ${title}`));
    ms.forEach((m, i) => out.push(...movement(m, LETTERS[i] ?? String(i + 1))));
  }
  if (v.phases.length || v.otherAnniversaries.length) {
    out.push(sub(`${++n}. Các đợt thi đua và ngày kỷ niệm`));
    for (const p of v.phases) {
      const days = [...p.anniversaries].sort((a, b) => compareDates(a.date, b.date));
      out.push(para(`${p.name} (${spanText(p.from, p.to)})${days.length ? ': thi đua lập thành tích chào mừng' : '.'}`, { keepNext: days.length > 0 }));
      out.push(...items(days.map(anniversaryText)));
    }
    if (v.otherAnniversaries.length) out.push(para('Các ngày kỷ niệm khác:', { keepNext: true }), ...items(v.otherAnniversaries.map(anniversaryText)));
  }
  return out;
}

/** Who does what by when: milestones, then targets, contents and quotas, by due date. */
function assignments(v: PlanDocumentView): FileChild[] {
  const tasks = [...v.milestones, ...v.movements.flatMap((m) => [...m.targets, ...m.contents, ...m.quotas])];
  if (!tasks.length) return [];
  const sorted = [...tasks].sort((a, b) => (a.due && b.due ? compareDates(a.due, b.due) : a.due ? -1 : b.due ? 1 : 0));
  const cap = (x: string): string => x.charAt(0).toLocaleUpperCase('vi') + x.slice(1);
  const rows = sorted.map((t, i) => [String(i + 1), t.title, cap(ownersText(t.owner, t.owners, 'vi')), t.due ? toVN(t.due) : '']);
  return [para('Phân công thực hiện:', { keepNext: true }), dataTable(['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời hạn'], rows, [0.07, 0.53, 0.26, 0.14], 12, true), para('', { after: 6, keepNext: true })];
}

export function planDocumentChildren(v: PlanDocumentView): FileChild[] {
  const out: FileChild[] = [...heading(v.frame, 'KẾ HOẠCH', v.summary)];
  v.bases.forEach((b, i) => out.push(para(`${basisText(b)}${i === v.bases.length - 1 ? ',' : ';'}`, { italics: true })));
  const who = v.plan.issuerName ?? v.frame.issuingAgency;
  out.push(para(`${who} ban hành Kế hoạch ${v.summary.charAt(0).toLocaleLowerCase('vi')}${v.summary.slice(1)} như sau:`));
  let n = 0;
  const body = purpose(v);
  if (body.length) out.push(section(++n, 'MỤC ĐÍCH, YÊU CẦU'), ...body);
  const what = contents(v);
  if (what.length) out.push(section(++n, 'NỘI DUNG'), ...what);
  // The last lines before Nơi nhận and the signature stay on their page (NĐ 30: no page of signature alone).
  const table = assignments(v);
  const how = [...items(v.measures, table.length === 0), ...table];
  if (how.length) out.push(section(++n, 'TỔ CHỨC THỰC HIỆN'), ...how);
  out.push(...closing(v.frame));
  return out;
}

/** The renderer: the view in, the .docx bytes out. The document is Vietnamese whatever `lang` says. */
export async function planDocx(v: PlanDocumentView, _ctx: DocxContext): Promise<Uint8Array> {
  return docxBytes(wordDocument(planDocumentChildren(v), { title: `Kế hoạch ${v.plan.id}` }));
}
