import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule anniversaries-inside-phase (src/rules/anniversaries-inside-phase.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Đợt ${q(p.phase)} (${p.from} – ${p.to}) chào mừng ${q(p.id)}, nhưng ngày kỷ niệm ${p.day} nằm ngoài đợt.`,
    en: (p) => `Phase ${q(p.phase)} (${p.from} – ${p.to}) commemorates ${q(p.id)}, but the anniversary falls on ${p.day}, outside the phase.`,
    hint: {
      vi: (p) => `Chuyển ${q(p.id)} sang đợt bao gồm ngày ${p.day}, hoặc ghi "date:" nếu năm nay tổ chức vào ngày khác.`,
      en: (p) => `Move ${q(p.id)} to a phase that includes ${p.day}, or give "date:" if it is held on another day this year.`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
