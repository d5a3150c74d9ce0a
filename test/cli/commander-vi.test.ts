import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = fakeIO({ columns: 80, tty: true });
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

// commander's own English; the names the user typed are cut out before looking.
const english = /\b(error|unknown|option|command|did you mean|usage|options|commands|arguments|default|choices|allowed|argument|missing|required|display help|too many)\b/i;
const withoutNames = (s: string): string => s.replace(/'[^']*'/g, "''").replace(/--?[\w-]+/g, '');

describe('commander in Vietnamese', () => {
  it('help of the program and of every command, through --help and `thidua help CMD`', async () => {
    const top = await run(['--help']);
    expect(top.out).toMatch(/^Cách dùng: thidua \[tùy chọn\] \[lệnh\]/);
    expect(top.out).toMatch(/\nTùy chọn:\n/);
    expect(top.out).toMatch(/\nLệnh:\n/);
    for (const { name } of commands) {
      const h = await run(['help', name]);
      expect(h.code, name).toBe(0);
      const flag = await run([name, '--help']);
      expect(h.out, name).toBe(flag.out);
      expect(h.out, name).toMatch(new RegExp(`^Cách dùng: thidua ${name}`));
      const text = h.out.replace(/\nVí dụ:[\s\S]*$/, '').replace(/<[^>]*>|\[[^\]]*\]/g, '');
      expect(withoutNames(text), name).not.toMatch(english);
      for (const line of h.out.split('\n')) expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('defaults and choices in Vietnamese words', async () => {
    const h = (await run(['help', 'validate'])).out.replace(/\s+/g, ' ');
    expect(h).toContain('(lựa chọn: "stylish"');
    expect(h).toContain('mặc định: "stylish")');
  });

  it.each([
    [['validate', '--formt', 'json'], "lỗi: không có tùy chọn '--formt'\n(Có phải ý bạn là --format?)"],
    [['validat'], "lỗi: không có lệnh 'validat'\n(Có phải ý bạn là validate?)"],
    [['validate', '-f', 'xml'], "lỗi: giá trị 'xml' của tùy chọn '-f, --format <format>' không hợp lệ. Các lựa chọn:"],
    [['validate', '--max-warnings'], "lỗi: tùy chọn '--max-warnings <n>' cần một giá trị"],
    [['schema', 'plan', 'units'], 'lỗi: quá nhiều đối số'],
  ])('%j: a Vietnamese error, exit 2', async (args, expected) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(withoutNames(r.err)).not.toMatch(english);
  });

  it('English stays English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'validate', '--formt']);
    expect(r.err).toContain("error: unknown option '--formt'");
    expect((await run(['--lang', 'en', 'help', 'validate'])).out).toMatch(/^Usage: thidua validate \[options\]/);
  });
});
