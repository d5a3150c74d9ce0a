import type { Lang } from './diagnostic.js';

/** A message in both languages, built from the finding's parameters. */
export interface Message<P> {
  vi: (p: P) => string;
  en: (p: P) => string;
  hint?: { vi: (p: P) => string; en: (p: P) => string };
}

export function render<P>(m: Message<P>, p: P, lang: Lang): { message: string; hint?: string } {
  const message = m[lang](p);
  return m.hint ? { message, hint: m.hint[lang](p) } : { message };
}

/** Quotes a user value for a message, shortened so one line stays one line. */
export function q(value: unknown): string {
  let s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  s = s.replace(/[\r\n\t]+/g, ' ');
  if (s.length > 60) s = s.slice(0, 57) + '…';
  return `"${s}"`;
}
