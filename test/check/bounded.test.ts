import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedFindings } from '../../src/diagnostics/bounded.js';
import { capPerFile, MAX_PER_FILE } from '../../src/diagnostics/cap.js';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** What check() did before findings were bounded: every finding built, deduplicated, sorted, then capped. */
function reference(list: Diagnostic[], lang: 'vi' | 'en', unshown: Map<string, number>): Diagnostic[] {
  const seen = new Set<string>();
  const unique = list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}:${d.path ? JSON.stringify(d.path) : ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return capPerFile(sortDiagnostics(unique), lang, unshown);
}

function bounded(list: Diagnostic[], lang: 'vi' | 'en', unshown: Map<string, number>): Diagnostic[] {
  const b = new BoundedFindings();
  for (const d of list) b.add(d);
  return b.result(lang, unshown);
}

// Few values for each field, so that ties (same place, code and message) and repeats are common.
const finding = fc
  .record({
    file: fc.constantFrom('a.yaml', 'b.yaml', 'c/d.yaml'),
    line: fc.integer({ min: 1, max: 5 }),
    column: fc.integer({ min: 1, max: 3 }),
    severity: fc.constantFrom('error', 'warning', 'info'),
    code: fc.constantFrom('r-one', 'r-two', 'load/not-placed', 'schema/type'),
    message: fc.constantFrom('m1', 'm2', 'm3'),
    hint: fc.option(fc.constantFrom('h1', 'h2'), { nil: undefined }),
    path: fc.option(fc.array(fc.oneof(fc.constantFrom('units', 'id'), fc.nat(2)), { maxLength: 2 }), { nil: undefined }),
  })
  .map(({ hint, path, ...d }): Diagnostic => ({ ...d, endLine: d.line, endColumn: d.column + 1, ...(hint ? { hint } : {}), ...(path ? { path } : {}) }) as Diagnostic);

describe('BoundedFindings', () => {
  it('gives exactly what sorting every finding, then capping, gives (generated lists, ties and repeats)', () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 3 * MAX_PER_FILE }),
        fc.constantFrom('vi' as const, 'en' as const),
        fc.array(fc.tuple(fc.constantFrom('a.yaml', 'b.yaml'), fc.nat(5)), { maxLength: 2 }),
        (list, lang, extra) => {
          const unshown = new Map(extra.filter(([, n]) => n > 0));
          expect(bounded(list, lang, unshown)).toEqual(reference(list, lang, unshown));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts what it does not keep: the summary of 5,000 findings in one file says 4,900', () => {
    const list = Array.from({ length: 5000 }, (_, i): Diagnostic => ({ code: 'r', severity: 'warning', message: `m${i}`, file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 }));
    const out = bounded(list.reverse(), 'en', new Map());
    expect(out).toEqual(reference(list, 'en', new Map()));
    expect(out.at(-1)).toMatchObject({ code: 'more-findings', severity: 'warning', message: `4900 more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).` });
  });

  it('builds a finding in full only while it may be shown: findings in document order past the cap are only counted', () => {
    const b = new BoundedFindings();
    let built = 0;
    for (let line = 1; line <= 10_000; line++) {
      const head: Diagnostic = { code: 'r', severity: 'error', message: 'm', file: 'a.yaml', line, column: 1, endLine: line, endColumn: 2 };
      b.add(head, () => {
        built++;
        return head;
      });
    }
    expect(built).toBe(MAX_PER_FILE + 1);
    const out = b.result('en');
    expect(out).toHaveLength(MAX_PER_FILE + 1);
    expect(out.at(-1)).toMatchObject({ code: 'more-findings', line: MAX_PER_FILE + 1, message: expect.stringMatching(/^9900 more problems/) });
  });

  it('reads a head\'s message only to order or tell apart findings at one place with one code', () => {
    const b = new BoundedFindings();
    let reads = 0;
    const at = (line: number, column: number): Diagnostic => {
      const d = { code: 'r', severity: 'error', file: 'a.yaml', line, column, endLine: line, endColumn: column + 1 } as Diagnostic;
      return Object.defineProperty(d, 'message', { get: () => (reads++, `m${line}`), enumerable: true });
    };
    for (let line = 5_000; line >= 1; line--) b.add(at(line, 1), () => ({ code: 'r', severity: 'error', message: 'built', file: 'a.yaml', line, column: 1, endLine: line, endColumn: 2 }));
    expect(reads).toBe(0);
    b.add(at(3, 1));
    expect(reads).toBeGreaterThan(0);
    expect(b.result('en').filter((d) => d.line === 3)).toHaveLength(1);
  });
});

describe('BoundedFindings with heads that give a place at or before their own', () => {
  it('counts a head past the cap by that place without placing it, and keeps the same findings', () => {
    let placed = 0;
    const head = (line: number, path: (string | number)[]) => {
      const d = { code: 'r', severity: 'error', message: 'm', file: 'a.yaml', path, column: 1, endLine: line, endColumn: 2 } as Diagnostic & { atLeast(): { line: number; column: number } };
      Object.defineProperty(d, 'line', { get: () => (placed++, line), enumerable: true });
      d.atLeast = () => ({ line, column: 1 });
      return d;
    };
    const b = new BoundedFindings();
    const all: Diagnostic[] = [];
    for (let i = 0; i < 5_000; i++) {
      const d: Diagnostic = { code: 'r', severity: 'error', message: 'm', file: 'a.yaml', path: ['units', i, 'validFrom'], line: i + 1, column: 1, endLine: i + 1, endColumn: 2 };
      all.push(d);
      b.add(head(i + 1, ['units', i, 'validFrom']), () => d);
    }
    // The same finding again, past the cap: told apart by its path, then by its place.
    b.add(head(4_000, ['units', 3_999, 'validFrom']));
    expect(placed).toBeLessThan(4 * (MAX_PER_FILE + 1) + 10);
    expect(b.result('en')).toEqual(reference(all, 'en', new Map()));
  });
});
