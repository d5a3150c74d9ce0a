/**
 * `thidua schedule --format xlsx`: one sheet, a row per item of the plan year
 * with its ordinal, dates as Excel dates, phase, owners and state on the
 * as-of day. The headers and words follow the run's language.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { ScheduleView } from '../../views/schedule.js';
import { pick, ownersText, windowYears } from '../shared-text.js';
import { itemTitle, markText, stateText, typeLabel } from '../schedule-text.js';
import { xlsxBytes, type SheetSpec } from './kit.js';

export function scheduleSheet(v: ScheduleView, lang: Lang): SheetSpec {
  const t = pick(lang);
  const phaseName = new Map(v.phases.map((p) => [p.id, p.name]));
  return {
    name: v.plan.window ? t(`Lịch ${windowYears(v.plan)}`, `Schedule ${windowYears(v.plan)}`) : t(`Lịch năm ${v.year}`, `Schedule ${v.year}`),
    columns: [
      { header: t('Loại', 'Type') },
      { header: t('Mã', 'ID'), max: 30 },
      { header: t('Nội dung', 'Title'), max: 70 },
      { header: t('Từ ngày', 'Start') },
      { header: t('Đến ngày', 'End') },
      { header: t('Số năm', 'Years') },
      { header: t('Năm tròn / lẻ 5', 'Round / 5') },
      { header: t('Đợt', 'Phase') },
      { header: t('Đơn vị', 'Units'), max: 50 },
      { header: t('Trạng thái', 'State'), max: 30 },
      { header: t('Số ngày', 'Days') },
    ],
    rows: v.items.map((i) => [
      typeLabel(i.type, lang),
      i.id,
      itemTitle(i, lang),
      i.start,
      i.end,
      i.years,
      markText(i, lang) || undefined,
      i.phase ? (phaseName.get(i.phase) ?? i.phase) : undefined,
      i.owners?.length ? ownersText(i.owner, i.owners, lang) : undefined,
      stateText(i, lang),
      i.days,
    ]),
  };
}

export function scheduleXlsx(v: ScheduleView, ctx: { lang: Lang }): Promise<Uint8Array> {
  return xlsxBytes([scheduleSheet(v, ctx.lang)], { title: `${v.plan.id} ${windowYears(v.plan)}` });
}
