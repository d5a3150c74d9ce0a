/**
 * What `thidua new` says about the plan it made, for stderr (stdout or -o
 * carries only the plan): every change, every date kept or moved past an
 * end, every figure carried over that the clerk must confirm.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN, vnDateText } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import type { NextYearResult } from '../authoring/next-year.js';
import { tr } from './lang.js';

/** `movements[5].title`, as a clerk finds it in the file. */
export const pathText = (p: DataPath): string => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** What changed and what to check, for stderr: stdout (or -o) carries only the plan. */
export function notes(r: NextYearResult, suggestInFile: boolean, lang: Lang): string[] {
  const t = tr(lang);
  const out: string[] = [];
  if (r.id.to !== r.id.from) {
    out.push(
      t(
        `Số, ký hiệu "${r.id.from}" đổi thành "${r.id.to}" (chưa cấp số); ngày ban hành (issued) tạm ghi 01/01/${r.year}: sửa khi văn bản được ký.`,
        `Number "${r.id.from}" replaced by the draft marker "${r.id.to}"; issued set to 01/01/${r.year} for now: fill both in when the document is signed.`,
      ),
    );
  }
  const w = (x: { from: string; to: string }): string => `${vnDateText(x.from)}–${vnDateText(x.to)}`;
  const calendarYear = r.window.to.from === `${r.year}-01-01` && r.window.to.to === `${r.year}-12-31`;
  if (r.window.from.from !== r.window.to.from || r.window.from.to !== r.window.to.to) {
    out.push(t(`Cửa sổ kế hoạch: ${w(r.window.from)} → ${w(r.window.to)}.`, `Plan window: ${w(r.window.from)} → ${w(r.window.to)}.`));
  }
  out.push(
    t(
      `Mã cố định uid: ${r.uid} — giữ nguyên khi ghi số ký hiệu thật; tệp tiến độ có thể ghi plan: ${r.uid}.`,
      `Stable uid: ${r.uid} — keep it when the real number is written in; progress files may say plan: ${r.uid}.`,
    ),
  );
  if (r.round) {
    const { id, from, to } = r.round;
    out.push(t(`Hướng tới lần kỷ niệm ${to} năm của "${id}" (kế hoạch trước: ${from} năm): mọi ngày dời ${to - from} năm.`, `Toward the ${to}th anniversary of "${id}" (the old plan: ${from}): every date moves ${to - from} years.`));
  }
  if (r.recomputed.length) {
    const list = r.recomputed.map((x) => `${x.id} ${x.from} → ${x.to}`).join(', ');
    out.push(t(`Tính lại số năm kỷ niệm: ${list}.`, `Anniversary ordinals recomputed: ${list}.`));
  }
  for (const d of r.dropped) {
    if (d.kind === 'movement') {
      const end = vnDateText(d.to);
      out.push(t(`Bỏ phong trào "${d.id}": đã kết thúc ngày ${end}, trước năm ${r.year}.`, `Dropped movement "${d.id}": it ended on ${end}, before ${r.year}.`));
    } else {
      out.push(t(`Bỏ mốc "${d.id}" của phong trào đã bỏ "${d.movement}".`, `Dropped milestone "${d.id}" of the dropped movement "${d.movement}".`));
    }
  }
  for (const m of r.moved29Feb) {
    out.push(t(`Năm ${r.year} không có ngày 29/02: ${pathText(m.path)} ghi ${m.from}, chuyển thành ${m.to}.`, `${r.year} has no 29 February: ${pathText(m.path)} was ${m.from}, now ${m.to}.`));
  }
  for (const l of r.lunar) {
    out.push(t(`${pathText(l.path)}: ngày âm lịch, tính lại ${l.from} → ${l.to}.`, `${pathText(l.path)}: a lunar day, recomputed ${l.from} → ${l.to}.`));
  }
  for (const s of r.stale) {
    out.push(
      t(
        `${pathText(s.path)} ghi "${s.stated} năm" (số năm của "${s.anniversary}" ở kế hoạch trước); kế hoạch mới hướng tới lần ${s.expected} năm: kiểm tra lại câu chữ (giữ nguyên, cùng khoảng năm ghi bên cạnh nếu có).`,
        `${pathText(s.path)} says "${s.stated} năm" (the old plan's ordinal of "${s.anniversary}"); the new plan works toward the ${s.expected}th: check the wording (kept, with any span beside it).`,
      ),
    );
  }
  if (r.prose.length) out.push(t(`Sửa câu chữ (${r.prose.length}):`, `Prose edits (${r.prose.length}):`));
  for (const p of r.prose) out.push(`  ${pathText(p.path)}: "${p.from}" → "${p.to}"`);
  for (const k of r.kept) {
    const day = vnDateText(k.date);
    if (k.kind === 'milestone') {
      out.push(t(`Giữ ngày ${day} của mốc "${k.id}": phong trào "${k.movement}" vẫn đang diễn ra, không dời.`, `Kept ${day} for milestone "${k.id}": movement "${k.movement}" still runs and does not move.`));
    } else {
      out.push(t(`Sự kiện "${k.id}" (${day}) không lặp lại và nằm ngoài cửa sổ mới: bỏ hoặc thay bằng sự kiện của đợt mới.`, `Event "${k.id}" (${day}) does not recur and lies outside the new window: remove it or name the new drive's event.`));
    }
  }
  for (const b of r.beyond) {
    const of = b.movement ? t(`của phong trào "${b.movement}"`, `of movement "${b.movement}"`) : t('của kế hoạch', 'of the plan');
    out.push(
      t(
        `Lỗi: ${pathText(b.path)} ("${b.id}") dời đến ${vnDateText(b.due)}, sau ngày kết thúc ${vnDateText(b.end)} ${of}: sửa lại ngày.`,
        `Error: ${pathText(b.path)} ("${b.id}") moved to ${vnDateText(b.due)}, after the end ${vnDateText(b.end)} ${of}: correct the date.`,
      ),
    );
  }
  if (r.figures.length) out.push(t(`Số liệu chép từ kế hoạch trước, cần xác nhận (ghi "# TODO xác nhận" trong tệp):`, `Figures carried over from the old plan, to confirm (marked "# TODO xác nhận" in the file):`));
  for (const f of r.figures) out.push(`  ${pathText(f.path)} (${f.id}): ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
  if (r.suggestions.length && suggestInFile) {
    out.push(t(`Đã ghi ${r.suggestions.length} ngày kỷ niệm gợi ý vào tệp dưới dạng ghi chú.`, `Wrote ${r.suggestions.length} suggested anniversaries into the file as comments.`));
  } else if (r.suggestions.length) {
    out.push(
      t(
        calendarYear
          ? `Năm ${r.year} là năm tròn hoặc năm lẻ 5 của các ngày kỷ niệm sau mà kế hoạch chưa nêu (--suggest để ghi vào tệp):`
          : `Trong cửa sổ ${w(r.window.to)} có lần kỷ niệm năm tròn hoặc năm lẻ 5 của các ngày sau mà kế hoạch chưa nêu (--suggest để ghi vào tệp):`,
        calendarYear
          ? `${r.year} is a round year or ends in 5 for these days the plan does not name (--suggest writes them into the file):`
          : `The window ${w(r.window.to)} holds a round or năm lẻ 5 occurrence of these days the plan does not name (--suggest writes them into the file):`,
      ),
    );
    for (const s of r.suggestions) {
      const mark = s.round ? t('năm tròn', 'round') : t('năm lẻ 5', 'ends in 5');
      out.push(`  ${toVN(s.date)}  ${s.years} ${t('năm', 'years')} (${mark})  ${s.id}  ${s.title}`);
    }
  }
  return out;
}

