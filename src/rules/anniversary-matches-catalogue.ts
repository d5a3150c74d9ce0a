import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { catalogue, findEntry, occurrence } from '../model/catalogue.js';
import { anniversaryOccurrences } from '../domain/occurrences.js';
import { compareDates, parseDate, toVN } from '../model/date.js';
import { closest } from '../model/text.js';
import { defineRule, type Finding } from './support/rule.js';

/**
 * `ref: quoc-khanh` takes the title and origin from the shipped catalogue
 * instead of repeating them. What the plan still states beside the ref is
 * checked against it: an origin that disagrees, an ordinal counted from the
 * wrong year (anniversary-years-match cannot see it without an origin), and a
 * lunar day's date copied from last year (Tết moves every year).
 */
export default defineRule({
  id: 'anniversary-matches-catalogue',
  description: {
    vi: 'Ngày kỷ niệm ghi ref có trong danh mục đi kèm, và ngày gốc, số năm, ngày âm lịch khớp với danh mục.',
    en: 'An anniversary with ref names a day of the shipped catalogue, and its origin, ordinal and lunar date agree with it.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Danh mục không có ngày kỷ niệm ${q(p.ref)}.`,
      en: (p) => `The catalogue has no day ${q(p.ref)}.`,
      hint: {
        vi: (p) => (p.suggestion ? `Có phải ${q(p.suggestion)}? ` : '') + 'Xem danh mục bằng "thidua anniversaries", hoặc bỏ ref và ghi title, origin.',
        en: (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'List the catalogue with "thidua anniversaries", or drop ref and give title and origin.',
      },
    },
    origin: {
      vi: (p) => `Ngày gốc ${q(p.origin)} khác danh mục: ${q(p.ref)} bắt đầu ngày ${p.expected}.`,
      en: (p) => `Origin ${q(p.origin)} disagrees with the catalogue: ${q(p.ref)} began on ${p.expected}.`,
      hint: {
        vi: () => 'Bỏ origin để lấy ngày gốc từ danh mục, hoặc sửa cho đúng.',
        en: () => 'Drop origin to take it from the catalogue, or correct it.',
      },
    },
    years: {
      vi: (p) => `Kỷ niệm ${q(p.ref)} ghi ${p.stated} năm, nhưng ${p.year} − ${p.originYear} = ${p.expected}.`,
      en: (p) => `Anniversary ${q(p.ref)} states ${p.stated} years, but ${p.year} − ${p.originYear} = ${p.expected}.`,
      hint: {
        vi: (p) => `Sửa thành "years: ${p.expected}" (ngày gốc theo danh mục: ${p.origin}).`,
        en: (p) => `Change it to "years: ${p.expected}" (the catalogue's origin: ${p.origin}).`,
      },
    },
    'lunar-date': {
      vi: (p) => `${q(p.ref)} là ngày âm lịch (ngày ${p.lunar} âm lịch); năm ${p.year} rơi vào ${p.expected}, không phải ${q(p.date)}.`,
      en: (p) => `${q(p.ref)} is a lunar day (${p.lunar} in the lunar calendar); in ${p.year} it falls on ${p.expected}, not ${q(p.date)}.`,
      hint: {
        vi: (p) => `Sửa thành ngày ${p.expected}, hoặc bỏ date để thidua tính theo âm lịch.`,
        en: (p) => `Change it to ${p.expected}, or drop date and let thidua compute it from the lunar calendar.`,
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    const ids = catalogue().map((e) => e.id);
    for (const doc of plans(ws)) {
      const year = doc.data.year;
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        if (a.ref === undefined) return;
        const entry = findEntry(a.ref);
        if (!entry) {
          out.push({ doc, path: ['anniversaries', i, 'ref'], params: { ref: a.ref, suggestion: closest(a.ref, ids) } });
          return;
        }
        const stated = a.origin ? parseDate(a.origin) : undefined;
        if (stated && entry.origin && compareDates(stated, entry.origin) !== 0) {
          out.push({ doc, path: ['anniversaries', i, 'origin'], messageId: 'origin', params: { ref: a.ref, origin: a.origin, expected: toVN(entry.origin) } });
        }
        // With an origin of its own, anniversary-years-match checks years against it.
        const occurrences = anniversaryOccurrences(a, doc.data);
        const aimedYear = occurrences[occurrences.length - 1]?.date.y ?? year;
        if (!a.origin && entry.origin && a.years !== undefined && !occurrences.some((o) => o.years === a.years)) {
          out.push({
            doc,
            path: ['anniversaries', i, 'years'],
            messageId: 'years',
            params: { ref: a.ref, stated: a.years, year: aimedYear, originYear: entry.origin.y, expected: aimedYear - entry.origin.y, origin: toVN(entry.origin) },
          });
        }
        const date = a.date ? parseDate(a.date) : undefined;
        if (entry.calendar === 'lunar' && date) {
          const expected = occurrence(entry, date.y).date;
          if (compareDates(date, expected) !== 0) {
            out.push({
              doc,
              path: ['anniversaries', i, 'date'],
              messageId: 'lunar-date',
              params: { ref: a.ref, lunar: `${entry.day}/${entry.month}`, year: date.y, expected: toVN(expected), date: a.date },
            });
          }
        }
      });
    }
    return out;
  },
});
