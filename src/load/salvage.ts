import type { ErrorObject } from 'ajv';
import { closest } from '../model/text.js';
import type { DataPath, DocKind } from '../model/types.js';
import { at, pointerToPath, withContext } from './schema-errors.js';
import { validateSchema } from './schema.js';

/** What is left of a document that fails its schema, and how its paths map back to the file. */
export interface Salvaged {
  data: Record<string, unknown>;
  /** A path in `data` as it is written in the file (renamed keys, removed list items). */
  origin: (path: DataPath) => DataPath;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const key = (path: DataPath): string => path.join('\u0000');

/**
 * The readable part of a document with schema errors, so one misspelt key
 * does not hide the plan from its progress files and from every other rule
 * (ESLint and Spectral report every independent finding too). A misspelt key
 * takes the name it was meant to have when that one is missing; an unknown
 * key is dropped; a list item with a wrong value is dropped. A document whose
 * required top-level field is missing or wrong is not salvaged: the rules
 * need it.
 */
export function salvage(kind: DocKind, obj: Obj, schema: unknown): Salvaged | undefined {
  const data = structuredClone(obj);
  const renamed = new Map<string, string>();
  const removed = new Map<string, number[]>();
  const toOriginal = (path: DataPath): DataPath => {
    const out: (string | number)[] = [];
    for (const seg of path) {
      if (typeof seg === 'number') {
        let i = seg;
        for (const r of removed.get(key(out)) ?? []) if (r <= i) i++;
        out.push(i);
      } else out.push(renamed.get(key([...out, seg])) ?? seg);
    }
    return out;
  };
  for (let round = 0; round < 8; round++) {
    const errors = validateSchema(kind, data).map((e) => withContext(e, schema, data));
    if (errors.length === 0) return { data, origin: (p) => (renamed.size || removed.size ? toOriginal(p) : p) };
    const drops: DataPath[] = [];
    let changed = false;
    for (const e of errors) {
      const path = pointerToPath(e.instancePath);
      if (e.keyword === 'additionalProperties') {
        changed = renameOrDrop(e, path, data, renamed, toOriginal) || changed;
        continue;
      }
      const item = path.map((s) => typeof s === 'number').lastIndexOf(true);
      if (optional(e, schema, path)) drops.push(path);
      else if (item >= 0) drops.push(path.slice(0, item + 1));
      // Anything else (a required top-level field) waits: a rename this round may settle it.
    }
    // A rename may settle what else failed (`kindd` renamed gives a unit the `kind` it lacked):
    // the document is validated again before anything is dropped for it.
    if (changed) continue;
    // Deepest and last first, so an earlier removal does not move a later one.
    const unique = [...new Map(drops.map((p) => [key(p), p])).values()].sort((a, b) => b.length - a.length || cmpLast(b, a));
    for (const p of unique) changed = drop(data, p, removed, toOriginal) || changed;
    if (!changed) return undefined;
  }
  return undefined;
}

const cmpLast = (a: DataPath, b: DataPath): number => Number(a[a.length - 1]) - Number(b[b.length - 1]) || 0;

/** True when the failing value is an optional field: dropping it keeps the rest of its item. */
function optional(e: ErrorObject, schema: unknown, path: DataPath): boolean {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return false;
  const mark = e.schemaPath.lastIndexOf(`/properties/${last}/`);
  if (mark < 0) return false;
  const owner = at(schema, e.schemaPath.slice(0, mark)) as { required?: string[] } | undefined;
  return !(owner?.required ?? []).includes(last);
}

function renameOrDrop(e: ErrorObject, path: DataPath, data: Obj, renamed: Map<string, string>, toOriginal: (p: DataPath) => DataPath): boolean {
  const parent = at(data, e.instancePath);
  const name = String((e.params as { additionalProperty: string }).additionalProperty);
  if (!isObj(parent) || !(name in parent)) return false;
  const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const near = closest(name, known);
  const value = parent[name];
  delete parent[name];
  if (near && !(near in parent)) {
    renamed.set(key([...toOriginal(path), near]), name);
    Object.defineProperty(parent, near, { value, enumerable: true, writable: true, configurable: true });
  }
  return true;
}

function drop(data: Obj, path: DataPath, removed: Map<string, number[]>, toOriginal: (p: DataPath) => DataPath): boolean {
  const parent = at(data, path.slice(0, -1).map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join(''));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    const arrayAt = toOriginal(path.slice(0, -1));
    const orig = toOriginal(path)[path.length - 1] as number;
    parent.splice(last, 1);
    const list = removed.get(key(arrayAt)) ?? [];
    removed.set(key(arrayAt), [...list, orig].sort((a, b) => a - b));
    return true;
  }
  if (isObj(parent) && typeof last === 'string' && last in parent) {
    delete parent[last];
    return true;
  }
  return false;
}
