import type { Document, LineCounter } from 'yaml';
import { yamlLib } from '../diagnostics/yaml-lib.js';
import type { DataPath } from '../model/types.js';

export interface ParseIssue {
  code: string;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  params: Record<string, unknown>;
}

export interface ParsedDoc {
  doc: Document.Parsed;
  /** The plain data, NFC-normalised; undefined when the YAML has errors. */
  data?: unknown;
  issues: ParseIssue[];
  /** Paths of strings that were not NFC as written. */
  notNfc: { path: DataPath; value: string }[];
  start: number;
}

export interface ParsedFile {
  lines: LineCounter;
  docs: ParsedDoc[];
}

/** Aliases beyond this expand a document too far to be an honest plan file. */
const MAX_ALIAS_COUNT = 100;

const kebab = (code: string): string => code.toLowerCase().replace(/_/g, '-');

/**
 * YAML 1.2 core schema: `2018-06-30` and `no` stay strings; duplicate keys are
 * errors; every document of a stream is returned.
 */
export function parseYaml(text: string): ParsedFile {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lines = new LineCounter();
  const stream = parseAllDocuments(text, {
    lineCounter: lines,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const list = Array.isArray(stream) ? stream : [];
  const docs = list.map((doc) => toParsedDoc(doc, text));
  return { lines, docs };
}

function toParsedDoc(doc: Document.Parsed, text: string): ParsedDoc {
  const issues: ParseIssue[] = [];
  for (const e of doc.errors) issues.push(issueOf(e, 'error', text));
  for (const w of doc.warnings) issues.push(issueOf(w, 'warning', text));
  const start = doc.range?.[0] ?? 0;
  if (doc.errors.length > 0) return { doc, issues, notNfc: [], start };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const at = firstAlias(doc) ?? [start, start];
    issues.push({ code: 'yaml/alias-limit', severity: 'error', start: at[0], end: at[1], params: {} });
    return { doc, issues, notNfc: [], start };
  }
  const notNfc: { path: DataPath; value: string }[] = [];
  data = normalise(data, [], notNfc);
  return { doc, data, issues, notNfc, start };
}

function issueOf(e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning', text: string): ParseIssue {
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const params: Record<string, unknown> = { detail };
  if (e.code === 'DUPLICATE_KEY') {
    // The error's range may cover only the key's first character; the key runs to the colon.
    const rest = text.slice(e.pos[0]);
    params.key = JSON.stringify(rest.slice(0, rest.search(/\s*:(\s|$)|\r?\n|$/)).replace(/^["']|["']$/g, ''));
  }
  let [start, end] = e.pos;
  // The parser notices an unclosed quote or bracket where the file ends; the clerk needs the opening one.
  const opener = /closing (["'])quote/.exec(detail)?.[1] ?? (/^Flow sequence/.test(detail) ? '[' : /^Flow map/.test(detail) ? '{' : undefined);
  if (opener) {
    params.opener = opener;
    const at = text.lastIndexOf(opener, start - 1);
    if (at >= 0) [start, end] = [at, at + 1];
  }
  if (/^Nested mappings/.test(detail)) params.nested = true;
  return { code: `yaml/${kebab(e.code)}`, severity, start, end, params };
}

function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  const { isAlias, visit } = yamlLib();
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_k, node) {
      if (isAlias(node) && node.range) {
        found = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Returns the value with every string (keys included) in NFC, noting what changed. */
function normalise(value: unknown, path: (string | number)[], out: { path: DataPath; value: string }[]): unknown {
  if (typeof value === 'string') {
    const n = value.normalize('NFC');
    if (n !== value) out.push({ path: [...path], value: n });
    return n;
  }
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, [...path, i], out));
  if (value !== null && typeof value === 'object') {
    const res: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const nk = k.normalize('NFC');
      if (nk !== k) out.push({ path: [...path, nk], value: nk });
      // defineProperty: a key named __proto__ must stay data, not become a prototype.
      Object.defineProperty(res, nk, { value: normalise(v, [...path, nk], out), enumerable: true, writable: true, configurable: true });
    }
    return res;
  }
  return value;
}
