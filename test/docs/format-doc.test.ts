import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs/format.md'), 'utf8');

/** Every property name a schema defines, at any depth. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
    for (const v of Object.values(o)) propertyNames(v, out);
  }
  return out;
}

describe('docs/format.md', () => {
  for (const kind of ['plan', 'units', 'progress']) {
    it(`names every field of the ${kind} schema`, () => {
      const schema = JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8')) as unknown;
      const missing = [...propertyNames(schema)].filter((name) => !new RegExp('`(?:[a-zA-Z.\\[\\]]*\\.)?' + name + '(?:\\[\\])?[`. ]').test(doc));
      expect(missing).toEqual([]);
    });
  }

  it('is linked from the README, and the README links nothing outside the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/format.md)');
    const links = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    for (const l of links) {
      const target = resolve(root, l);
      expect(target.startsWith(root + '/') || target === root, l).toBe(true);
      expect(existsSync(target), l).toBe(true);
    }
  });

  it('links only to files that exist', () => {
    for (const m of doc.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) expect(existsSync(resolve(root, 'docs', m[1]!)), m[1]).toBe(true);
  });

  it('shows complete documents that validate (units alone; progress against the Đồng Tháp plan)', async () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.startsWith('thidua: 1'));
    expect(blocks.map((b) => /kind: (\w+)/.exec(b)![1]).sort()).toEqual(['progress', 'units']);
    const dir = mkdtempSync(join(tmpdir(), 'thidua-format-'));
    const units = join(dir, 'units-alone');
    const progress = join(dir, 'progress');
    mkdirSync(units);
    mkdirSync(progress);
    writeFileSync(join(units, 'units.yaml'), blocks.find((b) => b.includes('kind: units'))!);
    writeFileSync(join(progress, 'progress.yaml'), blocks.find((b) => b.includes('kind: progress'))!);
    for (const f of ['plan.yaml', 'units.yaml']) copyFileSync(join(root, 'examples/dong-thap-2026', f), join(progress, f));
    for (const d of [units, progress]) {
      const f = fakeIO({ cwd: d });
      const code = await main(['validate', '.', '--format', 'json'], f.io);
      const json = JSON.parse(f.out()) as { diagnostics: { code: string; message: string }[] };
      expect(json.diagnostics.filter((x) => x.code !== 'plan-numbered')).toEqual([]);
      expect(code).toBe(0);
    }
  });
});
