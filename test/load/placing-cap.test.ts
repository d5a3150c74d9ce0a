import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MAX_PER_FILE } from '../../src/diagnostics/cap.js';
import { MAX_PLACED_BYTES } from '../../src/load/read.js';
import { fakeIO } from '../helpers/fake-io.js';

interface Finding {
  code: string;
  severity: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

const head = 'thidua: 1\nkind: units\nunits:\n';

/** `text`, then a comment that brings the file to exactly `bytes` (cheap for every parser). */
function sized(text: string, bytes: number): string {
  const room = bytes - Buffer.byteLength(text) - 2;
  expect(room).toBeGreaterThan(0);
  return `${text}#${' '.repeat(room)}\n`;
}

async function findings(text: string, lang: 'vi' | 'en' = 'en'): Promise<{ code: number; list: Finding[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-placing-'));
  writeFileSync(join(dir, 'units.yaml'), text);
  const f = fakeIO({ cwd: dir });
  const code = await main(['validate', 'units.yaml', '--format', 'json', '--lang', lang], f.io);
  return { code, list: (JSON.parse(f.out()) as { diagnostics: Finding[] }).diagnostics };
}

describe('files too large for the full parser', () => {
  const badKey = `${head}  - id: a\n    name: A\n    kind: so\n    bad: 1\n`;

  it('places a schema finding in a file of exactly MAX_PLACED_BYTES', async () => {
    const text = sized(badKey, MAX_PLACED_BYTES);
    expect(Buffer.byteLength(text)).toBe(MAX_PLACED_BYTES);
    const r = await findings(text);
    expect(r.list.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['7:5 schema/unknown-property']);
  });

  it('one byte more, in the plain YAML the fast reader reads: the same schema finding, placed by that reader', async () => {
    const r = await findings(sized(badKey, MAX_PLACED_BYTES + 1));
    expect(r.code).toBe(1);
    expect(r.list.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(['7:5 schema/unknown-property Unknown field "bad".']);
    expect(r.list).toEqual((await findings(sized(badKey, MAX_PLACED_BYTES))).list);
  });

  it('one byte more, in YAML the fast reader does not read (an anchor): one finding at 1:1 that says to split the file, in the user language', async () => {
    const text = sized(badKey.replace('name: A', 'name: &n A'), MAX_PLACED_BYTES + 1);
    const en = await findings(text, 'en');
    expect(en.code).toBe(1);
    expect(en.list.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message} ${d.hint}`)).toEqual([
      `1:1 error load/too-large-to-place The file (${MAX_PLACED_BYTES + 1} bytes) is not in the plain YAML plan files are written in (for example it has a YAML mistake, a tab, anchors, tags, or a mapping of over 1000 keys); a file over 1 MiB is read only in that form, so its problems cannot be placed. Split it into files under 1 MiB (several units files in one folder are read together) and run again to see each problem.`,
    ]);
    const vi = await findings(text, 'vi');
    expect(vi.list.map((d) => `${d.code} ${d.message}`)).toEqual([
      `load/too-large-to-place Tệp ${MAX_PLACED_BYTES + 1} byte không viết ở dạng YAML đơn giản của tệp kế hoạch (ví dụ có lỗi cú pháp YAML, tab, neo/bí danh, thẻ, hoặc một ánh xạ hơn 1000 khoá); tệp trên 1 MiB chỉ được đọc ở dạng đó, nên không chỉ ra được lỗi nằm ở đâu.`,
    ]);
  });

  it('a clean file over it still passes', async () => {
    const r = await findings(sized(`${head}  - id: a\n    name: A\n    kind: so\n`, MAX_PLACED_BYTES * 3));
    expect(r).toEqual({ code: 0, list: [] });
  });

  it("a rule's findings in a clean file over it are placed where the value is written, as in a smaller file", async () => {
    const n = MAX_PER_FILE + 7;
    const units = Array.from({ length: n }, (_, i) => `  - { id: u${i}, name: U, kind: so, parent: nobody${i} }\n`).join('');
    const body = `${head}# a comment at column 0 changes no position\n${units}`;
    const large = await findings(sized(body, MAX_PLACED_BYTES + 1));
    const small = await findings(body);
    expect(large.code).toBe(1);
    // MAX_PER_FILE of the rule's and the count of the rest; no note about placing.
    expect(large.list).toHaveLength(MAX_PER_FILE + 1);
    expect(large.list.some((d) => d.code === 'load/not-placed')).toBe(false);
    const lines = body.split('\n');
    const rules = large.list.filter((d) => d.code === 'unit-references-resolve');
    expect(rules).toHaveLength(MAX_PER_FILE);
    for (const d of rules) {
      const i = Number(/nobody(\d+)/.exec(d.message)![1]);
      expect(d.line).toBe(lines.indexOf(`  - { id: u${i}, name: U, kind: so, parent: nobody${i} }`) + 1);
      expect(d.column).toBe(lines[d.line - 1]!.indexOf(`nobody${i}`) + 1);
    }
    expect(large.list.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(small.list.map((d) => `${d.line}:${d.column} ${d.code}`));
  });

  it("where comment lines keep the fast reader from placing, the findings sit at 1:1 with the note kept past the cap", async () => {
    const n = MAX_PER_FILE + 7;
    const units = Array.from({ length: n }, (_, i) => `  - { id: u${i}, name: U, kind: so, parent: nobody }\n`).join('');
    // A comment indented deeper than the line after it: `yaml` stretches the item above over it.
    const text = sized(`${head}${units}      # deeper than the next line\n  - { id: last, name: U, kind: so }\n`, MAX_PLACED_BYTES + 1);
    for (const lang of ['en', 'vi'] as const) {
      const r = await findings(text, lang);
      expect(r.code).toBe(1);
      // MAX_PER_FILE of the rule's, the note and the count of the rest, all at 1:1 (sorted by severity, then code).
      expect(r.list).toHaveLength(MAX_PER_FILE + 2);
      expect(r.list.every((d) => d.line === 1 && d.column === 1)).toBe(true);
      const rules = r.list.filter((d) => d.code === 'unit-references-resolve');
      // The same sentence at the same place, for different units: not merged as duplicates.
      expect(rules).toHaveLength(MAX_PER_FILE);
      expect(new Set(rules.map((d) => d.message)).size).toBe(1);
      const note = r.list.find((d) => d.code === 'load/not-placed');
      const more = r.list.find((d) => d.code === 'more-findings');
      expect(note).toMatchObject({ severity: 'info' });
      expect(more).toMatchObject({ severity: 'error' });
      if (lang === 'en') {
        expect(note!.message).toBe(
          "This file's problems are reported at line 1: it is over 1 MiB, too large to be parsed in full, and has a comment line where the fast reader cannot place around it (indented deeper than the line after it, or right under an empty key); each message still names the offending value.",
        );
        expect(more!.message).toBe(`7 more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`);
      } else {
        expect(note!.message).toBe(
          'Các vấn đề của tệp này được ghi ở dòng 1: tệp lớn hơn 1 MiB nên không được phân tích đầy đủ, và có dòng chú thích (#) ở chỗ bộ đọc nhanh không định vị theo được (thụt vào sâu hơn dòng ngay sau nó, hoặc ngay dưới một khoá để trống); mỗi thông báo vẫn nêu giá trị sai.',
        );
        expect(more!.message).toBe(`Còn 7 vấn đề nữa trong tệp này không được liệt kê (chỉ hiện ${MAX_PER_FILE} vấn đề đầu tiên của mỗi tệp).`);
      }
    }
  });

  it('schema errors in a file over it whose comment lines keep the fast reader from placing: at 1:1, with the note', async () => {
    const units = Array.from({ length: MAX_PER_FILE + 7 }, (_, i) => `  - { id: u${i}, name: U, kind: so, bad: 1 }\n`).join('');
    const text = sized(`${head}${units}      # deeper than the next line\n  - { id: last, name: U, kind: so }\n`, MAX_PLACED_BYTES + 1);
    const r = await findings(text);
    expect(r.code).toBe(1);
    expect(r.list.every((d) => d.line === 1 && d.column === 1)).toBe(true);
    expect(r.list.filter((d) => d.code === 'schema/unknown-property')).toHaveLength(MAX_PER_FILE);
    expect(r.list.filter((d) => d.code === 'load/not-placed')).toHaveLength(1);
    expect(r.list.find((d) => d.code === 'more-findings')!.message).toBe(`About 7 more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`);
  });
});
