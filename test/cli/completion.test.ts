import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { formatNames, registry, type FormatCommand } from '../../src/formats/registry.js';
import { fakeIO } from '../helpers/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function script(shell: string, lang = 'vi'): Promise<string> {
  const { io, out, err } = fakeIO();
  const code = await main(['--lang', lang, 'completion', shell], io);
  expect(err()).toBe('');
  expect(code).toBe(0);
  return out();
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** What bash's completion function answers for a command line whose last word is being typed. */
function bashComplete(file: string, words: string[]): string[] {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _thidua; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '--noprofile', '-c', program], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Brackets and quotes balanced outside strings and comments: what can be checked of PowerShell without PowerShell. */
function balanced(ps: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', '}': '{', ']': '[' };
  for (const line of ps.split('\n')) {
    let quote: string | undefined;
    for (const ch of line) {
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === '#') break;
      else if (ch === "'" || ch === '"') quote = ch;
      else if ('({['.includes(ch)) stack.push(ch);
      else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
    }
    if (quote) return false;
  }
  return stack.length === 0;
}

describe('thidua completion', () => {
  it('bash: the script parses, registers the function and completes commands, options and values', async () => {
    const file = join(dir, 'thidua.bash');
    writeFileSync(file, await script('bash'));
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    expect(execFileSync('bash', ['--norc', '-c', `source ${JSON.stringify(file)}; complete -p thidua`], { encoding: 'utf8' }).trim()).toBe('complete -o default -F _thidua thidua');
    // Every command of the CLI, from the same list main() registers.
    expect(bashComplete(file, ['thidua', ''])).toEqual(expect.arrayContaining(commands.map((c) => c.name).concat('help')));
    expect(bashComplete(file, ['thidua', 'sch'])).toEqual(['schedule', 'schema']);
    expect(bashComplete(file, ['thidua', '--lang', 'en', 'rep'])).toEqual(['report']);
    expect(bashComplete(file, ['thidua', '--lang', ''])).toEqual(['vi', 'en']);
    expect(bashComplete(file, ['thidua', 'report', '--fail'])).toEqual(['--fail-on']);
    expect(bashComplete(file, ['thidua', 'help', 'chec'])).toEqual(['checklist']);
    expect(bashComplete(file, ['thidua', 'completion', ''])).toEqual(['bash', 'zsh', 'powershell']);
    // Format names come from the registry, per command; an alias completes as its command.
    for (const command of Object.keys(registry) as FormatCommand[]) {
      expect(bashComplete(file, ['thidua', command, '--format', '']), command).toEqual(formatNames(command));
      expect(bashComplete(file, ['thidua', command, '-f', '']), command).toEqual(formatNames(command));
    }
    expect(bashComplete(file, ['thidua', 'plan-doc', '--format', ''])).toEqual(formatNames('document'));
    // A value with no list (a path, a plan id) is left to bash's file names.
    expect(bashComplete(file, ['thidua', 'report', '-o', ''])).toEqual([]);
    expect(bashComplete(file, ['thidua', 'report', 'plans/', ''])).toEqual([]);
  });

  it('zsh: the script parses, and names every command and format', async () => {
    const text = await script('zsh');
    const file = join(dir, '_thidua');
    writeFileSync(file, text);
    if (has('zsh')) expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    // Without zsh: the brackets balance once each case label (`validate)`) is taken off its line.
    else expect(balanced(text.replace(/^(\s*)[\w*|-]+\)/gm, '$1'))).toBe(true);
    expect(text.split('\n')[0]).toBe('#compdef thidua');
    for (const { name } of commands) expect(text).toContain(`'${name}:`);
    expect(text).toContain(`:value:(${formatNames('report').join(' ')})`);
    expect(text).toContain("'*--lang[");
  });

  it('zsh: descriptions in the run language, with nothing that breaks a spec', async () => {
    const vi = await script('zsh', 'vi');
    const en = await script('zsh', 'en');
    expect(vi).toContain("'validate:kiểm tra kế hoạch");
    expect(en).toContain("'validate:check plans");
    for (const spec of vi.match(/'\*-[^']*'/g)!) expect(spec, spec).toMatch(/^'\*--?[\w-]+\[[^[\]]*\](:value:(\([\w. -]*\)|_files))?'$/);
  });

  it('powershell: a native completer with the same tables, brackets balanced', async () => {
    const text = await script('powershell');
    expect(balanced(text)).toBe(true);
    expect(text).toContain('Register-ArgumentCompleter -Native -CommandName thidua');
    expect(text).toContain(`'report --format' = @(${formatNames('report').map((f) => `'${f}'`).join(', ')})`);
    expect(text).toContain("' --lang' = @('vi', 'en')");
    for (const { name } of commands) expect(text).toContain(`'${name}' = @(`);
  });

  it('an unknown shell is a usage error in Vietnamese', async () => {
    const { io, err } = fakeIO();
    expect(await main(['completion', 'fish'], io)).toBe(2);
    expect(err()).toMatch(/lỗi: .*fish.* Các lựa chọn: bash, zsh, powershell/);
  });
});
