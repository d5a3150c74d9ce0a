/**
 * The bash script: one function, `_thidua`, registered with `complete -o
 * default`, so an empty answer (a path argument, `-o FILE`) falls back to
 * bash's own file-name completion.
 */
import type { CommandSpec, OptionSpec, ProgramSpec } from './spec.js';

const flags = (options: readonly OptionSpec[]): string => options.flatMap((o) => o.flags).join(' ');

/** The `case "$prev"` arms: values for options that have a list, nothing (files) for the other options that take one. */
function valueArms(options: readonly OptionSpec[], indent: string): string[] {
  const arms: string[] = [];
  for (const o of options) {
    if (!o.takesValue) continue;
    arms.push(`${indent}${o.flags.join('|')}) ${o.values ? `values='${o.values.join(' ')}'` : 'return 0'} ;;`);
  }
  return arms;
}

function commandArm(c: CommandSpec, global: readonly OptionSpec[]): string[] {
  const names = [c.name, ...c.aliases].join('|');
  const options = [...c.options, ...global.filter((g) => g.flags.includes('--lang'))];
  return [
    `    ${names})`,
    `      words='${flags(options)}'`,
    ...(c.argValues ? [`      args='${c.argValues.join(' ')}'`] : []),
    '      case $prev in',
    ...valueArms(options, '        '),
    '      esac ;;',
  ];
}

export function bashScript(spec: ProgramSpec): string {
  const fn = `_${spec.name}`;
  const commandNames = spec.commands.flatMap((c) => [c.name, ...c.aliases]).join(' ');
  // Options before the command that take a value, so their value is not taken for the command.
  const skip = spec.global.filter((o) => o.takesValue).flatMap((o) => o.flags).join('|');
  return [
    `# ${spec.name} completion for bash. Load it in this shell:`,
    `#   source <(${spec.name} completion bash)`,
    `# or for every shell: ${spec.name} completion bash > ~/.local/share/bash-completion/completions/${spec.name}`,
    `${fn}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}',
    '  local cmd= words= args= values= i',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case ${COMP_WORDS[i]} in',
    ...(skip ? [`      ${skip}) ((i++)) ;;`] : []),
    '      -*) ;;',
    '      *) cmd=${COMP_WORDS[i]}; break ;;',
    '    esac',
    '  done',
    '  case $cmd in',
    `    '')`,
    `      words='${commandNames} ${flags(spec.global)}'`,
    '      case $prev in',
    ...valueArms(spec.global, '        '),
    '      esac ;;',
    ...spec.commands.flatMap((c) => commandArm(c, spec.global)),
    '    *) return 0 ;;',
    '  esac',
    '  if [[ -n $values ]]; then',
    '    COMPREPLY=($(compgen -W "$values" -- "$cur"))',
    '  elif [[ -z $cmd || $cur == -* ]]; then',
    '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    '  elif [[ -n $args ]]; then',
    '    COMPREPLY=($(compgen -W "$args" -- "$cur"))',
    '  fi',
    '  return 0',
    '}',
    `complete -o default -F ${fn} ${spec.name}`,
    '',
  ].join('\n');
}
