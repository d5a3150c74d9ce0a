import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { sarif } from '../../src/formats/sarif.js';
import { diagnostics, result } from './fixtures.js';

const opts = { color: false, lang: 'vi' } as const;

// Loose shape of what the test reads; the parse is what is under test.
interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
      relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
    }>;
  }>;
}

const parse = (s: string): Log => JSON.parse(s) as Log;

describe('sarif', () => {
  const log = parse(sarif(result(), opts));
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run from thidua', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'thidua', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('lists exactly the rules that occur, with known descriptions and generic entries', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(['anniversary-years-match', 'dates-exist', 'schema/required', 'yaml/duplicate-key']);
    expect(rules.find((r) => r.id === 'dates-exist')).toEqual({
      id: 'dates-exist',
      shortDescription: { text: 'Ngày tồn tại' },
      helpUri: 'https://example.test/rules/dates-exist.md',
    });
    expect(rules.find((r) => r.id === 'yaml/duplicate-key')?.shortDescription.text).toBeTruthy();
  });

  it('points every ruleIndex at its rule', () => {
    expect(run.results).toHaveLength(diagnostics.length);
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
  });

  it('maps severities to levels and joins message and hint', () => {
    const by = (code: string) => run.results.find((r) => r.ruleId === code)!;
    expect(by('anniversary-years-match').level).toBe('error');
    expect(by('dates-exist').level).toBe('warning');
    expect(by('schema/required').level).toBe('note');
    expect(by('anniversary-years-match').message.text).toBe('Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm\nSửa thành 80 năm');
    expect(by('dates-exist').message.text).not.toContain('Sửa');
  });

  it('gives 1-based regions and relative URIs under %SRCROOT%', () => {
    const res = run.results.find((r) => r.ruleId === 'anniversary-years-match')!;
    const loc = res.locations[0]!.physicalLocation;
    expect(loc.region).toEqual({ startLine: 3, startColumn: 10, endLine: 3, endColumn: 34 });
    expect(loc.artifactLocation).toEqual({ uri: 'plans/k%E1%BA%BF%20ho%E1%BA%A1ch%202025.yaml', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(loc.artifactLocation.uri)).toBe('plans/kế hoạch 2025.yaml');
    for (const r of run.results) {
      const g = r.locations[0]!.physicalLocation.region;
      expect(g.startLine).toBeGreaterThanOrEqual(1);
      expect(g.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('carries related places as relatedLocations', () => {
    const res = run.results.find((r) => r.ruleId === 'anniversary-years-match')!;
    expect(res.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'đơn vị được khai báo ở đây' },
        physicalLocation: { artifactLocation: { uri: 'units/%C4%91%C6%A1n-v%E1%BB%8B.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 3 } },
      },
    ]);
    expect(run.results.filter((r) => r.relatedLocations)).toHaveLength(1);
  });

  it('uses forward slashes and file: URIs for absolute paths', () => {
    const d = (file: string): Diagnostic => ({ code: 'x', severity: 'info', message: 'm', file, line: 1, column: 1, endLine: 1, endColumn: 2 });
    const uris = parse(sarif(result({ diagnostics: [d('plans\\a b.yaml'), d('C:\\k#1.yaml'), d('/abs/q?.yaml')] }), opts))
      .runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'plans/a%20b.yaml', uriBaseId: '%SRCROOT%' });
    expect(uris).toContainEqual({ uri: 'file:///C:/k%231.yaml' });
    expect(uris).toContainEqual({ uri: 'file:///abs/q%3F.yaml' });
  });

  it('still writes a valid empty run', () => {
    const empty = parse(sarif(result({ diagnostics: [] }), opts)).runs[0]!;
    expect(empty.results).toEqual([]);
    expect(empty.tool.driver.rules).toEqual([]);
  });
});
