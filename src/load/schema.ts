import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DocKind } from '../model/types.js';

export const KINDS: readonly DocKind[] = ['plan', 'units', 'progress'];

const schemaDir = new URL('../../schemas/', import.meta.url);
const cache = new Map<DocKind, ValidateFunction>();
let ajv: Ajv2020 | undefined;

export function schemaText(kind: DocKind): string {
  return readFileSync(new URL(`${kind}.schema.json`, schemaDir), 'utf8');
}

export function schemaOf(kind: DocKind): Record<string, unknown> {
  return JSON.parse(schemaText(kind)) as Record<string, unknown>;
}

/** Compiled once per kind and process, on first use. */
export function validatorFor(kind: DocKind): ValidateFunction {
  let v = cache.get(kind);
  if (!v) {
    ajv ??= new Ajv2020({ allErrors: true, verbose: true, strict: true });
    v = ajv.compile(schemaOf(kind));
    cache.set(kind, v);
  }
  return v;
}

export function validateSchema(kind: DocKind, data: unknown): ErrorObject[] {
  const v = validatorFor(kind);
  return v(data) ? [] : [...(v.errors ?? [])];
}
