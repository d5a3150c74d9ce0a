import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locate } from '../../src/diagnostics/locate.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { progressDocs, type LoadedDoc } from '../../src/load/workspace.js';
import type { ProgressDoc } from '../../src/model/types.js';
import { itemPosition } from '../../src/domain/record-lines.js';
import { placeOf } from '../../src/domain/records.js';
import { dongThap, fixture, repoRoot, removeTempWorkspaces, tempWorkspace, tienGiang } from './compliance-helpers.js';

afterAll(removeTempWorkspaces);

const KEYS = ['selections', 'activities', 'targets', 'milestones', 'waivers'] as const;

function progress(dir: string): LoadedDoc<ProgressDoc>[] {
  const { files } = expandPaths([dir], repoRoot);
  return progressDocs(loadWorkspace(files, { lang: 'en', cwd: repoRoot }));
}

/** Every record's place as the report computes it, next to what `locate` says. */
function both(doc: LoadedDoc<ProgressDoc>): { fast: string[]; exact: string[] } {
  const fast: string[] = [];
  const exact: string[] = [];
  for (const key of KEYS) {
    (doc.data[key] ?? []).forEach((_, i) => {
      const p = placeOf(doc, [key, i]);
      const s = locate(doc.src, [key, i]);
      fast.push(`${key}[${i}] ${p.line}:${p.column}`);
      exact.push(`${key}[${i}] ${s.line}:${s.column}`);
    });
  }
  return { fast, exact };
}

describe('record positions without a YAML AST', () => {
  it('agree with locate on the examples and the fixture', () => {
    const docs = [tienGiang, dongThap, fixture].flatMap(progress);
    expect(docs.length).toBe(5);
    for (const d of docs) {
      const { fast, exact } = both(d);
      expect(fast, d.file.path).toEqual(exact);
    }
  });

  it('agree with locate on block maps, comments, a compact sequence and a second document', () => {
    const dir = tempWorkspace({
      'p.yaml': [
        '# comment',
        'thidua: 1',
        'kind: progress',
        'plan: 01/KH-X',
        'selections:',
        '- {quota: q, by: so, chosen: xa-1}',
        '# between items',
        '-   quota: q',
        '    by: so',
        '    chosen: xa-2',
        'activities:',
        '    - commemorates: a',
        '      by: so',
        '      date: 2020-02-02',
        '      title: >-',
        '        - not an item, inside a folded scalar',
        '',
        '    - { commemorates: b, by: so, date: 2020-03-03 }',
        '---',
        'thidua: 1',
        'kind: progress',
        'plan: 01/KH-X',
        'targets:',
        '  - { target: t, by: so, achieved: 1 }',
        '',
      ].join('\n'),
    });
    const docs = progress(dir);
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      const { fast, exact } = both(d);
      expect(fast).toEqual(exact);
      expect(fast.length).toBeGreaterThan(0);
    }
    // The scan itself placed them (not a fallback): it answers for the second document too.
    expect(itemPosition(docs[1]!.file, 1, 'targets', 0, 1)).toEqual({ line: 24, column: 5 });
    expect(itemPosition(docs[0]!.file, 0, 'activities', 1, 2)).toEqual({ line: 18, column: 7 });
  });

  it('declines what it cannot vouch for, and the report falls back to locate', () => {
    const dir = tempWorkspace({
      'p.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-X\nselections: [{quota: q, by: so, chosen: xa-1}, {quota: q, by: so, chosen: xa-2}]\nmilestones:\n  -\n    milestone: m\n    by: so\n    done: 2020-01-01\n',
    });
    const [d] = progress(dir);
    expect(itemPosition(d!.file, 0, 'selections', 1, 2)).toBeUndefined();
    expect(itemPosition(d!.file, 0, 'milestones', 0, 1)).toBeUndefined();
    const { fast, exact } = both(d!);
    expect(fast).toEqual(exact);
  });

  it('does not trust a scan whose count differs from the data', () => {
    const [d] = progress(join(fixture, 'progress-phong-a.yaml'));
    expect(itemPosition(d!.file, 0, 'selections', 0, 3)).toBeDefined();
    expect(itemPosition(d!.file, 0, 'selections', 0, 4)).toBeUndefined();
  });
});
