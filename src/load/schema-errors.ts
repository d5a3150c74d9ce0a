import type { ErrorObject } from 'ajv';
import type { Lang } from '../diagnostics/diagnostic.js';
import { q } from '../diagnostics/text.js';
import type { DataPath } from '../model/types.js';
import { closest } from '../model/text.js';

export interface SchemaFinding {
  code: string;
  path: DataPath;
  key: boolean;
  message: string;
  hint?: string;
  /** The known field an unknown one is probably a misspelling of. */
  suggests?: string;
  /** The missing field, for a required-field finding. */
  missing?: string;
}

const typeName: Record<string, [string, string]> = {
  string: ['văn bản', 'text'],
  integer: ['số nguyên', 'a whole number'],
  number: ['số', 'a number'],
  array: ['danh sách', 'a list'],
  object: ['đối tượng (các cặp khoá: giá trị)', 'a mapping (key: value pairs)'],
  boolean: ['true/false', 'true/false'],
  null: ['rỗng', 'null'],
};

export function pointerToPath(ptr: string): (string | number)[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const lastName = (path: DataPath): string => {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '';
};

const describe = (schema: unknown, lang: Lang): string | undefined => {
  const d = (schema as { description?: string } | undefined)?.description;
  if (!d) return undefined;
  const [vi, en] = d.split(' — ');
  return (lang === 'vi' ? vi : en ?? vi)?.trim();
};

/** Follows a JSON pointer (`#/properties/x/items`) into a schema or a document. */
export function at(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointerToPath(pointer.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/**
 * The validators are compiled without ajv's `verbose` (it would double the
 * code parsed at start-up), so the failing value and the schema around it are
 * looked up here, from the data and from the annotated schema file.
 */
export function withContext(e: ErrorObject, schema: unknown, data: unknown, written?: Written): ErrorObject {
  const parentPointer = e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));
  const value = at(data, e.instancePath);
  return { ...e, parentSchema: at(schema, parentPointer) as ErrorObject['parentSchema'], data: plainValue(value) ? value : (written?.(pointerToPath(e.instancePath)) ?? value) };
}

/** The source text of the value at a path, as the clerk wrote it (tag included). */
export type Written = (path: DataPath) => string | undefined;

/**
 * Values a message can show as they are. Others — .inf (JSON null), a
 * !!binary (bytes), a !!set — are shown as written in the file.
 */
const plainValue = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v)) || Array.isArray(v) || (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype);

/** ajv's errors as plain sentences: one per place, combinator noise folded away. */
export function translateSchemaErrors(raw: ErrorObject[], lang: Lang, schema: unknown, data: unknown, written?: Written): SchemaFinding[] {
  const errors = raw.map((e) => withContext(e, schema, data, written));
  const vi = lang === 'vi';
  const folded = branchErrors(errors);
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (folded.has(e)) continue;
    // "year, or else period" with neither: one missing field, its hint naming the other.
    const either = e.keyword === 'anyOf' ? errors.filter((x) => x !== e && x.schemaPath.startsWith(e.schemaPath + '/')) : [];
    if (either.length > 1 && either.every((x) => x.keyword === 'required' && x.instancePath === e.instancePath)) {
      const [first, ...rest] = either.map((x) => String((x.params as { missingProperty: string }).missingProperty));
      const f = one(either[0]!, vi, lang);
      out.push({ ...f, message: vi ? `Thiếu trường bắt buộc "${first}" (hoặc ${rest.map((r) => `"${r}"`).join(', ')}).` : `The required field "${first}" (or ${rest.map((r) => `"${r}"`).join(', ')}) is missing.` });
      continue;
    }
    if (e.keyword === 'if') continue;
    const f = one(e, vi, lang);
    const k = `${f.code}|${f.path.join('/')}|${f.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(f);
    }
  }
  // "issuedd" unknown and "issued" missing are one mistake: the misspelling says it, with its fix.
  const misspelt = new Set(out.filter((f) => f.suggests).map((f) => [...f.path.slice(0, -1), f.suggests].join('/')));
  return out.filter((f) => !(f.missing && misspelt.has([...f.path, f.missing].join('/'))));
}

/**
 * The errors of a failed anyOf/oneOf's branches: the combinator says the one mistake
 * (the value fits none of the forms), its branches' errors are how each form failed.
 * ajv reports them just before the combinator, at its place or below. A branch that is
 * a $ref to a shared definition reports that definition's path ("#/$defs/date/type"),
 * not the branch's, so the block is read back from the combinator, stopping at an error
 * elsewhere in the document or from a keyword beside the combinator in its schema.
 */
function branchErrors(errors: ErrorObject[]): Set<ErrorObject> {
  const folded = new Set<ErrorObject>();
  errors.forEach((c, i) => {
    if (c.keyword !== 'anyOf' && c.keyword !== 'oneOf') return;
    const beside = c.schemaPath.slice(0, c.schemaPath.lastIndexOf('/') + 1);
    for (let j = i - 1; j >= 0; j--) {
      const e = errors[j]!;
      const under = e.instancePath === c.instancePath || e.instancePath.startsWith(c.instancePath + '/');
      const branch = e.schemaPath.startsWith(c.schemaPath + '/') || !e.schemaPath.startsWith(beside);
      if (!under || !branch) break;
      folded.add(e);
    }
  });
  return folded;
}

function one(e: ErrorObject, vi: boolean, lang: Lang): SchemaFinding {
  const path = pointerToPath(e.instancePath);
  const field = lastName(path);
  const p = e.params as Record<string, unknown>;
  const where = field ? (vi ? `Trường "${field}"` : `Field "${field}"`) : vi ? 'Tài liệu' : 'The document';
  switch (e.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      const what = describe((e.parentSchema as { properties?: Record<string, unknown> })?.properties?.[name], lang);
      return {
        code: 'schema/required',
        path,
        key: false,
        missing: name,
        message: vi ? `Thiếu trường bắt buộc "${name}".` : `The required field "${name}" is missing.`,
        hint: what ? (vi ? `Thêm "${name}": ${what}` : `Add "${name}": ${what}`) : undefined,
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = closest(name, known);
      const list = known.join(', ');
      return {
        code: 'schema/unknown-property',
        path: [...path, name],
        key: true,
        ...(near ? { suggests: near } : {}),
        message: vi ? `Trường "${name}" không có trong định dạng.` : `Unknown field "${name}".`,
        hint: near
          ? vi ? `Có phải ý bạn là "${near}"?` : `Did you mean "${near}"?`
          : vi ? `Các trường hợp lệ: ${list}.` : `Known fields: ${list}.`,
      };
    }
    case 'type': {
      const t = String(p.type).split(',').map((x) => typeName[x]?.[vi ? 0 : 1] ?? x).join(vi ? ' hoặc ' : ' or ');
      return {
        code: 'schema/type',
        path,
        key: false,
        message: vi ? `${where} phải là ${t}, không phải ${q(e.data)}.` : `${where} must be ${t}, not ${q(e.data)}.`,
        hint: describe(e.parentSchema, lang),
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      const near = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      return {
        code: 'schema/enum',
        path,
        key: false,
        message: vi
          ? `${where} có giá trị ${q(e.data)}, không thuộc: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`
          : `${where} is ${q(e.data)}, not one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`,
        hint: near ? (vi ? `Có phải ý bạn là "${near}"?` : `Did you mean "${near}"?`) : describe(e.parentSchema, lang),
      };
    }
    case 'pattern':
      return patternFinding(e, path, where, vi);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'minLength':
    case 'minItems': {
      const bound = p.limit;
      // A number is shown as written (42, not "42"); ajv's ">=" as the sign a reader writes.
      const value = typeof e.data === 'number' ? String(e.data) : q(e.data);
      const sign = ({ '>=': '≥', '<=': '≤' } as Record<string, string>)[String(p.comparison)] ?? String(p.comparison ?? '≥');
      return {
        code: `schema/${e.keyword === 'minLength' || e.keyword === 'minItems' ? 'too-short' : 'range'}`,
        path,
        key: false,
        message: vi
          ? `${where} có giá trị ${value}, phải ${sign} ${String(bound)}.`
          : `${where} is ${value}; it must be ${sign} ${String(bound)}.`,
        hint: describe(e.parentSchema, lang),
      };
    }
    default:
      return {
        code: `schema/${e.keyword === 'anyOf' || e.keyword === 'oneOf' ? 'shape' : e.keyword}`,
        path,
        key: false,
        message: vi ? `${where} không đúng dạng: ${q(e.data)}.` : `${where} has the wrong shape: ${q(e.data)}.`,
        hint: describe(e.parentSchema, lang),
      };
  }
}

function patternFinding(e: ErrorObject, path: DataPath, where: string, vi: boolean): SchemaFinding {
  const pattern = String((e.params as { pattern: string }).pattern);
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}'))
    return {
      code: 'schema/date-format',
      path,
      key: false,
      message: vi ? `${where} có giá trị ${q(e.data)}, không phải một ngày.` : `${where} is ${q(e.data)}, not a date.`,
      hint: vi ? 'Viết ngày dạng 2018-06-30 hoặc 30/06/2018.' : 'Write dates as 2018-06-30 or 30/06/2018.',
    };
  if (pattern.startsWith('^[a-z0-9]+'))
    return {
      code: 'schema/id-format',
      path,
      key: false,
      message: vi ? `${where} có giá trị ${q(e.data)}, không phải một mã định danh hợp lệ.` : `${where} is ${q(e.data)}, not a valid id.`,
      hint: vi
        ? 'Mã định danh gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ "xa-tan-thanh".'
        : 'Ids are lowercase ASCII letters, digits and hyphens, e.g. "xa-tan-thanh".',
    };
  return {
    code: 'schema/pattern',
    path,
    key: false,
    message: vi ? `${where} có giá trị ${q(e.data)}, không đúng dạng.` : `${where} is ${q(e.data)}, which has the wrong form.`,
    hint: vi ? `Dạng yêu cầu: ${pattern}` : `Expected form: ${pattern}`,
  };
}
