/**
 * descendants: every unit below one in the tree as it stands now, each once —
 * walked without a Set when the tree has no loop, and with one when it has
 * (a loop is unit-references-resolve's finding; the walk must still end).
 */
import { describe, expect, it } from 'vitest';
import type { UnitEntry, UnitMap } from '../../src/domain/scope.js';
import { descendants } from '../../src/domain/units.js';
import type { Unit } from '../../src/model/types.js';

const mapOf = (units: Unit[]): UnitMap => new Map(units.map((unit, index) => [unit.id, { unit, index, doc: undefined as never } satisfies UnitEntry]));
const ids = (units: UnitMap, id: string): string[] => descendants(units, id).map((e) => e.unit.id).sort();
const u = (id: string, parent?: string): Unit => ({ id, name: id, kind: 'k', ...(parent !== undefined && { parent }) });

describe('descendants', () => {
  it('lists every unit below, at any depth, and none for a leaf or an unknown id', () => {
    const units = mapOf([u('so'), u('p1', 'so'), u('p2', 'so'), u('x1', 'p1'), u('x2', 'p1'), u('t', 'x2')]);
    expect(ids(units, 'so')).toEqual(['p1', 'p2', 't', 'x1', 'x2']);
    expect(ids(units, 'p1')).toEqual(['t', 'x1', 'x2']);
    expect(ids(units, 't')).toEqual([]);
    expect(ids(units, 'nobody')).toEqual([]);
  });
  it('ends on a loop, listing each unit of it once and not the unit asked about', () => {
    const units = mapOf([u('a', 'c'), u('b', 'a'), u('c', 'b'), u('d', 'b'), u('e')]);
    expect(ids(units, 'a')).toEqual(['b', 'c', 'd']);
    expect(ids(units, 'b')).toEqual(['a', 'c', 'd']);
    expect(ids(units, 'd')).toEqual([]);
  });
  it('ends on a unit that is its own parent', () => {
    const units = mapOf([u('a', 'a'), u('b', 'a')]);
    expect(ids(units, 'a')).toEqual(['b']);
  });
});
