import type { Document, LineCounter } from 'yaml';
import { yamlLib } from '../diagnostics/yaml-lib.js';
import type { DataPath } from '../model/types.js';
import { expandLeadingTabs, indentSlips } from './indent.js';
import { legacyText, type LegacyText } from './legacy.js';

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
  /** Strings typed in TCVN3 or VNI; the data holds their Unicode reading. */
  legacy: LegacyString[];
  start: number;
}

export interface LegacyString extends LegacyText {
  path: DataPath;
  value: string;
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
    // Checked by duplicateKeys below: `yaml` compares each new key with every
    // earlier one, which is quadratic in the keys of one mapping.
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    // `yaml` would print a process warning for a mapping key that is itself a list or a
    // mapping (`? [a, b]`): noise on stderr, in JSON and SARIF runs too. The key is kept as
    // its text, and the schema reports the field it is not.
    logLevel: 'error',
  });
  const list = Array.isArray(stream) ? stream : [];
  const docs = list.map((doc) => toParsedDoc(doc, text, lines));
  return { lines, docs };
}

/**
 * How many spaces a tab in an indentation stood for: the first width with
 * which the file parses cleanly (an editor set to 2, 4 or 8), else 2.
 */
export function tabWidth(text: string): number {
  for (const w of [2, 4, 8]) {
    const { parseAllDocuments } = yamlLib();
    const docs = parseAllDocuments(expandLeadingTabs(text, w), { version: '1.2', schema: 'core', uniqueKeys: false, strict: true });
    if (Array.isArray(docs) && docs.every((d) => d.errors.length === 0)) return w;
  }
  return 2;
}

/**
 * After its first syntax error the parser guesses, and each guess is a new
 * "error" that the clerk did not make. Kept: the first error (moved to the
 * line whose indentation slipped, when that is what happened), the duplicate
 * keys before it, and the warnings.
 */
function oneFindingPerMistake(issues: ParseIssue[], text: string, lines: LineCounter): ParseIssue[] {
  const errors = issues.filter((i) => i.severity === 'error').sort((a, b) => a.start - b.start);
  const first = errors.find((i) => i.code !== 'yaml/duplicate-key');
  if (!first) return issues;
  const kept = issues.filter((i) => i.severity === 'warning' || (i.code === 'yaml/duplicate-key' && i.start < first.start));
  const line = lines.linePos(first.start).line;
  const slip = first.params.opener ? undefined : indentSlips(text, line + 1).find((s) => s.line >= line - 1);
  if (slip) kept.push({ code: 'yaml/indent-slip', severity: 'error', start: slip.offset, end: slip.offset + 1, params: { got: slip.got, want: slip.want } });
  else kept.push(first);
  return kept;
}

type YamlError = { code: string; message: string; pos: [number, number] };

/**
 * Keys repeated in a mapping, as `yaml`'s uniqueKeys reports them (same code,
 * message and offset: where the repeated key starts), in linear time: one Map
 * of scalar key values per mapping. Iterative, so nesting depth costs no stack.
 */
function duplicateKeys(doc: Document.Parsed): YamlError[] {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const out: YamlError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<unknown, true>();
      for (const p of node.items) {
        if (!isPair(p)) continue;
        if (isScalar(p.key) && p.key.range) {
          if (seen.has(p.key.value)) out.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [p.key.range[0], p.key.range[0] + 1] });
          else seen.set(p.key.value, true);
        }
        stack.push(p.key, p.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
      for (const item of node.items) if (isPair(item)) stack.push(item.key);
    }
  }
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}

function toParsedDoc(doc: Document.Parsed, text: string, lines: LineCounter): ParsedDoc {
  let issues: ParseIssue[] = [];
  const errors: YamlError[] = [...doc.errors, ...duplicateKeys(doc)];
  for (const e of errors) issues.push(issueOf(e, 'error', text));
  for (const w of doc.warnings) issues.push(issueOf(w, 'warning', text));
  issues = oneFindingPerMistake(issues, text, lines);
  const start = doc.range?.[0] ?? 0;
  if (errors.length > 0) return { doc, issues, notNfc: [], legacy: [], start };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const at = firstAlias(doc) ?? [start, start];
    issues.push({ code: 'yaml/alias-limit', severity: 'error', start: at[0], end: at[1], params: {} });
    return { doc, issues, notNfc: [], legacy: [], start };
  }
  const found: Found = { notNfc: [], legacy: [] };
  data = normalise(data, [], found);
  return { doc, data, issues, ...found, start };
}

function issueOf(e: YamlError, severity: 'error' | 'warning', text: string): ParseIssue {
  // The parser's English is never shown; it only tells which of our sentences fits.
  // Tags as the clerk wrote them: !!float, not tag:yaml.org,2002:float.
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/tag:yaml\.org,2002:/g, '!!');
  const params: Record<string, unknown> = { variant: variantOf(detail) };
  if (e.code === 'TAG_RESOLVE_FAILED') {
    params.tag = /!!?[\w-]+|![^\s]*/.exec(detail)?.[0] ?? detail;
    const eol = text.indexOf('\n', e.pos[0]);
    params.value = JSON.stringify(text.slice(e.pos[0], eol < 0 ? undefined : eol).replace(/^!\S*\s+/, '').trim());
  }
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
  return { code: `yaml/${kebab(e.code)}`, severity, start, end, params };
}

/** Which sentence of ours a parser message calls for (src/load/yaml-messages.ts). */
function variantOf(detail: string): string {
  const known: [RegExp, string][] = [
    [/^Nested mappings/, 'nested'],
    [/closing .?quote/, 'quote'],
    [/^Flow (sequence|map)/, 'flow'],
    [/^Missing , /, 'comma'],
    [/^Missing space after :/, 'space-after-colon'],
    [/^Comments must be separated/, 'comment-space'],
    [/^Implicit map keys need to be followed/, 'no-value'],
    [/^Sequence item without/, 'item-dash'],
    [/^All sequence items/, 'item-column'],
    [/^Implicit keys/, 'key-one-line'],
    [/^Plain value cannot start with/, 'plain-start'],
    [/^Unexpected , /, 'comma'],
    [/^Unexpected empty item/, 'comma'],
    [/^Block scalar header/, 'block-header'],
  ];
  return known.find(([re]) => re.test(detail))?.[1] ?? 'other';
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

interface Found {
  notNfc: { path: DataPath; value: string }[];
  legacy: LegacyString[];
}

/** One string as the rules should see it: NFC, and Unicode when it was typed in TCVN3 or VNI. */
function clean(s: string, path: DataPath, out: Found): string {
  let n = s.normalize('NFC');
  if (n !== s) out.notNfc.push({ path, value: n });
  const legacy = legacyText(n);
  if (legacy) {
    out.legacy.push({ path, value: n, ...legacy });
    n = legacy.converted;
  }
  return n;
}

/** Returns the value with every string (keys included) cleaned, noting what changed. */
function normalise(value: unknown, path: (string | number)[], out: Found): unknown {
  if (typeof value === 'string') return clean(value, [...path], out);
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, [...path, i], out));
  // A !!binary (bytes) or !!set stays what it is, so a message can say it was one.
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const res: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const nk = k.normalize('NFC');
      if (nk !== k) out.notNfc.push({ path: [...path, nk], value: nk });
      // defineProperty: a key named __proto__ must stay data, not become a prototype.
      Object.defineProperty(res, nk, { value: normalise(v, [...path, nk], out), enumerable: true, writable: true, configurable: true });
    }
    return res;
  }
  return value;
}
