import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

const root = join(import.meta.dirname, '..', '..');
// Every .ts file directly in src/rules is a rule, but for the registry; its messages live in messages/, shared code in support/.
const ruleFiles = readdirSync(join(root, 'src/rules'), { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'index.ts')
  .map((e) => e.name)
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('rule registry', () => {
  it('registers every rule file, once, under its file name', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(ruleFiles);
  });

  it('has one messages module per rule, named for it (src/rules/messages/<id>.ts), and no other', () => {
    const modules = readdirSync(join(root, 'src/rules/messages')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(modules).toEqual(ruleFiles);
  });

  it('lists every rule in the README, with its severity', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const r of rules) expect(readme, r.id).toMatch(new RegExp(`\\[${r.id}\\]\\(docs/rules/${r.id}\\.md\\) \\| ${r.severity}${r.tier === 'strict' ? ', \\*strict\\*' : ' \\|'}`));
  });

  for (const rule of rules) {
    it(`${rule.id} reads its messages from its messages module`, async () => {
      const module = (await import(/* @vite-ignore */ join(root, 'src/rules/messages', `${rule.id}.ts`))) as { messages: unknown };
      expect(rule.messages).toBe(module.messages);
    });

    it(`${rule.id} has a test, a docs page and messages in both languages with hints`, () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(join(root, 'test/rules', `${rule.id}.test.ts`))).toBe(true);
      expect(existsSync(join(root, 'docs/rules', `${rule.id}.md`))).toBe(true);
      expect(rule.description.vi).not.toBe(rule.description.en);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) {
        expect(typeof m.vi).toBe('function');
        expect(typeof m.en).toBe('function');
        expect(m.hint).toBeDefined();
      }
    });
  }
});
