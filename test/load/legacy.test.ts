import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromTcvn3, fromVni, legacyFile, legacyText, findLookalikeD, mayHoldLegacy } from '../../src/load/legacy.js';
import { loadFile } from '../../src/load/load.js';

describe('legacy encodings', () => {
  it('converts real TCVN3 (ABC) phrases', () => {
    expect(fromTcvn3('KÕ ho¹ch thi ®ua n¨m 2018')).toBe('Kế hoạch thi đua năm 2018');
    expect(fromTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(fromTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(fromTcvn3('UBND TØNH TIÒN GIANG')).toBe('UBND TỈNH TIỀN GIANG');
  });

  it('converts real VNI phrases', () => {
    expect(fromVni('Keá hoaïch thi ñua naêm 2018')).toBe('Kế hoạch thi đua năm 2018');
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(fromVni('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN');
    expect(fromVni('Sôû Tö phaùp, ngöôøi')).toBe('Sở Tư pháp, người');
  });

  it('tells the two apart per string, whichever reads as Vietnamese syllables', () => {
    expect(legacyText('KÕ ho¹ch thi ®ua')).toEqual({ encoding: 'tcvn3', converted: 'Kế hoạch thi đua' });
    expect(legacyText('Keá hoaïch thi ñua')).toEqual({ encoding: 'vni', converted: 'Kế hoạch thi đua' });
    expect(legacyText('Coäng hoøa xaõ hoäi')?.encoding).toBe('vni');
  });

  it('leaves Unicode Vietnamese and foreign words alone', () => {
    for (const t of ['Xã Hòa Khánh', 'Hoà Khánh, Khoá học', 'Kế hoạch thi đua năm 2018', 'Müller Café', 'Trà Vinh', 'São Paulo', '© 2018', 'Ðồng Tháp']) {
      expect(legacyText(t), t).toBeUndefined();
    }
  });

  it('one pasted TCVN3 title in a Unicode file is an error at that title, showing the converted text', () => {
    const text = 'thidua: 1\nkind: units\nunits:\n  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }\n  - { id: ubnd, name: "UBND TØNH", kind: ubnd-tinh }\n';
    const d = loadFile('-', { lang: 'vi', cwd: process.cwd(), stdin: text }).diagnostics.filter((x) => x.code === 'load/legacy-encoding');
    expect(d.map((x) => [x.line, x.column])).toEqual([[5, 23]]);
    expect(d[0]!.message).toContain('TCVN3 (ABC)');
    expect(d[0]!.message).toContain('"UBND TỈNH"');
  });

  it('a whole file in raw TCVN3 or VNI bytes is named as such, at the first such letter, and still read', () => {
    const tcvn = Buffer.from('thidua: 1\nkind: plan\n# KÕ ho¹ch thi ®ua\ntitle: KÕ ho¹ch thi ®ua n¨m 2018\n', 'latin1');
    expect(legacyFile(tcvn)?.encoding).toBe('tcvn3');
    const vni = Buffer.from('thidua: 1\nkind: plan\ntitle: Keá hoaïch thi ñua naêm 2018\n', 'latin1');
    expect(legacyFile(vni)).toMatchObject({ encoding: 'vni', converted: 'thidua: 1\nkind: plan\ntitle: Kế hoạch thi đua năm 2018\n' });
    expect(legacyFile(Buffer.from('name: "Tr\xe0 Vinh"\n', 'latin1'))).toBeUndefined();
  });

  it('finds the look-alike Ð', () => {
    expect(findLookalikeD('Ðồng Tháp, Đồng Nai')).toEqual([0]);
  });
});

describe('a raw TCVN3 file through the loader', () => {
  it('is one finding at the first legacy letter, and its text is read converted', () => {
    const bytes = Buffer.from('thidua: 1\nkind: plan\ntitle: KÕ ho¹ch thi ®ua n¨m 2018\n', 'latin1');
    const dir = mkdtempSync(join(tmpdir(), 'thidua-tcvn3-'));
    writeFileSync(join(dir, 'plan.yaml'), bytes);
    const f = loadFile(join(dir, 'plan.yaml'), { lang: 'en', cwd: dir });
    const d = f.diagnostics.filter((x) => x.code.startsWith('load/'));
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([['load/legacy-file', 3, 9]]);
    expect(d[0]!.message).toContain('TCVN3 (ABC)');
    expect(f.text).toContain('Kế hoạch thi đua năm 2018');
  });
});

describe('mayHoldLegacy', () => {
  // The Latin-1 letters Vietnamese writes in Unicode; every other character from U+00A1 to U+00FF hints at TCVN3 or VNI.
  const vietnamese = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
  it('flags exactly the Latin-1 characters Vietnamese does not use, alone and inside text', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      const want = c >= 0xa1 && c <= 0xff && !vietnamese.has(ch);
      expect(mayHoldLegacy(ch), `U+${c.toString(16)}`).toBe(want);
      expect(mayHoldLegacy(`Kế hoạch ${ch} năm`), `U+${c.toString(16)} in text`).toBe(want);
    }
    expect(mayHoldLegacy('')).toBe(false);
  });
});
