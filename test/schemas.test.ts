import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, root, schemaFile, schemas, compile, yaml, errorsOf, yamlFiles, type Json, type Kind } from './helpers/schemas.js';


describe('the JSON Schemas', () => {
  for (const kind of KINDS) {
    it(`${kind}.schema.json compiles with ajv 2020-12 in strict mode, without warnings`, () => {
      const { warnings } = compile(kind);
      expect(warnings).toEqual([]);
    });

    it(`${kind}.schema.json declares draft 2020-12, its $id, a title and a bilingual description`, () => {
      const s = schemas[kind];
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://thidua.vn/schemas/${kind}.schema.json`);
      expect(typeof s.title).toBe('string');
      expect(bilingualProblem(s.description)).toBeUndefined();
    });

    it(`${kind}.schema.json refers to nothing outside itself`, () => {
      const refs: string[] = [];
      walk(schemas[kind], (node) => {
        if (typeof node.$ref === 'string') refs.push(node.$ref);
      });
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((r) => !r.startsWith('#/$defs/'))).toEqual([]);
    });

    it(`${kind}.schema.json requires thidua: 1 and kind: ${kind}`, () => {
      const s = schemas[kind] as { required: string[]; properties: Record<string, Json> };
      expect(s.required.slice(0, 2)).toEqual(['thidua', 'kind']);
      expect(s.properties.thidua!.const).toBe(1);
      expect(s.properties.kind!.const).toBe(kind);
    });
  }
});

// ------------------------------------------------------------------ descriptions

/** Vietnamese letters that English text does not use. */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const EN_WORD = /\b(the|a|an|of|or|and|it|its|to|for|by|on|in|when|who|what|which|one|each|e\.g\.)\b/i;

/** Why a description is not "Vietnamese — English", or undefined when it is. */
function bilingualProblem(d: unknown): string | undefined {
  if (typeof d !== 'string') return 'no description';
  if (d !== d.normalize('NFC')) return 'not NFC';
  const parts = d.split(' — ');
  if (parts.length !== 2) return `expected exactly one " — " separator, found ${parts.length - 1}`;
  const [vi, en] = parts as [string, string];
  if (!VI_LETTER.test(vi)) return `no Vietnamese before the dash: ${vi}`;
  if (!EN_WORD.test(en)) return `no English after the dash: ${en}`;
  if (vi.trim() === '' || en.trim() === '') return 'an empty half';
  return undefined;
}

/** Calls `visit` on every schema object, however deeply nested. */
function walk(node: unknown, visit: (n: Json, path: string) => void, path = '#'): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, `${path}/${i}`));
  else if (node && typeof node === 'object') {
    visit(node as Json, path);
    for (const [k, v] of Object.entries(node)) if (k !== 'const' && k !== 'enum') walk(v, visit, `${path}/${k}`);
  }
}

function propertyDescriptionProblems(schema: Json): string[] {
  const problems: string[] = [];
  walk(schema, (node, path) => {
    const props = node.properties;
    if (!props || typeof props !== 'object') return;
    for (const [name, sub] of Object.entries(props as Record<string, unknown>)) {
      const why = bilingualProblem((sub as Json | undefined)?.description);
      if (why) problems.push(`${path}/properties/${name}: ${why}`);
    }
  });
  return problems;
}

describe('descriptions (what yaml-language-server shows on hover)', () => {
  it('the check itself catches a property without one, or with one language only', () => {
    expect(propertyDescriptionProblems({ properties: { a: { type: 'string' } } })).toHaveLength(1);
    expect(propertyDescriptionProblems({ properties: { a: { description: 'Only English here, no dash' } } })).toHaveLength(1);
    expect(propertyDescriptionProblems({ properties: { a: { description: 'Ngày ban hành — Ngày ký' } } })).toHaveLength(1);
    expect(propertyDescriptionProblems({ properties: { a: { description: 'Ngày ban hành — The issue date' } } })).toEqual([]);
    expect(bilingualProblem('Ngày ban hành — The issue date — again')).toMatch(/exactly one/);
  });

  for (const kind of KINDS) {
    it(`every property in ${kind}.schema.json has a "Vietnamese — English" description`, () => {
      let count = 0;
      walk(schemas[kind], (n) => {
        if (n.properties) count += Object.keys(n.properties).length;
      });
      expect(count).toBeGreaterThan(kind === 'units' ? 8 : 20);
      expect(propertyDescriptionProblems(schemas[kind])).toEqual([]);
    });

    it(`every shared definition in ${kind}.schema.json is described too (error hints use them)`, () => {
      const defs = schemas[kind].$defs as Record<string, Json>;
      expect(Object.keys(defs).length).toBeGreaterThan(1);
      for (const [name, def] of Object.entries(defs)) expect(bilingualProblem(def.description), name).toBeUndefined();
    });

    it(`every object in ${kind}.schema.json rejects unknown properties`, () => {
      const open: string[] = [];
      walk(schemas[kind], (n, path) => {
        if (n.type === 'object' && n.additionalProperties !== false && n.unevaluatedProperties !== false) open.push(path);
      });
      expect(open).toEqual([]);
    });
  }
});

// ------------------------------------------------------------------ examples

describe('the examples', () => {
  const files = yamlFiles(join(root, 'examples'));

  it('include the founding Tiền Giang 2018 plan and the Đồng Tháp 2026 plan, each with units and progress', () => {
    const rel = files.map((f) => relative(join(root, 'examples'), f));
    for (const dir of ['tien-giang-2018', 'dong-thap-2026']) {
      expect(rel).toContain(`${dir}/plan.yaml`);
      expect(rel).toContain(`${dir}/units.yaml`);
      expect(rel.some((r) => r.startsWith(`${dir}/progress-`))).toBe(true);
    }
  });

  for (const file of files) {
    const name = relative(root, file);
    const text = readFileSync(file, 'utf8');
    const data = yaml(text) as { kind?: Kind; thidua?: number };

    it(`${name} validates against the schema of its kind`, () => {
      expect(data.thidua).toBe(1);
      expect(KINDS).toContain(data.kind);
      expect(errorsOf(data.kind!, data)).toEqual([]);
    });

    it(`${name} names that schema in its yaml-language-server modeline`, () => {
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0] ?? '');
      expect(m, 'first line is the modeline').not.toBeNull();
      expect(resolve(dirname(file), m![1]!)).toBe(schemaFile(data.kind!));
    });

    it(`${name} is NFC text`, () => {
      expect(text).toBe(text.normalize('NFC'));
    });
  }
});

// ------------------------------------------------------------------ invalid documents

