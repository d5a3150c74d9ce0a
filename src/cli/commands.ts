import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { IO } from './io.js';
import type { Run } from './errors.js';

export type Register = (program: Command, io: IO, run: Run, lang: Lang) => void;

/**
 * Every subcommand, in the order `--help` lists them, each loaded on demand:
 * a pre-commit hook running `validate` should not pay for the calendar,
 * table and YAML-editing code of the other commands.
 */
export const commands: { name: string; aliases?: string[]; load: () => Promise<Register>; needsAll?: boolean }[] = [
  { name: 'validate', load: async () => (await import('./validate.js')).registerValidate },
  { name: 'schedule', load: async () => (await import('./schedule-cmd.js')).registerSchedule },
  { name: 'checklist', load: async () => (await import('./checklist-cmd.js')).registerChecklist },
  { name: 'report', load: async () => (await import('./report-cmd.js')).registerReport },
  { name: 'fix', load: async () => (await import('./fix-cmd.js')).registerFix },
  { name: 'document', aliases: ['plan-doc'], load: async () => (await import('./document-cmd.js')).registerDocument },
  { name: 'new', load: async () => (await import('./new-cmd.js')).registerNew },
  { name: 'anniversaries', load: async () => (await import('./anniversaries-cmd.js')).registerAnniversaries },
  { name: 'init', load: async () => (await import('./init-cmd.js')).registerInit },
  { name: 'schema', load: async () => (await import('./schema-cmd.js')).registerSchema },
  { name: 'rules', load: async () => (await import('./rules-cmd.js')).registerRules },
  // Its script is written from every command's options, so it loads them all.
  { name: 'completion', needsAll: true, load: async () => (await import('./completion-cmd.js')).registerCompletion },
];

/** The subcommand named on the command line, skipping global options and their values. */
export function requestedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Only the named command when it is known; all of them for help and for "did you mean". */
export async function loadCommands(argv: readonly string[]): Promise<Register[]> {
  const name = requestedCommand(argv);
  const wanted = commands.filter((c) => c.name === name || (name !== undefined && c.aliases?.includes(name)));
  if (wanted.some((c) => c.needsAll)) return Promise.all(commands.map((c) => c.load()));
  return Promise.all((wanted.length ? wanted : commands).map((c) => c.load()));
}
