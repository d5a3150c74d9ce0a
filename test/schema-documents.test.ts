import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { KINDS, root, schemas, yaml, errorsOf, type Json, type Kind } from './helpers/schemas.js';

const PLAN = `
thidua: 1
kind: plan
id: 06/KH-STP
title: Kế hoạch phát động phong trào thi đua
issuer: so-tu-phap
issued: 2018-01-10
year: 2018
movements:
  - id: nong-thon-moi
    form: regular
    title: Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới
    period: { from: 2016-01-01, to: 30/12/2020 }
    targets:
      - { id: nhiem-vu, count: 8, owner: so-tu-phap, due: 2018-12-31 }
    quotas:
      - id: giup-xa
        owner: { kind: phong-tu-phap }
        select: xa
        min: 1
        within: owner
        where: { tags: [bai-ngang-ven-bien] }
        forms: [{ id: tu-sach-phap-luat, title: Hỗ trợ xây dựng tủ sách pháp luật }]
phases:
  - { id: dot-1, from: 2018-01-01, to: 2018-06-30, commemorates: [thanh-lap-dang] }
anniversaries:
  - { id: thanh-lap-dang, origin: 1930-02-03, years: 88 }
  - { id: giai-phong, ref: giai-phong-mien-nam, years: 43, sector: tu-phap }
milestones:
  - { id: dang-ky, due: 15/3/2018, owner: { kind: phong-tu-phap }, type: registration, movement: nong-thon-moi }
waivers:
  - { obligation: giup-xa, unit: ptp-tan-phuoc, reason: Đơn vị đang kiện toàn, document: 15/QĐ-STP, expires: 2018-12-31 }
`;
const UNITS = `
thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }
  - { id: xa-tan-thanh, name: Xã Tân Thành, kind: xa, parent: so-tu-phap, tags: [bai-ngang-ven-bien], validFrom: 2025-07-01, validTo: 30/6/2030 }
`;
const PROGRESS = `
thidua: 1
kind: progress
plan: 06/KH-STP
planYear: 2018
asOf: 2018-07-15
reporter: so-tu-phap
selections:
  - { quota: giup-xa, by: ptp-my-tho, chosen: xa-my-phong, form: tu-sach-phap-luat, date: 2018-03-01 }
activities:
  - { commemorates: thanh-lap-dang, by: so-tu-phap, date: 2018-02-02, title: Sinh hoạt chuyên đề }
targets:
  - { target: nhiem-vu, by: so-tu-phap, achieved: 5.5 }
milestones:
  - { milestone: dang-ky, by: ptp-my-tho, done: 2018-03-10 }
waivers:
  - { obligation: giup-xa, reason: Chưa có xã phù hợp, document: 20/QĐ-STP }
`;
const BASE: Record<Kind, string> = { plan: PLAN, units: UNITS, progress: PROGRESS };

/** A fresh copy of a base document, changed by `edit`. */
function doc(kind: Kind, edit: (d: any) => void = () => {}): unknown {
  const d = yaml(BASE[kind]);
  edit(d);
  return d;
}

const brief = (e: ErrorObject) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params });

describe('valid documents', () => {
  for (const kind of KINDS) {
    it(`the ${kind} base document, using every optional field, is valid`, () => {
      expect(errorsOf(kind, doc(kind)).map(brief)).toEqual([]);
    });
  }

  it('a minimal document of each kind is valid', () => {
    expect(errorsOf('plan', yaml('thidua: 1\nkind: plan\nid: 06/KH-STP\ntitle: K\nissuer: so\nissued: 10/01/2018\nyear: 2018'))).toEqual([]);
    expect(errorsOf('units', yaml('thidua: 1\nkind: units\nunits: [{id: so, name: Sở, kind: so}]'))).toEqual([]);
    expect(errorsOf('progress', yaml('thidua: 1\nkind: progress\nplan: 06/KH-STP'))).toEqual([]);
  });

  it('leaves a real-calendar check to the rules: 2018-02-30 has the shape of a date', () => {
    expect(errorsOf('plan', doc('plan', (d) => (d.issued = '2018-02-30')))).toEqual([]);
  });

  it('leaves the document-number grammar to the rules: any non-empty plan id passes', () => {
    expect(errorsOf('plan', doc('plan', (d) => (d.id = '6/KH-STP')))).toEqual([]);
  });
});

describe('invalid documents fail where and how they should', () => {
  const cases: Array<{ what: string; kind: Kind; edit: (d: any) => void; expected: Partial<ErrorObject> }> = [
    // unknown properties
    { what: 'an unknown top-level property', kind: 'plan', edit: (d) => (d.titel = 'x'), expected: { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'titel' } } },
    { what: 'an unknown property in a quota', kind: 'plan', edit: (d) => (d.movements[0].quotas[0].minimum = 1), expected: { instancePath: '/movements/0/quotas/0', keyword: 'additionalProperties', params: { additionalProperty: 'minimum' } } },
    { what: 'an unknown property in a unit', kind: 'units', edit: (d) => (d.units[1].parentId = 'so-tu-phap'), expected: { instancePath: '/units/1', keyword: 'additionalProperties', params: { additionalProperty: 'parentId' } } },
    { what: 'an unknown property in a selection', kind: 'progress', edit: (d) => (d.selections[0].unit = 'xa'), expected: { instancePath: '/selections/0', keyword: 'additionalProperties', params: { additionalProperty: 'unit' } } },
    { what: 'an unknown property in a period', kind: 'plan', edit: (d) => (d.movements[0].period.den = '2020-12-31'), expected: { instancePath: '/movements/0/period', keyword: 'additionalProperties', params: { additionalProperty: 'den' } } },
    { what: 'an unknown property in a waiver', kind: 'progress', edit: (d) => (d.waivers[0].until = '2018-12-31'), expected: { instancePath: '/waivers/0', keyword: 'additionalProperties', params: { additionalProperty: 'until' } } },
    { what: 'an owner object with more than kind', kind: 'plan', edit: (d) => (d.movements[0].quotas[0].owner = { kind: 'xa', id: 'x' }), expected: { instancePath: '/movements/0/quotas/0/owner', keyword: 'additionalProperties', params: { additionalProperty: 'id' } } },
    // wrong types
    { what: 'a year written as text', kind: 'plan', edit: (d) => (d.year = '2018'), expected: { instancePath: '/year', keyword: 'type', params: { type: 'integer' } } },
    { what: 'a fractional year', kind: 'plan', edit: (d) => (d.year = 2018.5), expected: { instancePath: '/year', keyword: 'type', params: { type: 'integer' } } },
    { what: 'tags given as one string', kind: 'units', edit: (d) => (d.units[1].tags = 'bai-ngang-ven-bien'), expected: { instancePath: '/units/1/tags', keyword: 'type', params: { type: 'array' } } },
    { what: 'a count given as text', kind: 'plan', edit: (d) => (d.movements[0].targets[0].count = 'tám'), expected: { instancePath: '/movements/0/targets/0/count', keyword: 'type', params: { type: 'number' } } },
    { what: 'a fractional quota minimum', kind: 'plan', edit: (d) => (d.movements[0].quotas[0].min = 1.5), expected: { instancePath: '/movements/0/quotas/0/min', keyword: 'type', params: { type: 'integer' } } },
    { what: 'a date given as a number', kind: 'progress', edit: (d) => (d.asOf = 20180715), expected: { instancePath: '/asOf', keyword: 'type', params: { type: 'string' } } },
    // missing required fields
    { what: 'a plan without its issue date', kind: 'plan', edit: (d) => delete d.issued, expected: { instancePath: '', keyword: 'required', params: { missingProperty: 'issued' } } },
    { what: 'a plan without thidua', kind: 'plan', edit: (d) => delete d.thidua, expected: { instancePath: '', keyword: 'required', params: { missingProperty: 'thidua' } } },
    { what: 'a unit without a name', kind: 'units', edit: (d) => delete d.units[0].name, expected: { instancePath: '/units/0', keyword: 'required', params: { missingProperty: 'name' } } },
    { what: 'a quota without select', kind: 'plan', edit: (d) => delete d.movements[0].quotas[0].select, expected: { instancePath: '/movements/0/quotas/0', keyword: 'required', params: { missingProperty: 'select' } } },
    { what: 'a movement without form', kind: 'plan', edit: (d) => delete d.movements[0].form, expected: { instancePath: '/movements/0', keyword: 'required', params: { missingProperty: 'form' } } },
    { what: 'a selection without chosen', kind: 'progress', edit: (d) => delete d.selections[0].chosen, expected: { instancePath: '/selections/0', keyword: 'required', params: { missingProperty: 'chosen' } } },
    { what: 'a progress file without plan', kind: 'progress', edit: (d) => delete d.plan, expected: { instancePath: '', keyword: 'required', params: { missingProperty: 'plan' } } },
    { what: 'a waiver without its document', kind: 'plan', edit: (d) => delete d.waivers[0].document, expected: { instancePath: '/waivers/0', keyword: 'required', params: { missingProperty: 'document' } } },
    { what: 'an anniversary with neither ref nor origin', kind: 'plan', edit: (d) => delete d.anniversaries[0].origin, expected: { instancePath: '/anniversaries/0', keyword: 'anyOf' } },
    // bad slugs and dates
    { what: 'a unit id with capitals and an underscore', kind: 'units', edit: (d) => (d.units[0].id = 'So_Tu_Phap'), expected: { instancePath: '/units/0/id', keyword: 'pattern' } },
    { what: 'a unit id with Vietnamese letters', kind: 'units', edit: (d) => (d.units[0].id = 'sở-tư-pháp'), expected: { instancePath: '/units/0/id', keyword: 'pattern' } },
    { what: 'a slug with a double hyphen', kind: 'plan', edit: (d) => (d.phases[0].id = 'dot--1'), expected: { instancePath: '/phases/0/id', keyword: 'pattern' } },
    { what: 'a tag with a trailing hyphen', kind: 'units', edit: (d) => (d.units[1].tags = ['ven-bien-']), expected: { instancePath: '/units/1/tags/0', keyword: 'pattern' } },
    { what: 'a catalogue ref that is not a slug', kind: 'plan', edit: (d) => (d.anniversaries[1].ref = 'Giải phóng miền Nam'), expected: { instancePath: '/anniversaries/1/ref', keyword: 'pattern' } },
    { what: 'an owner that is not a slug', kind: 'plan', edit: (d) => (d.movements[0].targets[0].owner = 'Sở Tư pháp'), expected: { instancePath: '/movements/0/targets/0/owner', keyword: 'anyOf' } },
    { what: 'a date written with dots', kind: 'plan', edit: (d) => (d.issued = '10.01.2018'), expected: { instancePath: '/issued', keyword: 'pattern' } },
    { what: 'a date with a time', kind: 'progress', edit: (d) => (d.activities[0].date = '2018-02-02T08:00:00'), expected: { instancePath: '/activities/0/date', keyword: 'pattern' } },
    // constants, enums, ranges
    { what: 'format version 2', kind: 'plan', edit: (d) => (d.thidua = 2), expected: { instancePath: '/thidua', keyword: 'const' } },
    { what: 'the wrong kind', kind: 'plan', edit: (d) => (d.kind = 'units'), expected: { instancePath: '/kind', keyword: 'const' } },
    { what: 'an unknown movement form', kind: 'plan', edit: (d) => (d.movements[0].form = 'theo-dot'), expected: { instancePath: '/movements/0/form', keyword: 'enum' } },
    { what: 'an unknown milestone type', kind: 'plan', edit: (d) => (d.milestones[0].type = 'so-ket'), expected: { instancePath: '/milestones/0/type', keyword: 'enum' } },
    { what: 'within other than owner', kind: 'plan', edit: (d) => (d.movements[0].quotas[0].within = 'parent'), expected: { instancePath: '/movements/0/quotas/0/within', keyword: 'const' } },
    { what: 'a negative quota maximum', kind: 'plan', edit: (d) => (d.movements[0].quotas[0].max = -1), expected: { instancePath: '/movements/0/quotas/0/max', keyword: 'minimum' } },
    { what: 'a negative count', kind: 'plan', edit: (d) => (d.movements[0].targets[0].count = -8), expected: { instancePath: '/movements/0/targets/0/count', keyword: 'minimum' } },
    { what: 'a negative achievement', kind: 'progress', edit: (d) => (d.targets[0].achieved = -1), expected: { instancePath: '/targets/0/achieved', keyword: 'minimum' } },
    { what: 'a year before 1900', kind: 'plan', edit: (d) => (d.year = 1899), expected: { instancePath: '/year', keyword: 'minimum' } },
    { what: 'a year after 2200', kind: 'progress', edit: (d) => (d.planYear = 2201), expected: { instancePath: '/planYear', keyword: 'maximum' } },
    { what: 'an empty plan id', kind: 'plan', edit: (d) => (d.id = ''), expected: { instancePath: '/id', keyword: 'minLength' } },
    { what: 'no units at all', kind: 'units', edit: (d) => (d.units = []), expected: { instancePath: '/units', keyword: 'minItems' } },
  ];

  for (const c of cases) {
    it(`rejects ${c.what}`, () => {
      const errors = errorsOf(c.kind, doc(c.kind, c.edit));
      expect(errors.map(brief)).toContainEqual(expect.objectContaining(c.expected));
      // Nothing else in the base document is wrong, so every error is about this one place.
      const here = c.expected.instancePath!;
      for (const e of errors) expect(e.instancePath === here || e.instancePath.startsWith(`${here}/`), JSON.stringify(brief(e))).toBe(true);
    });
  }
});

// ------------------------------------------------------------------ types.ts

/**
 * The schemas and src/model/types.ts describe the same shapes. Property names
 * must agree; a field optional in TypeScript may be required by the schema only
 * where listed here.
 */
describe('the schemas match src/model/types.ts', () => {
  const source = ts.createSourceFile('types.ts', readFileSync(join(root, 'src', 'model', 'types.ts'), 'utf8'), ts.ScriptTarget.Latest);
  const interfaces = new Map<string, Map<string, boolean>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const members = new Map<string, boolean>();
    for (const m of node.members) if (ts.isPropertySignature(m)) members.set(m.name.getText(source), !m.questionToken);
    interfaces.set(node.name.text, members);
  });

  const at = (s: Json, ...path: string[]): Json => {
    let n: unknown = s;
    for (const p of path) n = (n as Json)[p];
    return n as Json;
  };
  const movement = at(schemas.plan, 'properties', 'movements', 'items');
  const quota = at(movement, 'properties', 'quotas', 'items');
  const shapes: Array<[string, Json, string[]]> = [
    ['UnitsDoc', schemas.units, []],
    ['Unit', at(schemas.units, 'properties', 'units', 'items'), []],
    ['UnitParent', at(schemas.units, 'properties', 'units', 'items', 'properties', 'parents', 'items'), []],
    ['PlanDoc', schemas.plan, ['title', 'issuer', 'issued']],
    ['BasisDoc', at(schemas.plan, 'properties', 'basis', 'items'), []],
    ['Period', at(schemas.plan, '$defs', 'period'), []],
    ['Movement', movement, []],
    ['Target', at(movement, 'properties', 'targets', 'items'), []],
    ['Content', at(movement, 'properties', 'contents', 'items'), []],
    ['Quota', quota, []],
    ['QuotaForm', at(quota, 'properties', 'forms', 'items'), []],
    ['Phase', at(schemas.plan, 'properties', 'phases', 'items'), []],
    ['Anniversary', at(schemas.plan, 'properties', 'anniversaries', 'items'), []],
    ['Milestone', at(schemas.plan, 'properties', 'milestones', 'items'), []],
    ['PlanEvent', at(schemas.plan, 'properties', 'events', 'items'), []],
    ['DaySpan', at(schemas.plan, '$defs', 'daySpan'), []],
    ['Waiver', at(schemas.plan, '$defs', 'waiver'), []],
    ['ProgressDoc', schemas.progress, []],
    ['Selection', at(schemas.progress, 'properties', 'selections', 'items'), []],
    ['Activity', at(schemas.progress, 'properties', 'activities', 'items'), []],
    ['TargetRecord', at(schemas.progress, 'properties', 'targets', 'items'), []],
    ['ContentRecord', at(schemas.progress, 'properties', 'contents', 'items'), []],
    ['MilestoneRecord', at(schemas.progress, 'properties', 'milestones', 'items'), []],
    ['EventRecord', at(schemas.progress, 'properties', 'events', 'items'), []],
  ];

  it('covers every interface of types.ts', () => {
    expect([...interfaces.keys()].sort()).toEqual(shapes.map(([n]) => n).sort());
  });

  for (const [name, schema, stricter] of shapes) {
    it(`${name}: same fields, same required ones`, () => {
      const fields = interfaces.get(name);
      expect(fields, `interface ${name} in types.ts`).toBeDefined();
      const props = Object.keys((schema.properties as Json) ?? {}).sort();
      expect(props).toEqual([...fields!.keys()].sort());
      // A plan's year is required unless it gives a period (anyOf); the loader then sets it from the period.
      const required = new Set([...((schema.required as string[] | undefined) ?? []), ...(name === 'PlanDoc' ? ['year'] : [])]);
      const tsRequired = [...fields!].filter(([, req]) => req).map(([k]) => k);
      expect([...required].sort()).toEqual([...tsRequired, ...stricter].sort());
    });
  }

  it('the two waiver lists share one shape', () => {
    expect(schemas.progress.$defs).toHaveProperty('waiver', at(schemas.plan, '$defs', 'waiver'));
    expect(at(schemas.plan, 'properties', 'waivers', 'items')).toEqual({ $ref: '#/$defs/waiver' });
    expect(at(schemas.progress, 'properties', 'waivers', 'items')).toEqual({ $ref: '#/$defs/waiver' });
  });
});
