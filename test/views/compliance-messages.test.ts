import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/views/compliance-messages.js';

const due = { y: 2025, m: 4, d: 30 };

describe('a short target says its figures as the target states them', () => {
  it('a rate keeps its percent sign on both sides, in Vietnamese and English', () => {
    const r = { reason: 'short', params: { actual: 89.91, required: 92, due, rate: true } } as const;
    expect(reasonText(r, 'vi')).toBe('Đến hạn 30/04/2025 mới đạt 89,91\u00a0%/92\u00a0%.');
    expect(reasonText(r, 'en')).toBe('Only 89.91%/92% by the due date 30/04/2025.');
  });
  it('a count stays a bare number, grouped as the language writes it', () => {
    const r = { reason: 'short', params: { actual: 1250000, required: 2000000, due } } as const;
    expect(reasonText(r, 'vi')).toBe('Đến hạn 30/04/2025 mới đạt 1.250.000/2.000.000.');
    expect(reasonText(r, 'en')).toBe('Only 1,250,000/2,000,000 by the due date 30/04/2025.');
  });
});
