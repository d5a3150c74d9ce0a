/** A strict RFC 4180 reader for tests: parses what the CSV formats write, BOM and all, with `--sep`'s separator. */
export function parseCsv(text: string, sep = ','): string[][] {
  if (!text.startsWith('\ufeff')) throw new Error('no BOM');
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        cell += ch;
        i++;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === sep) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted || cell !== '' || row.length) throw new Error('unterminated last record');
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string, sep = ','): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text, sep);
  if (!head) throw new Error('empty');
  for (const r of rows) if (r.length !== head.length) throw new Error(`row of ${r.length} cells, header of ${head.length}`);
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]!])));
}
