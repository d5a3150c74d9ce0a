/**
 * The PowerShell script: a native argument completer for `thidua` holding the
 * same tables as the bash script (options per command, values per option).
 */
import type { OptionSpec, ProgramSpec } from './spec.js';

const list = (xs: readonly string[]): string => `@(${xs.map((x) => `'${x}'`).join(', ')})`;

function tables(name: string, options: readonly OptionSpec[]): { flags: string; values: string[]; takes: string[] } {
  const values: string[] = [];
  const takes: string[] = [];
  for (const o of options) {
    for (const f of o.flags) {
      if (o.values) values.push(`    '${name} ${f}' = ${list(o.values)}`);
      else if (o.takesValue) takes.push(`'${name} ${f}'`);
    }
  }
  return { flags: `    '${name}' = ${list(options.flatMap((o) => o.flags))}`, values, takes };
}

export function powershellScript(spec: ProgramSpec): string {
  const lang = spec.global.filter((o) => o.flags.includes('--lang'));
  const all = [tables('', spec.global), ...spec.commands.flatMap((c) => [c.name, ...c.aliases].map((n) => tables(n, [...c.options, ...lang])))];
  const args = spec.commands.filter((c) => c.argValues).flatMap((c) => [c.name, ...c.aliases].map((n) => `    '${n}' = ${list(c.argValues!)}`));
  const commandNames = spec.commands.flatMap((c) => [c.name, ...c.aliases]);
  const skip = spec.global.filter((o) => o.takesValue).flatMap((o) => o.flags);
  return [
    `# ${spec.name} completion for PowerShell. Load it in this session:`,
    `#   ${spec.name} completion powershell | Out-String | Invoke-Expression`,
    '# or add that line to $PROFILE.',
    `Register-ArgumentCompleter -Native -CommandName ${spec.name} -ScriptBlock {`,
    '  param($wordToComplete, $commandAst, $cursorPosition)',
    `  $commands = ${list(commandNames)}`,
    '  $flags = @{',
    ...all.map((t) => t.flags),
    '  }',
    '  $values = @{',
    ...all.flatMap((t) => t.values),
    '  }',
    `  $takesValue = ${list(all.flatMap((t) => t.takes).map((s) => s.slice(1, -1)))}`,
    '  $argValues = @{',
    ...args,
    '  }',
    `  $skip = ${list(skip)}`,
    '  $before = @($commandAst.CommandElements | Select-Object -Skip 1 | Where-Object { $_.Extent.EndOffset -lt ($cursorPosition - $wordToComplete.Length) } | ForEach-Object { $_.ToString() })',
    "  $cmd = ''",
    '  for ($i = 0; $i -lt $before.Count; $i++) {',
    '    if ($skip -contains $before[$i]) { $i++; continue }',
    "    if (-not $before[$i].StartsWith('-')) { $cmd = $before[$i]; break }",
    '  }',
    "  $prev = if ($before.Count) { $before[-1] } else { '' }",
    '  $key = "$cmd $prev"',
    '  if ($values.ContainsKey($key)) { $candidates = $values[$key] }',
    '  elseif ($takesValue -contains $key) { return }',
    "  elseif ($cmd -eq '') { $candidates = $commands + $flags[''] }",
    "  elseif ($wordToComplete.StartsWith('-')) { $candidates = $flags[$cmd] }",
    '  elseif ($argValues.ContainsKey($cmd)) { $candidates = $argValues[$cmd] }',
    '  else { return }',
    '  $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {',
    "    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)",
    '  }',
    '}',
    '',
  ].join('\n');
}
