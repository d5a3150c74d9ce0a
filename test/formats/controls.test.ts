import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { buildSchedule, type ScheduleView } from '../../src/views/schedule.js';
import { scheduleCsv } from '../../src/formats/schedule-csv.js';
import { scheduleHtml } from '../../src/formats/schedule-html.js';
import { scheduleIcs } from '../../src/formats/schedule-ics.js';
import { scheduleMarkdown } from '../../src/formats/schedule-markdown.js';
import { scheduleMermaid } from '../../src/formats/schedule-mermaid.js';
import { scheduleTable } from '../../src/formats/schedule-table.js';
import { loadPlanWs, tienGiangDir } from '../helpers/plan-ws.js';

// Every character the loader reports as load/control-char, one of each class.
const HOSTILE = 'A\x1b[31mB\x07C\x0bD\x7fE\x85F\x9bG\u202eH\u2066I\u2069J';
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function hostile(): ScheduleView {
  const v = buildSchedule({ ...loadPlanWs(tienGiangDir), asOf: parseDate('2018-07-15')! });
  return { ...v, plan: { ...v.plan, title: HOSTILE }, items: v.items.map((i) => ({ ...i, title: HOSTILE })) };
}

describe('raw control characters never reach an output', () => {
  const v = hostile();
  const ctx = { lang: 'vi' as const, color: false };
  const outputs: [string, string][] = [
    ['csv', scheduleCsv(v, ctx)],
    ['ics', scheduleIcs(v, ctx)],
    ['html', scheduleHtml(v, ctx)],
    ['markdown', scheduleMarkdown(v, ctx)],
    ['mermaid', scheduleMermaid(v, ctx)],
    ['terminal', scheduleTable(v, ctx)],
  ];
  for (const [name, out] of outputs) {
    it(`${name}: no C0, DEL, C1 or bidi control left, the letters kept`, () => {
      expect(out).not.toMatch(RAW);
      // The text around them survives (escaped for the format): only the controls went.
      expect(out).toMatch(/A.*B.*C.*D.*E.*F.*G.*H.*I.*J/s);
    });
  }
  it('the terminal shows them as escapes, so the clerk can see something is there', () => {
    expect(scheduleTable(v, ctx)).toContain('\\x1b');
  });
});
