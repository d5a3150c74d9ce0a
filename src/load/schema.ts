import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { DocKind } from '../model/types.js';
import * as generated from './validators.generated.js';

export const KINDS: readonly DocKind[] = ['plan', 'units', 'progress'];

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators = generated as unknown as Record<DocKind, Validator>;
const schemaDir = new URL('../../schemas/', import.meta.url);

export function schemaText(kind: DocKind): string {
  return readFileSync(new URL(`${kind}.schema.json`, schemaDir), 'utf8');
}

/** Validates with code compiled from schemas/ at build time (scripts/gen-validators.mjs). */
export function validateSchema(kind: DocKind, data: unknown): ErrorObject[] {
  const v = validators[kind];
  return v(data) ? [] : [...(v.errors ?? [])];
}
