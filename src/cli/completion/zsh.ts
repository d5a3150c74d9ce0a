/**
 * The zsh script: a `_thidua` function over _arguments, with each command's
 * and option's description (in the run's language) shown beside it.
 */
import type { CommandSpec, OptionSpec, ProgramSpec } from './spec.js';

/** A description inside '…' and […] of an _arguments spec: its first line, no quote, bracket, backslash or colon. */
const say = (s: string): string => {
  const line = (s.split('\n')[0] ?? '').replace(/[[]/g, '(').replace(/[\]]/g, ')').replace(/'/g, '’').replace(/[\\`$:]/g, ' ').trim();
  return line.length > 72 ? `${line.slice(0, 71)}…` : line;
};

/** One _arguments spec per flag; `*` lets an option repeat (--unit, --disable). */
function optionSpecs(o: OptionSpec): string[] {
  const value = !o.takesValue ? '' : o.values ? `:value:(${o.values.join(' ')})` : ':value:_files';
  return o.flags.map((f) => `'*${f}[${say(o.description)}]${value}'`);
}

function commandArm(c: CommandSpec, lang: OptionSpec | undefined): string[] {
  const specs = [...c.options, ...(lang ? [lang] : [])].flatMap(optionSpecs);
  specs.push(c.argValues ? `'*:argument:(${c.argValues.join(' ')})'` : `'*:file:_files'`);
  return [`      ${[c.name, ...c.aliases].join('|')})`, `        _arguments ${specs.join(' \\\n          ')} && ret=0 ;;`];
}

export function zshScript(spec: ProgramSpec): string {
  const fn = `_${spec.name}`;
  const lang = spec.global.find((o) => o.flags.includes('--lang'));
  const described = spec.commands.flatMap((c) => [c.name, ...c.aliases].map((n) => `'${n}:${say(c.description)}'`));
  return [
    `#compdef ${spec.name}`,
    `# ${spec.name} completion for zsh. Load it in this shell (after compinit):`,
    `#   source <(${spec.name} completion zsh)`,
    `# or save it as _${spec.name} in a folder of $fpath.`,
    `${fn}() {`,
    '  local curcontext=$curcontext state line ret=1',
    '  typeset -A opt_args',
    `  _arguments -C ${spec.global.flatMap(optionSpecs).join(' ')} '1: :->command' '*:: :->argument' && ret=0`,
    '  case $state in',
    '    command)',
    '      local -a commands',
    `      commands=(${described.join(' ')})`,
    `      _describe -t commands '${spec.name}' commands && ret=0 ;;`,
    '    argument)',
    '      case $line[1] in',
    ...spec.commands.flatMap((c) => commandArm(c, lang)),
    '      esac ;;',
    '  esac',
    '  return ret',
    '}',
    // Autoloaded from $fpath the file is the function's body; sourced, it registers the function.
    `if [[ $funcstack[1] == ${fn} ]]; then ${fn} "$@"; else compdef ${fn} ${spec.name}; fi`,
    '',
  ].join('\n');
}
