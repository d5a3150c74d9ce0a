/** Shared by the schema tests: the schemas compiled as the CLI's build compiles them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

export type Json = Record<string, unknown>;
export type Kind = 'plan' | 'units' | 'progress';
export const KINDS: readonly Kind[] = ['plan', 'units', 'progress'];

export const root = join(import.meta.dirname, '..', '..');
export const schemaFile = (kind: Kind): string => join(root, 'schemas', `${kind}.schema.json`);
export const schemas = Object.fromEntries(
  KINDS.map((k) => [k, JSON.parse(readFileSync(schemaFile(k), 'utf8')) as Json]),
) as Record<Kind, Json>;

/** As the CLI compiles them: ajv 2020-12, strict, all errors. Any strict-mode warning fails the test. */
export function compile(kind: Kind): { validate: ValidateFunction; warnings: string[] } {
  const warnings: string[] = [];
  const logger = { log: () => {}, warn: (...a: unknown[]) => warnings.push(a.join(' ')), error: (...a: unknown[]) => warnings.push(a.join(' ')) };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  return { validate: ajv.compile(schemas[kind]), warnings };
}
export const validators = Object.fromEntries(KINDS.map((k) => [k, compile(k).validate])) as Record<Kind, ValidateFunction>;

/** YAML 1.2 core, as the CLI reads files: `2018-06-30` stays a string. */
export const yaml = (text: string): unknown => parse(text, { version: '1.2', schema: 'core' });

export function errorsOf(kind: Kind, data: unknown): ErrorObject[] {
  const v = validators[kind];
  return v(data) ? [] : [...(v.errors ?? [])];
}

export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

// ------------------------------------------------------------------ compile

/** Every document of the bundled examples, read as plain data: valid to start with. */
export function exampleDocs(): Json[] {
  const dir = join(root, 'examples');
  return readdirSync(dir).flatMap((d) =>
    readdirSync(join(dir, d))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => yaml(readFileSync(join(dir, d, f), 'utf8')) as Json),
  );
}
