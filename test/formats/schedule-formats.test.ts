import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { buildSchedule, isDeadline, type ScheduleView } from '../../src/views/schedule.js';
import { escapeMermaid } from '../../src/formats/escape.js';
import { scheduleCsv, scheduleCsvColumns } from '../../src/formats/schedule-csv.js';
import { scheduleHtml } from '../../src/formats/schedule-html.js';
import { scheduleJson } from '../../src/formats/schedule-json.js';
import { scheduleMarkdown } from '../../src/formats/schedule-markdown.js';
import { scheduleMermaid } from '../../src/formats/schedule-mermaid.js';
import { scheduleTable } from '../../src/formats/schedule-table.js';
import { csvRecords } from '../helpers/csv.js';
import { dongThapDir, loadPlanWs, phuThoDir, tienGiangDir } from '../helpers/plan-ws.js';

const view = (dir: string, asOf: string): ScheduleView => buildSchedule({ ...loadPlanWs(dir), asOf: parseDate(asOf)! });
const tg = view(tienGiangDir, '2018-07-15');
const pt = view(phuThoDir, '2030-04-15');

/** A copy of a view whose first anniversary carries hostile text. */
function hostile(v: ScheduleView, title: string): ScheduleView {
  return { ...v, items: v.items.map((i) => (i.type === 'anniversary' && i.id === 'thanh-lap-dang' ? { ...i, title } : i)) };
}

interface JsonItem {
  type: string;
  id: string;
  title: string;
  start: string;
  end: string;
  years?: number;
  round?: boolean;
  five?: boolean;
  phase?: string;
  owner?: unknown;
  state: string;
  days: number;
}

describe('schedule as JSON', () => {
  it('keeps the contract: plan, year, asOf and items with ISO dates and inclusive ends', () => {
    const j = JSON.parse(scheduleJson(tg)) as { plan: string; year: number; asOf: string; items: JsonItem[] };
    expect([j.plan, j.year, j.asOf]).toEqual(['06/KH-STP', 2018, '2018-07-15']);
    const anns = j.items.filter((i) => i.type === 'anniversary');
    expect(anns.map((i) => [i.start, i.end, i.years, i.round])).toEqual([
      ['2018-02-03', '2018-02-03', 88, false],
      ['2018-04-30', '2018-04-30', 43, false],
      ['2018-05-19', '2018-05-19', 128, false],
      ['2018-06-11', '2018-06-11', 70, true],
      ['2018-08-28', '2018-08-28', 73, false],
      ['2018-09-02', '2018-09-02', 73, false],
    ]);
    const dot1 = j.items.find((i) => i.type === 'phase' && i.id === 'dot-1')!;
    expect([dot1.start, dot1.end, dot1.state]).toEqual(['2018-01-01', '2018-06-30', 'closed']);
    for (const i of j.items) {
      expect(['plan-issued', 'phase', 'anniversary', 'movement', 'milestone']).toContain(i.type);
      expect(i.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(i.end >= i.start).toBe(true);
    }
  });

  it('gives a milestone its owner as the plan writes it', () => {
    const j = JSON.parse(scheduleJson(pt)) as { items: JsonItem[] };
    const reg = j.items.find((i) => i.id === 'dang-ky')!;
    expect([reg.owner, reg.state, reg.phase]).toEqual([{ kind: 'phong-chuyen-mon' }, 'done', 'dot-xuan']);
  });
});

describe('schedule as CSV', () => {
  it('parses back with Vietnamese headers, words and dd/mm/yyyy dates, one row per item', () => {
    const rows = csvRecords(scheduleCsv(pt, { lang: 'vi', color: false }));
    expect(Object.keys(rows[0]!)).toEqual([...scheduleCsvColumns('vi')]);
    expect(rows).toHaveLength(pt.items.length);
    const movement = rows.find((r) => r['Mã'] === 'day-tot-hoc-tot')!;
    expect([movement['Tên'], movement['Loại']]).toEqual(['Thi đua "Dạy tốt; học tốt": đổi mới # phương pháp <dạy> & học', 'Phong trào']);
    const five = rows.find((r) => r['Mã'] === 'giai-phong-mien-nam')!;
    expect([five['Từ ngày'], five['Số năm'], five['Năm tròn'], five['Năm lẻ 5'], five['Đợt'], five['Tính đến ngày']]).toEqual(['30/04/2030', '55', 'không', 'có', 'dot-xuan', '15/04/2030']);
    const reg = rows.find((r) => r['Mã'] === 'dang-ky')!;
    expect([reg['Đơn vị'], reg['Tên đơn vị'], reg['Trạng thái']]).toEqual(['kind:phong-chuyen-mon', 'Phòng Giáo dục thường xuyên; Phòng Khảo thí và Quản lý chất lượng', 'đã xong']);
    expect(JSON.stringify(rows)).not.toMatch(/\b(true|false|closed|done)\b/);
  });

  it('speaks English with --lang en, keeping the dates as dd/mm/yyyy', () => {
    const rows = csvRecords(scheduleCsv(pt, { lang: 'en', color: false }));
    expect(Object.keys(rows[0]!)).toEqual([...scheduleCsvColumns('en')]);
    const five = rows.find((r) => r.ID === 'giai-phong-mien-nam')!;
    expect([five.Type, five.Start, five['Round year'], five['Year ending in 5'], five['As of']]).toEqual(['Anniversary', '30/04/2030', 'no', 'yes', '15/04/2030']);
    expect(rows.find((r) => r.ID === 'dang-ky')!.State).toBe('done');
  });

  it('splits on the separator asked for, quoting cells that contain it', () => {
    for (const sep of [';', '\t'] as const) {
      const text = scheduleCsv(pt, { lang: 'vi', color: false, sep });
      expect(text.split('\r\n')[0]).toBe(`\ufeff${scheduleCsvColumns('vi').join(sep)}`);
      const rows = csvRecords(text, sep);
      expect(rows).toHaveLength(pt.items.length);
      expect(rows.find((r) => r['Mã'] === 'day-tot-hoc-tot')!['Tên']).toBe('Thi đua "Dạy tốt; học tốt": đổi mới # phương pháp <dạy> & học');
    }
  });

  it('defuses a title a spreadsheet would run as a formula', () => {
    const rows = csvRecords(scheduleCsv(hostile(tg, '=HYPERLINK("http://x","y")'), { lang: 'vi', color: false, sep: ';' }), ';');
    expect(rows.find((r) => r['Mã'] === 'thanh-lap-dang')!['Tên']).toBe(`'=HYPERLINK("http://x","y")`);
  });
});

describe('schedule as Mermaid', () => {
  const text = scheduleMermaid(pt, { lang: 'vi', color: false, output: 'lich.mmd' });

  it('is a gantt with explicit ISO dates, a section per phase and per movement', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['gantt', expect.stringMatching(/^ {4}title /)]);
    expect(text).toContain('    dateFormat YYYY-MM-DD');
    expect(text).toContain('    todayMarker off');
    const sections = text.split('\n').filter((l) => l.startsWith('    section '));
    expect(sections).toEqual([
      '    section Đợt thi đua mùa xuân',
      '    section Đợt thi đua mùa hè',
      '    section Đợt thi đua cuối năm',
      '    section Phong trào chuyen-doi-so',
      '    section Phong trào day-tot-hoc-tot',
    ]);
    expect(text).toMatch(/ {4}Đợt thi đua mùa xuân :active, t\d+, 2030-01-01, 2030-04-30\n/);
    // Anniversaries and deadlines are milestones on their day.
    expect(text).toMatch(/Kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam ★ năm tròn :milestone, t\d+, 2030-02-03, 0d\n/);
    expect(text).toMatch(/Hạn 15\/03\/2030 · Đăng ký thi đua năm 2030 :milestone, done, t\d+, 2030-03-15, 0d\n/);
    // A multi-year movement is clipped to the year, and says so.
    expect(text).toMatch(/Chuyển đổi số trong nhà trường giai đoạn 2029-2031 \(2029–2031\) :active, t\d+, 2030-01-01, 2030-12-31\n/);
  });

  it('leaves exactly one colon on every task line, whatever the names hold', () => {
    const tasks = text.split('\n').filter((l) => /^ {4}(?!section |title |dateFormat|axisFormat|inclusiveEndDates|todayMarker)\S/.test(l));
    expect(tasks.length).toBe(pt.items.length);
    for (const t of tasks) {
      expect(t.split(':')).toHaveLength(2);
      // Outside Mermaid's entity codes (#58;), nothing that ends, comments or marks up.
      expect(t.replace(/#\d+;/g, '')).not.toMatch(/[;%<>#]/);
    }
    expect(text).toContain('Thi đua "Dạy tốt#59; học tốt"#58; đổi mới #35; phương pháp #60;dạy#62; & h…');
  });

  it('fences the chart for Markdown, on stdout or in any file but .mmd and .mermaid', () => {
    for (const output of [undefined, 'lich.md', 'LICH.MMD.txt']) {
      const fenced = scheduleMermaid(pt, { lang: 'vi', color: false, ...(output && { output }) });
      expect(fenced.startsWith('```mermaid\ngantt\n')).toBe(true);
      expect(fenced.endsWith('\n```\n')).toBe(true);
    }
    expect(scheduleMermaid(pt, { lang: 'vi', color: false, output: 'out/LICH.Mermaid' }).startsWith('gantt\n')).toBe(true);
  });
});

describe('escapeMermaid', () => {
  it.each([
    ['a: b; c # d %% e', 'a#58; b#59; c #35; d #37;#37; e'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ['title Trick', '\u200btitle Trick'],
    ['Section 2', '\u200bSection 2'],
    ['<b>x</b>', '#60;b#62;x#60;/b#62;'],
    ['#35;', '#35;35#59;'],
    ['Đợt 1', 'Đợt 1'],
  ])('%j → %j', (input, want) => {
    expect(escapeMermaid(input)).toBe(want);
  });
});

describe('schedule as HTML', () => {
  const html = scheduleHtml(pt, { lang: 'vi' });

  it('is one self-contained page with an SVG timeline, the table and print styles', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1200 \d+"/);
    expect(html).toContain('@media print');
    expect(html).toContain('Tính đến ngày 15/04/2030');
    // Nothing to fetch: no script, no stylesheet link, no src, no url().
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|url\(|@import/i);
    const hrefs = html.match(/href=/g) ?? [];
    expect(hrefs).toEqual([]);
    expect((html.match(/<tr class=/g) ?? []).length).toBe(pt.items.length);
    // One diamond per anniversary, one triangle per deadline.
    expect((html.match(/<path class="ann/g) ?? []).length).toBe(pt.items.filter((i) => i.type === 'anniversary').length);
    expect((html.match(/<path class="ms /g) ?? []).length).toBe(pt.items.filter(isDeadline).length);
  });

  it('escapes user text in the SVG and in the table', () => {
    expect(html).not.toContain('<dạy>');
    expect(html).toContain('&lt;dạy&gt; &amp; học');
    const evil = scheduleHtml(hostile(tg, '</text><script>alert(1)</script>'), { lang: 'en' });
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;/text&gt;&lt;script&gt;');
  });
});

describe('schedule as Markdown and as a table', () => {
  it('prints a Markdown table with the as-of day, bolding round years', () => {
    const md = scheduleMarkdown(tg, { lang: 'vi' });
    expect(md).toContain('_Tính đến ngày 15/07/2018 · từ 01/01/2018 – 31/12/2018_');
    expect(md).toContain('| 11/06/2018 | Ngày kỷ niệm | **Kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua Ái quốc \\(11/06/1948 – 11/06/2018\\)** | năm tròn · Đợt 1 | đã qua |');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(tg.items.length + 1);
    const en = scheduleMarkdown(hostile(tg, 'a | b'), { lang: 'en' });
    expect(en).toContain('88th anniversary of a \\| b');
    expect(en).toContain('_As of 15/07/2018');
  });

  it('colours the table only when asked, and never lets user text drive the terminal', () => {
    const v = view(dongThapDir, '2026-11-20');
    const plain = scheduleTable(v, { lang: 'vi', color: false });
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('Tính đến ngày 20/11/2026');
    expect(plain).toContain('quá hạn 7 ngày');
    const coloured = scheduleTable(v, { lang: 'vi', color: true });
    expect(coloured).toContain('\x1b[31m');
    const evil = scheduleTable(hostile(tg, 'x\x1b]8;;http://evil\x07y'), { lang: 'vi', color: false, width: 200 });
    expect(evil).not.toContain('\x1b');
    expect(evil).toContain('\\x1b]8;;http://evil\\x07y');
  });
});
