/**
 * The schedule as one self-contained HTML page: an inline SVG timeline of
 * phases, movements, anniversaries and deadlines over the range shown, and
 * the table under it. No external asset (it opens from a mail attachment or
 * an air-gapped office PC) and print styles for an A4 landscape sheet. All
 * user text goes through escapeHtml, in the SVG as in the table.
 */
import type { RenderContext } from './render-context.js';
import { compareDates, daysBetween, toVN, type CalDate } from '../model/date.js';
import { isDeadline, type ScheduleItem, type ScheduleView } from '../views/schedule.js';
import { escapeHtml } from './escape.js';
import { asOfText, itemDays, pick, rangeVN, shorten } from './shared-text.js';
import { itemTitle, markText, noteText, scheduleHeading, stateText, typeLabel } from './schedule-text.js';

const W = 1200;
const LABEL_W = 400;
const X0 = LABEL_W + 10;
const X1 = W - 20;
const TOP = 62;
const ROW = 24;

const CSS = `
*{box-sizing:border-box}
body{font-family:"Noto Sans","Segoe UI","Liberation Sans",Arial,sans-serif;color:#1f2328;margin:24px;font-size:14px;line-height:1.4}
h1{font-size:22px;margin:0 0 4px}
.sub{margin:0 0 4px;color:#444}
.asof{margin:0 0 16px;color:#555;font-style:italic}
figure{margin:0 0 20px}
svg{width:100%;height:auto;display:block;border:1px solid #d0d7de;border-radius:6px;background:#fff}
svg text{font-family:inherit;font-size:12px;fill:#1f2328}
svg .month{fill:#57606a;font-size:11px}
svg .grid{stroke:#d8dee4;stroke-width:1}
svg .band{fill:#f6f8fa}
svg .band-label{fill:#57606a;font-weight:bold}
svg .phase{fill:#0969da}
svg .movement{fill:#8c959f}
svg .event{fill:#8250df}
svg .event.provisional{fill-opacity:.45}
svg .movement.regular{fill:#bf8700}
svg .ann{fill:#1a7f37}
svg .ann.round{fill:#cf222e}
svg .ann.five{fill:#bc4c00}
svg .ms{fill:#6639ba}
svg .ms.overdue{fill:#cf222e}
svg .ms.done{fill:#1a7f37}
svg .issued{fill:#57606a}
svg .note{fill:#57606a;font-size:11px}
svg .note,svg .band-label,svg .asof-text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg .note.round,svg .note.overdue{fill:#cf222e;font-weight:bold}
svg .note.five{fill:#bc4c00;font-weight:bold}
svg .asof-line{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:4 3}
svg .asof-text{fill:#cf222e;font-weight:bold}
figcaption{margin-top:6px;color:#57606a;font-size:12px}
.key{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;vertical-align:baseline}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}
td.date,td.type{white-space:nowrap}
tr.overdue td.state{color:#cf222e;font-weight:bold}
tr.open td.state,tr.done td.state,tr.today td.state{color:#1a7f37}
tr.closed,tr.past{color:#57606a}
tr.round td.what,tr.five td.what{font-weight:bold}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{margin:0;font-size:11px}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  figure,tr{break-inside:avoid}
  thead{display:table-header-group}
  svg{border:none}
}
`;

const MONTHS: Record<'vi' | 'en', string[]> = {
  vi: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const clamp = (d: CalDate, from: CalDate, to: CalDate): CalDate => (compareDates(d, from) < 0 ? from : compareDates(d, to) > 0 ? to : d);

/** One row per item: phases and movements as bars, the rest as markers, the label on the left. */
function timeline(v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const span = daysBetween(v.from, v.to) + 1;
  const x = (d: CalDate, endOfDay = false): number => X0 + ((daysBetween(v.from, clamp(d, v.from, v.to)) + (endOfDay ? 1 : 0)) / span) * (X1 - X0);
  const rows = [...v.items.filter((i) => i.type === 'phase'), ...v.items.filter((i) => i.type === 'movement'), ...v.items.filter((i) => i.type !== 'phase' && i.type !== 'movement')];
  const height = TOP + rows.length * ROW + 16;
  const out: string[] = [];
  const f = (n: number): string => n.toFixed(1);

  // Phases as background bands, so every marker reads against its phase.
  for (const p of v.items.filter((i) => i.type === 'phase')) {
    out.push(`<rect class="band" x="${f(x(p.start))}" y="${TOP - 6}" width="${f(x(p.end, true) - x(p.start))}" height="${height - TOP - 4}"/>`);
    out.push(`<text class="band-label" x="${f(x(p.start) + 4)}" y="${TOP - 10}">${escapeHtml(p.title)}</text>`);
  }
  // Month starts: a grid line and the month's name.
  for (let d: CalDate = { y: v.from.y, m: v.from.m, d: 1 }; compareDates(d, v.to) <= 0; d = d.m === 12 ? { y: d.y + 1, m: 1, d: 1 } : { y: d.y, m: d.m + 1, d: 1 }) {
    if (compareDates(d, v.from) < 0) continue;
    const mx = x(d);
    out.push(`<line class="grid" x1="${f(mx)}" y1="${TOP - 6}" x2="${f(mx)}" y2="${height - 10}"/>`);
    out.push(`<text class="month" x="${f(mx + 3)}" y="16">${MONTHS[o.lang][d.m - 1]}${d.m === 1 ? ` ${d.y}` : ''}</text>`);
  }
  rows.forEach((i, k) => {
    const y = TOP + k * ROW;
    const cy = y + ROW / 2;
    const mark = markText(i, o.lang);
    const full = `${rangeVN(i.start, i.end)} · ${itemTitle(i, o.lang)}${mark ? ` (${mark})` : ''}`;
    const clipped = i.type === 'movement' && (compareDates(i.start, v.from) < 0 || compareDates(i.end, v.to) > 0) ? ` (${i.start.y}–${i.end.y})` : '';
    const day = i.type === 'phase' || i.type === 'movement' ? '' : `${toVN(i.start).slice(0, 5)} · `;
    const label = `${shorten(`${day}${labelOf(i, o)}`, 62 - clipped.length)}${clipped}`;
    out.push(`<g><title>${escapeHtml(full)}</title>`);
    out.push(`<text x="${LABEL_W}" y="${f(cy + 4)}" text-anchor="end">${escapeHtml(label)}</text>`);
    if (i.type === 'phase' || i.type === 'movement') {
      const cls = i.type === 'phase' ? 'phase' : `movement ${i.movementForm ?? ''}`;
      out.push(`<rect class="${cls.trim()}" x="${f(x(i.start))}" y="${y + 5}" width="${f(Math.max(2, x(i.end, true) - x(i.start)))}" height="${ROW - 10}" rx="3"/>`);
    } else {
      const cx = (x(i.start) + x(i.start, true)) / 2;
      const note = sideNote(i, o);
      // Beside the marker, on whichever side has room.
      if (note) {
        const right = cx < X1 - 160;
        const tone = i.round ? ' round' : i.five ? ' five' : i.state === 'overdue' ? ' overdue' : '';
        out.push(`<text class="note${tone}" x="${f(right ? cx + 11 : cx - 11)}" y="${f(cy + 4)}"${right ? '' : ' text-anchor="end"'}>${escapeHtml(note)}</text>`);
      }
      if (i.type === 'anniversary') {
        const cls = `ann${i.round ? ' round' : i.five ? ' five' : ''}`;
        out.push(`<path class="${cls}" d="M${f(cx)} ${f(cy - 7)}L${f(cx + 7)} ${f(cy)}L${f(cx)} ${f(cy + 7)}L${f(cx - 7)} ${f(cy)}Z"/>`);
      } else if (i.type === 'event') {
        out.push(`<rect class="event${i.provisional ? ' provisional' : ''}" x="${f(cx - 5)}" y="${f(cy - 5)}" width="10" height="10"/>`);
      } else if (isDeadline(i)) {
        out.push(`<path class="ms ${i.state}" d="M${f(cx - 6)} ${f(cy - 6)}L${f(cx + 6)} ${f(cy - 6)}L${f(cx)} ${f(cy + 7)}Z"/>`);
      } else {
        out.push(`<circle class="issued" cx="${f(cx)}" cy="${f(cy)}" r="5"/>`);
      }
    }
    out.push('</g>');
  });
  if (compareDates(v.asOf, v.from) >= 0 && compareDates(v.asOf, v.to) <= 0) {
    const ax = (x(v.asOf) + x(v.asOf, true)) / 2;
    out.push(`<line class="asof-line" x1="${f(ax)}" y1="22" x2="${f(ax)}" y2="${height - 6}"/>`);
    out.push(`<text class="asof-text" x="${f(ax + 4)}" y="34">${escapeHtml(`${pick(o.lang)('Tính đến', 'As of')} ${toVN(v.asOf)}`)}</text>`);
  }
  const aria = `${scheduleHeading(v, o.lang)}: ${t('dòng thời gian', 'timeline')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" role="img" aria-label="${escapeHtml(aria)}">\n${out.join('\n')}\n</svg>`;
}

/** The ordinal and its mark beside an anniversary, the state beside a deadline. */
function sideNote(i: ScheduleItem, o: RenderContext): string {
  const mark = markText(i, o.lang);
  if (i.type === 'anniversary') return [i.years ? pick(o.lang)(`${i.years} năm`, `${i.years} years`) : '', mark ? `★ ${mark}` : ''].filter(Boolean).join(' · ');
  if (isDeadline(i)) return stateText(i, o.lang);
  if (i.type === 'event' && i.provisional) return pick(o.lang)('ngày dự kiến', 'provisional date');
  if (i.type === 'event' && i.planned) return pick(o.lang)(`dự kiến ${rangeVN(i.planned.from, i.planned.to)}`, `planned ${rangeVN(i.planned.from, i.planned.to)}`);
  return '';
}

function labelOf(i: ScheduleItem, o: RenderContext): string {
  const t = pick(o.lang);
  if (i.type === 'anniversary' && i.years) return `${t(`${i.years} năm`, `${i.years} years`)} ${i.title}`;
  if (i.type === 'plan-issued') return `${t('Ban hành kế hoạch', 'Plan issued')} ${i.id}`;
  if (isDeadline(i)) return `${t('Hạn', 'Due')}: ${i.title}`;
  return i.title;
}

function legend(o: RenderContext): string {
  const t = pick(o.lang);
  const key = (color: string, text: string): string => `<span class="key" style="background:${color}"></span>${text}`;
  return [
    key('#0969da', t('Đợt thi đua', 'Phase')),
    key('#bf8700', t('Phong trào thường xuyên', 'Regular movement')),
    key('#8c959f', t('Phong trào theo chuyên đề', 'Thematic movement')),
    key('#1a7f37', t('Ngày kỷ niệm', 'Anniversary')),
    key('#cf222e', t('Năm tròn / quá hạn', 'Round year / overdue')),
    key('#bc4c00', t('Năm lẻ 5', 'Year ending in 5')),
    key('#6639ba', t('Thời hạn', 'Deadline')),
  ].join('');
}

export function scheduleHtml(v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const heading = scheduleHeading(v, o.lang);
  const rows = v.items.map((i) => {
    const cls = [i.state, i.round ? 'round' : '', i.five ? 'five' : ''].filter(Boolean).join(' ');
    return `<tr class="${cls}"><td class="date">${escapeHtml(itemDays(i, o.lang))}</td><td class="type">${escapeHtml(typeLabel(i.type, o.lang))}</td><td class="what">${escapeHtml(itemTitle(i, o.lang))}</td><td>${escapeHtml(noteText(i, v, o.lang))}</td><td class="state">${escapeHtml(stateText(i, o.lang))}</td></tr>`;
  });
  const table = v.items.length
    ? `<table>\n<thead><tr><th>${t('Ngày', 'Date')}</th><th>${t('Loại', 'Type')}</th><th>${t('Nội dung', 'What')}</th><th>${t('Ghi chú', 'Notes')}</th><th>${t('Tình trạng', 'State')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
    : `<p>${t('Không có mục nào trong khoảng này.', 'Nothing in this range.')}</p>`;
  return `<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(heading)}</h1>
<p class="sub">${escapeHtml(v.plan.title)}${v.plan.issuer ? ` — ${escapeHtml(v.plan.issuer)}` : ''}</p>
<p class="asof">${escapeHtml(asOfText(v.asOf, o.lang))} · ${t('từ', 'from')} ${rangeVN(v.from, v.to)}</p>
</header>
<figure>
${timeline(v, o)}
<figcaption>${legend(o)}</figcaption>
</figure>
${table}
</body>
</html>
`;
}
