import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogue, findEntry, occurrence, ordinal, parseCatalogue, type CatalogueEntry } from '../src/model/catalogue.js';
import { toISO } from '../src/model/date.js';

const entry = (id: string): CatalogueEntry => {
  const e = findEntry(id);
  if (!e) throw new Error(`no catalogue entry ${id}`);
  return e;
};

// A copy of the domain brief's list (shared/domain/anniversaries.yaml), the catalogue's source.
const DOMAIN_YAML = new URL('./fixtures/domain/anniversaries.yaml', import.meta.url);
// Sources thidua adds where the domain list gives none. Two were read in the primary text
// (confidence changed accordingly); the others are secondary, like their entries.
const ADDED_SOURCES: Record<string, string> = {
  'gia-dinh-viet-nam': 'QĐ 72/2001/QĐ-TTg Điều 1',
  'quoc-te-lao-dong': 'Bộ luật Lao động 2019 Điều 112',
  'thay-thuoc-viet-nam': "Thư Chủ tịch Hồ Chí Minh gửi Hội nghị cán bộ y tế (Báo Nhân dân số 362, 27/2/1955); Ngày Thầy thuốc Việt Nam từ năm 1985 (dantri.com.vn)",
  'cong-doan-viet-nam': "Bộ Chính trị quyết định ngày 25/6/1983, Đại hội Công đoàn Việt Nam lần thứ V (11/1983) thông qua (baotayninh.vn)",
  'bao-chi-cach-mang': "QĐ 52-QĐ/TW ngày 05/02/1985 của Ban Bí thư (dangcongsan.vn)",
  'doi-thieu-nien': "TTXVN: 80 năm (15/5/1941 – 15/5/2021) (nvhtn.org.vn)",
  'bien-phong-toan-dan': "NĐ 100/TTg ngày 03/3/1959; Luật Biên giới quốc gia 2003 lấy ngày 3/3 làm Ngày Biên phòng toàn dân",
  'bac-ho-ra-di-tim-duong-cuu-nuoc': "TTXVN: 112 năm (5/6/1911 – 5/6/2023) (infographics.vn)",
  'quoc-te-phu-nu': "Ngày Quốc tế Phụ nữ (International Women’s Day), Liên hợp quốc kỷ niệm từ năm 1975",
};

describe('the shipped catalogue', () => {
  const yamlEntries = parse(readFileSync(DOMAIN_YAML, 'utf8')) as Array<Record<string, unknown>>;

  it('holds the 35 domain entries, the major holidays of NĐ 145/2013 among them', () => {
    const entries = catalogue().slice(0, 35);
    const major = entries.filter((e) => e.kind === 'major').map((e) => e.id);
    expect(major).toEqual([
      'tet-nguyen-dan',
      'thanh-lap-dang',
      'gio-to-hung-vuong',
      'giai-phong-mien-nam',
      'chien-thang-dien-bien-phu',
      'sinh-nhat-bac',
      'cach-mang-thang-tam',
      'quoc-khanh',
    ]);
    expect(entries.filter((e) => e.calendar === 'lunar').map((e) => e.id)).toEqual(['tet-nguyen-dan', 'gio-to-hung-vuong']);
  });

  it('holds every entry of the domain list, with the same facts', () => {
    expect(yamlEntries).toHaveLength(35);
    const entries = catalogue();
    expect(entries.slice(0, 35).map((e) => e.id)).toEqual(yamlEntries.map((y) => y['id']));
    for (const y of yamlEntries) {
      const e = entry(String(y['id']));
      expect(e.title).toBe(y['title']);
      expect(e.kind).toBe(y['kind']);
      expect(e.calendar).toBe(y['calendar'] ?? 'solar');
      expect(e.sector).toBe(y['sector']);
      expect(e.source).toBe(y['source'] ?? ADDED_SOURCES[String(y['id'])]);
      if (!['gia-dinh-viet-nam', 'quoc-te-lao-dong'].includes(String(y['id']))) expect(e.confidence).toBe(y['confidence']);
      if (y['origin'] !== undefined) expect(e.origin && toISO(e.origin)).toBe(y['origin']);
      else expect([e.origin, e.month, e.day]).toEqual([undefined, y['month'], y['day']]);
    }
  });

  it('adds, after them, the days real plans of 2024–2026 commemorate: the first general election and the sectors’ tradition days, each with its source, none marked verified without a primary text', () => {
    const added = catalogue().slice(35);
    expect(added.map((e) => e.id)).toEqual([
      'tong-tuyen-cu',
      'truyen-thong-kiem-sat',
      'truyen-thong-thanh-tra',
      'truyen-thong-tai-chinh',
      'truyen-thong-van-hoa',
      'truyen-thong-noi-vu',
      'truyen-thong-giao-duc',
      'truyen-thong-nong-nghiep',
      'khong-quan-nhan-dan',
      'quan-chung-phong-khong-khong-quan',
    ]);
    for (const e of added) {
      expect(e.confidence, e.id).toBe('secondary');
      expect(e.source?.length ?? 0, e.id).toBeGreaterThan(20);
    }
    // Lạng Sơn 36/KH-VP (2024) and the national launch: 80 năm (06/01/1946 – 06/01/2026).
    expect(occurrence(entry('tong-tuyen-cu'), 2026).years).toBe(80);
    expect(toISO(entry('tong-tuyen-cu').origin!)).toBe('1946-01-06');
    expect(occurrence(entry('truyen-thong-kiem-sat'), 2025).years).toBe(65);
    expect(occurrence(entry('truyen-thong-thanh-tra'), 2025).years).toBe(80);
    expect(entry('truyen-thong-giao-duc').sector).toBe('giao-duc');
    // Education 20/11, health 27/2, police 19/8 and the army 22/12 were already there.
    expect(['nha-giao-viet-nam', 'thay-thuoc-viet-nam', 'cong-an-nhan-dan', 'quan-doi-nhan-dan'].map((id) => { const e = entry(id); return `${e.day}/${e.month}`; })).toEqual(['20/11', '27/2', '19/8', '22/12']);
  });

  it('says where every fact comes from and how sure it is', () => {
    for (const e of catalogue()) {
      expect(['verified', 'secondary'], e.id).toContain(e.confidence);
      expect(e.source?.length ?? 0, e.id).toBeGreaterThan(0);
    }
    expect(entry('thanh-lap-dang').source).toBe('NĐ 145/2013/NĐ-CP Điều 4');
    expect(entry('truyen-thong-luat-su').confidence).toBe('secondary');
  });

  it('stores Vietnamese text in NFC', () => {
    for (const e of catalogue()) expect(e.title, e.id).toBe(e.title.normalize('NFC'));
  });

  it('hands out copies, so a caller cannot reorder the catalogue', () => {
    catalogue().reverse();
    expect(catalogue()[0]?.id).toBe('tet-nguyen-dan');
  });

  it('finds entries by id', () => {
    expect(findEntry('quoc-khanh')?.title).toMatch(/Quốc khánh/);
    expect(findEntry('no-such-day')).toBeUndefined();
  });
});

describe('malformed catalogue data is refused', () => {
  const ok = { id: 'x', title: 'X', kind: 'major', confidence: 'verified', origin: '2000-01-01' };
  it.each([
    ['not an array', '{}'],
    ['a missing title', JSON.stringify([{ ...ok, title: undefined }])],
    ['an unknown kind', JSON.stringify([{ ...ok, kind: 'holiday' }])],
    ['no confidence', JSON.stringify([{ ...ok, confidence: undefined }])],
    ['an impossible origin', JSON.stringify([{ ...ok, origin: '2001-02-29' }])],
    ['neither origin nor day', JSON.stringify([{ ...ok, origin: undefined }])],
    ['origin and month/day', JSON.stringify([{ ...ok, month: 1, day: 1 }])],
    ['a lunar origin', JSON.stringify([{ ...ok, calendar: 'lunar' }])],
    ['a duplicate id', JSON.stringify([ok, ok])],
  ])('%s', (_why, json) => {
    expect(() => parseCatalogue(json)).toThrow();
  });

  it('accepts a well-formed record', () => {
    expect(parseCatalogue(JSON.stringify([ok]))[0]).toMatchObject({ id: 'x', month: 1, day: 1, calendar: 'solar' });
  });
});

describe('occurrences in a year', () => {
  const in2025 = new Map(catalogue().map((e) => [e.id, occurrence(e, 2025)]));
  const get = (id: string) => {
    const o = in2025.get(id);
    if (!o) throw new Error(`no occurrence ${id}`);
    return o;
  };

  // Năm tròn ends in 0, năm lẻ 5 in 5 (domain brief): 95 and 135 are not round.
  it.each([
    ['thanh-lap-dang', 95, '2025-02-03', false, true],
    ['giai-phong-mien-nam', 50, '2025-04-30', true, false],
    ['sinh-nhat-bac', 135, '2025-05-19', false, true],
    ['quoc-khanh', 80, '2025-09-02', true, false],
    ['cach-mang-thang-tam', 80, '2025-08-19', true, false],
    ['chien-thang-dien-bien-phu', 71, '2025-05-07', false, false],
    ['truyen-thong-tu-phap', 80, '2025-08-28', true, false],
  ])('%s: %i năm on %s (round %s, five %s)', (id, years, date, round, five) => {
    const o = get(id);
    expect([o.years, toISO(o.date), o.round, o.five]).toEqual([years, date, round, five]);
  });

  it('the 2025 anniversaries ending in 0 or 5 are the ones plans celebrate', () => {
    const marked = [...in2025.values()].filter((o) => o.round || o.five).map((o) => o.id);
    expect(marked).toEqual(
      expect.arrayContaining(['thanh-lap-dang', 'giai-phong-mien-nam', 'sinh-nhat-bac', 'quoc-khanh']),
    );
    const round = [...in2025.values()].filter((o) => o.round).map((o) => o.id);
    expect(round).toEqual(expect.arrayContaining(['giai-phong-mien-nam', 'quoc-khanh']));
    expect(round).not.toContain('thanh-lap-dang');
  });

  it('matches ordinals quoted in the sources', () => {
    expect(occurrence(entry('loi-keu-goi-thi-dua-ai-quoc'), 2023).years).toBe(75);
    expect(occurrence(entry('quan-doi-nhan-dan'), 2024).years).toBe(80);
    expect(occurrence(entry('quoc-phong-toan-dan'), 2024)).toMatchObject({ years: 35, round: false, five: true });
    expect(occurrence(entry('thanh-lap-dang'), 2018).years).toBe(88);
  });

  it('dates lunar entries through the lunar calendar', () => {
    expect(toISO(get('tet-nguyen-dan').date)).toBe('2025-01-29');
    expect(toISO(get('gio-to-hung-vuong').date)).toBe('2025-04-07');
    expect(toISO(occurrence(entry('tet-nguyen-dan'), 2026).date)).toBe('2026-02-17');
    expect(get('tet-nguyen-dan')).toMatchObject({ round: false, five: false, kind: 'major' });
    expect(get('tet-nguyen-dan').years).toBeUndefined();
  });

  it('gives days without an origin no ordinal', () => {
    const o = get('ngay-phap-luat');
    expect(toISO(o.date)).toBe('2025-11-09');
    expect(o).toMatchObject({ round: false, five: false, sector: 'tu-phap' });
    expect('years' in o).toBe(false);
  });

  it('counts nothing before the origin year, and year 0 is not an anniversary', () => {
    expect(occurrence(entry('toan-dan-bao-ve-an-ninh'), 2004)).toMatchObject({ round: false, five: false });
    expect(occurrence(entry('toan-dan-bao-ve-an-ninh'), 2004).years).toBeUndefined();
    expect(occurrence(entry('toan-dan-bao-ve-an-ninh'), 2005)).toMatchObject({ years: 0, round: false, five: false });
    expect(occurrence(entry('toan-dan-bao-ve-an-ninh'), 2015)).toMatchObject({ years: 10, round: true });
  });

  it('moves a 29 February origin to 28 February in common years', () => {
    const leapDay = parseCatalogue(
      JSON.stringify([{ id: 'x', title: 'X', kind: 'observance', confidence: 'secondary', origin: '2000-02-29' }]),
    )[0]!;
    expect(toISO(occurrence(leapDay, 2025).date)).toBe('2025-02-28');
    expect(toISO(occurrence(leapDay, 2028).date)).toBe('2028-02-29');
    expect(occurrence(leapDay, 2030)).toMatchObject({ years: 30, round: true });
  });

  it('carries kind, sector and source through', () => {
    expect(get('truyen-thong-tu-phap')).toMatchObject({ kind: 'tradition', sector: 'tu-phap' });
    expect(get('quoc-khanh').source).toBe('NĐ 145/2013/NĐ-CP Điều 4');
    expect(get('bao-chi-cach-mang').source).toContain('52-QĐ/TW');
  });
});

describe('ordinal', () => {
  it('counts years since the origin', () => {
    expect(ordinal(1930, 2018)).toBe(88);
    expect(ordinal(1945, 1945)).toBe(0);
    expect(ordinal(1945, 1944)).toBeUndefined();
  });
});
