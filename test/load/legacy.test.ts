import { describe, expect, it } from 'vitest';
import { detectLegacy, findLookalikeD } from '../../src/load/legacy.js';

describe('legacy encodings', () => {
  it('recognises TCVN3 (ABC) and VNI mojibake', () => {
    expect(detectLegacy('title: KÕ ho¹ch thi ®ua n¨m 2018')?.encoding).toBe('tcvn3');
    expect(detectLegacy('title: Keá hoaïch thi ñua naêm 2018')?.encoding).toBe('vni');
  });

  it('leaves real Vietnamese alone, even when every letter is in Latin-1', () => {
    for (const t of ['name: Xã Hòa Khánh', 'name: Hoà Khánh, Khoá học', 'Kế hoạch thi đua năm 2018', 'name: Müller Café']) {
      expect(detectLegacy(t), t).toBeUndefined();
    }
  });

  it('finds the look-alike Ð', () => {
    expect(findLookalikeD('Ðồng Tháp, Đồng Nai')).toEqual([0]);
  });
});
