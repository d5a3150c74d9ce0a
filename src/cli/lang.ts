import type { Lang } from '../diagnostics/diagnostic.js';

/** `--lang` beats THIDUA_LANG beats Vietnamese; read before commander so help is translated too. */
export function pickLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? env.THIDUA_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export const tr = (lang: Lang) => (vi: string, en: string): string => (lang === 'vi' ? vi : en);
