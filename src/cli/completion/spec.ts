/**
 * What a shell needs to complete thidua, read from the commander program
 * itself: its commands, their options and the values an option takes. The
 * scripts for bash, zsh and PowerShell are written from this, so a command or
 * option added to the CLI completes without touching them.
 */
import type { Command, Option } from 'commander';
import { formatNames, registry, type FormatCommand } from '../../formats/registry.js';

export interface OptionSpec {
  /** `-f`, `--format`. */
  flags: string[];
  /** Takes a value (`--plan <id>`). */
  takesValue: boolean;
  /** The values it takes, when known (format names, `--lang`'s vi and en, commander choices). */
  values?: string[];
  description: string;
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptionSpec[];
  /** The values of its first argument when they are a fixed list (`completion bash`, `help validate`); else files. */
  argValues?: string[];
}

export interface ProgramSpec {
  name: string;
  global: OptionSpec[];
  commands: CommandSpec[];
}

export const SHELLS = ['bash', 'zsh', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

/** Values safe to put in any of the three scripts unquoted: names, not text. */
const WORD = /^[A-Za-z0-9._-]+$/;

/** `--lang` accepts locales too (en_US.UTF-8); completion offers the two languages. */
const LANGS = ['vi', 'en'];

function optionValues(o: Option, command: string | undefined): string[] | undefined {
  if (o.argChoices) return [...o.argChoices];
  if (o.long === '--lang') return LANGS;
  if (o.long === '--format' && command !== undefined && command in registry) return formatNames(command as FormatCommand);
  return undefined;
}

function optionSpec(o: Option, command: string | undefined): OptionSpec {
  const values = optionValues(o, command)?.filter((v) => WORD.test(v));
  return {
    flags: [o.short, o.long].filter((f): f is string => f !== undefined),
    takesValue: o.required || o.optional,
    ...(values?.length && { values }),
    description: o.description,
  };
}

const HELP: OptionSpec = { flags: ['-h', '--help'], takesValue: false, description: '' };

/** The program's completion spec; every command must already be registered on it. */
export function programSpec(program: Command, words: { help: string; helpCommand: string }): ProgramSpec {
  const withHelp = (options: OptionSpec[], help: OptionSpec): OptionSpec[] => (options.some((o) => o.flags.includes('--help')) ? options : [...options, help]);
  // commander keeps -h/--help apart from the options list.
  const help = { ...HELP, description: words.help };
  const commands: CommandSpec[] = program.commands.map((c) => {
    const choices = c.registeredArguments[0]?.argChoices;
    return {
      name: c.name(),
      aliases: c.aliases(),
      description: c.description(),
      options: withHelp(c.options.map((o) => optionSpec(o, c.name())), help),
      ...(choices && { argValues: [...choices] }),
    };
  });
  // commander's `help [command]` is not in program.commands: it is made on demand.
  if (!commands.some((c) => c.name === 'help')) {
    commands.push({ name: 'help', aliases: [], description: words.helpCommand, options: [], argValues: commands.map((c) => c.name) });
  }
  return { name: program.name(), global: withHelp(program.options.map((o) => optionSpec(o, undefined)), help), commands };
}
