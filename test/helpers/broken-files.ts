import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const units = 'thidua: 1\nkind: units\nunits:\n  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }\n';
const plan = (extra = ''): string =>
  `thidua: 1\nkind: plan\nid: 01/KH-STP\ntitle: Kế hoạch\nissuer: so-tu-phap\nissued: 2018-01-10\nyear: 2018\n${extra}`;

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
  const prev = String.fromCharCode(97 + i);
  bomb.push(`${n}: &${n} [${Array(9).fill('*' + prev).join(', ')}]`);
}

/**
 * Every kind of broken input the issue names, each with the code and position
 * its first error must have. Written to a fresh folder beside a valid plan, so
 * a test also sees that one bad file never stops the others.
 */
export const brokenCases: { name: string; content: string | Buffer; code: string; line: number; column: number }[] = [
  { name: 'invalid-yaml.yaml', content: 'thidua: 1\nkind: plan\nid: [01/KH-STP\n', code: 'yaml/bad-indent', line: 3, column: 5 },
  { name: 'tab-indent.yaml', content: 'thidua: 1\nkind: units\nunits:\n\t- { id: tab-a, name: A, kind: so }\n', code: 'yaml/tab-as-indent', line: 4, column: 1 },
  { name: 'unclosed-quote.yaml', content: 'thidua: 1\nkind: plan\ntitle: "Kế hoạch\nyear: 2018\n', code: 'yaml/missing-char', line: 3, column: 8 },
  { name: 'wrong-type.yaml', content: plan().replace('year: 2018', 'year: hai nghìn'), code: 'schema/type', line: 7, column: 7 },
  { name: 'missing-field.yaml', content: plan().replace('year: 2018\n', ''), code: 'schema/required', line: 1, column: 1 },
  { name: 'alias-bomb.yaml', content: 'thidua: 1\nkind: units\n' + bomb.join('\n') + '\n', code: 'yaml/alias-limit', line: 4, column: 8 },
  { name: 'empty.yaml', content: '', code: 'load/empty', line: 1, column: 1 },
  { name: 'binary.yaml', content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]), code: 'load/binary', line: 1, column: 7 },
  { name: 'colon-in-value.yaml', content: 'thidua: 1\nkind: plan\ntitle: Kỷ niệm: 88 năm\n', code: 'yaml/block-as-implicit-key', line: 3, column: 8 },
  { name: 'duplicate-key.yaml', content: 'thidua: 1\nkind: units\nkind: units\nunits: []\n', code: 'yaml/duplicate-key', line: 3, column: 1 },
  { name: 'impossible-date.yaml', content: plan().replace('2018-01-10', '2018-02-30').replace('01/KH-STP', '02/KH-STP'), code: 'dates-exist', line: 6, column: 9 },
  { name: 'latin1.yaml', content: Buffer.from('thidua: 1\nkind: units\nunits:\n  - { id: a, name: "Tr\xe0 Vinh", kind: so }\n', 'latin1'), code: 'load/not-utf8', line: 4, column: 23 },
  { name: 'utf16.yaml', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(units, 'utf16le')]), code: 'load/utf16', line: 1, column: 1 },
  { name: 'control-char.yaml', content: units.replace('Sở Tư pháp', 'Sở Tư\x1b[31m pháp').replace('so-tu-phap', 'ctl-unit'), code: 'load/control-char', line: 4, column: 32 },
  { name: 'bidi.yaml', content: units.replace('Sở Tư pháp', 'Sở \u202eTư pháp').replace('so-tu-phap', 'bidi-unit'), code: 'load/control-char', line: 4, column: 31 },
  { name: 'tcvn3.yaml', content: 'thidua: 1\nkind: units\nunits:\n  - { id: a, name: "KÕ ho¹ch thi ®ua", kind: so }\n', code: 'load/legacy-encoding', line: 4, column: 20 },
];

/** Valid files with awkward encodings: they load, with at most a warning. */
export const awkwardCases: { name: string; content: string | Buffer; code?: string }[] = [
  // Found by walking the folder, not named: another tool's YAML is skipped with a note.
  { name: 'not-thidua.yaml', content: 'name: docs\nversion: 2\n', code: 'load/skipped' },
  { name: 'bom.yaml', content: '\ufeff' + units.replace('so-tu-phap', 'bom-unit'), code: 'load/bom' },
  { name: 'crlf.yaml', content: units.replace(/\n/g, '\r\n').replace('so-tu-phap', 'crlf-unit') },
  { name: 'nfd.yaml', content: units.replace('so-tu-phap', 'nfd-unit').replace('Sở Tư pháp', 'Sở Tư pháp'.normalize('NFD')), code: 'load/not-nfc' },
];

export function writeBrokenWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-broken-'));
  writeFileSync(join(dir, 'units.yaml'), units);
  writeFileSync(join(dir, 'plan.yaml'), plan());
  for (const c of [...brokenCases, ...awkwardCases]) writeFileSync(join(dir, c.name), c.content);
  return dir;
}
