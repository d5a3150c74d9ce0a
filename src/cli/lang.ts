import type { Lang } from '../diagnostics/diagnostic.js';

/** `vi`, `en`, or a locale of either (`en_US.UTF-8`, `vi-VN`). */
const LANG = /^(vi|en)(?:[-_.@].*)?$/i;

/** The language asked for, and where: `--lang` beats THIDUA_LANG. */
function requested(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { value: string | undefined; from: string } {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return { value: env.THIDUA_LANG, from: 'THIDUA_LANG' };
  return { value: argv[i]!.includes('=') ? argv[i]!.slice(argv[i]!.indexOf('=') + 1) : (argv[i + 1] ?? ''), from: '--lang' };
}

/** `--lang` beats THIDUA_LANG beats Vietnamese; read before commander so help is translated too. */
export function pickLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const v = requested(argv, env).value;
  return v !== undefined && LANG.exec(v)?.[1]?.toLowerCase() === 'en' ? 'en' : 'vi';
}

/**
 * An unknown or empty language is refused, never silently Vietnamese: a clerk
 * who typed `--lang EN-us` gets English, one who typed `--lang fr` is told. Said
 * in both languages, since neither was understood.
 */
export function badLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { value, from } = requested(argv, env);
  if (value === undefined || LANG.test(value)) return undefined;
  return `${from} ${JSON.stringify(value)}: chọn vi hoặc en (choose vi or en)`;
}

export const tr = (lang: Lang) => (vi: string, en: string): string => (lang === 'vi' ? vi : en);
