import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { packagePath } from '../model/package-root.js';
import type { DocKind } from '../model/types.js';
import * as generated from './validators.generated.js';
import * as generatedFirst from './validators-first.generated.js';

export const KINDS: readonly DocKind[] = ['plan', 'units', 'progress'];

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators = generated as unknown as Record<DocKind, Validator>;
const firstErrorValidators = generatedFirst as unknown as Record<DocKind, Validator>;

export function schemaText(kind: DocKind): string {
  return readFileSync(packagePath('schemas', `${kind}.schema.json`), 'utf8');
}

const parsedSchemas = new Map<DocKind, unknown>();

/** The schema with its annotations, read only when an error needs explaining. */
export function schemaOf(kind: DocKind): unknown {
  let s = parsedSchemas.get(kind);
  if (s === undefined) {
    s = JSON.parse(schemaText(kind));
    parsedSchemas.set(kind, s);
  }
  return s;
}

/** Validates with code compiled from schemas/ at build time (scripts/gen-validators.mjs). */
export function validateSchema(kind: DocKind, data: unknown): ErrorObject[] {
  const v = validators[kind];
  if (v(data)) return [];
  // Each call makes a new array; the validator lets go of it, so 200,000 errors live no longer than their caller needs them.
  const errors = v.errors ?? [];
  v.errors = null;
  return errors;
}

/**
 * Whether a document is valid, by validators that stop at the first error: a
 * file of 330,000 unknown keys has its answer at the first, where the
 * validators above would build an error for each.
 */
export function isValid(kind: DocKind, data: unknown): boolean {
  return firstErrorValidators[kind](data);
}
