/**
 * `thidua fix`: the mistakes a machine can mend without a judgement — a BOM,
 * a file or a string in TCVN3/VNI, decomposed Unicode, tabs in indentation,
 * and whatever a rule declares a fix for (a stated anniversary ordinal). Edits
 * are spliced into the source (src/authoring/source-edits.ts), so comments,
 * quoting and layout stay; a file that does not parse is touched only for its
 * encoding, since nothing else in it can be placed with certainty.
 */
import { readFileSync } from 'node:fs';
import type { Scalar } from 'yaml';
import { scalarAt } from '../diagnostics/locate.js';
import { yamlLib } from '../diagnostics/yaml-lib.js';
import type { Scope } from '../domain/scope.js';
import { fastLoaded } from '../load/fast.js';
import { expandLeadingTabs, leadingTabs } from '../load/indent.js';
import { convertLegacy, legacyText } from '../load/legacy.js';
import { parseYaml, tabWidth } from '../load/parse.js';
import { textOf, type SourceFile, type Workspace } from '../load/workspace.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/support/rule.js';
import { applyEdits, replaceScalarValue, type Edit } from './source-edits.js';

export type FixKind = 'bom' | 'legacy-file' | 'nfc' | 'tabs' | 'legacy-text' | string;

export interface FileFix {
  file: SourceFile;
  /** The file as it was, decoded for a diff (a TCVN3/VNI file as the Latin-1 it shows as). */
  before: string;
  after: string;
  /** What was mended, in order; `rule:<id>` for a rule's fix. */
  kinds: FixKind[];
  /** False when the file does not parse: only its encoding was mended. */
  parsed: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

/** The fixes for every target file of a loaded workspace; nothing is written here. */
export function planFixes(ws: Workspace, scope: Scope, rules: readonly Rule[] = allRules): FileFix[] {
  const ruleEdits = new Map<SourceFile, { edit: Edit; kind: string }[]>();
  for (const rule of rules) {
    if (!rule.fix) continue;
    for (const f of rule.check({ ws, scope })) {
      const value = rule.fix(f);
      const node = value === undefined ? undefined : scalarAt(f.doc.src, f.path);
      if (value === undefined || !node) continue;
      const list = ruleEdits.get(f.doc.file) ?? [];
      list.push({ edit: replaceScalarValue(textOf(f.doc.file), node, String(value)), kind: `rule:${rule.id}` });
      ruleEdits.set(f.doc.file, list);
    }
  }
  // A file that could not be read as text (binary, not UTF-8 nor TCVN3/VNI) is left alone.
  const readable = ws.files.filter((f) => f.role === 'target' && f.abs !== '-' && (f.text !== undefined || f.dropped));
  return readable.map((f) => fixFile(f, ruleEdits.get(f) ?? []));
}

function fixFile(file: SourceFile, ruleEdits: { edit: Edit; kind: string }[]): FileFix {
  const bytes = readFileSync(file.abs);
  const kinds: FixKind[] = [];
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const hadBom = BOM.every((b, i) => bytes[i] === b);
  const loaded = textOf(file);
  const legacyFile = file.diagnostics.some((d) => d.code === 'load/legacy-file');
  const before = legacyFile ? new TextDecoder('windows-1252').decode(bytes) : utf8;
  if (hadBom) kinds.push('bom');
  if (legacyFile) kinds.push('legacy-file');
  const tabs = leadingTabs(loaded);
  const spaced = tabs.length ? expandLeadingTabs(loaded, tabWidth(loaded)) : loaded;
  // A file the fast reader took parses, has no tabs, no TCVN3/VNI string and is NFC
  // (src/load/fast.ts): only its rules' edits apply, placed by that reader, and
  // `yaml` (seconds a MiB) is not run.
  const parsed = fastLoaded(file) ? undefined : parseYaml(spaced);
  const ok = !parsed || parsed.docs.every((d) => d.doc.errors.length === 0);
  let text = loaded;
  if (ok) {
    if (tabs.length) kinds.push('tabs');
    const edits = parsed ? legacyEdits(spaced, parsed.docs.map((d) => d.doc)) : [];
    if (edits.length) kinds.push('legacy-text');
    // A rule's fix never overlaps a converted string: it writes numbers and dates.
    const free = ruleEdits.filter(({ edit }) => !edits.some((e) => e.start < edit.end && edit.start < e.end));
    for (const k of new Set(free.map((r) => r.kind))) kinds.push(k);
    text = applyEdits(spaced, [...edits, ...free.map((r) => r.edit)]);
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) kinds.push('nfc');
  return { file, before, after: nfc, kinds, parsed: ok };
}

/** Each string written in TCVN3 or VNI, converted where it is written (quotes and all kept). */
function legacyEdits(source: string, docs: import('yaml').Document.Parsed[]): Edit[] {
  const { visit, isScalar } = yamlLib();
  const out: Edit[] = [];
  for (const doc of docs) {
    visit(doc, {
      Scalar(_k, node: Scalar) {
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
        const found = legacyText(node.value.normalize('NFC'));
        if (!found) return;
        const [start, end] = node.range;
        out.push({ start, end, text: convertLegacy(source.slice(start, end), found.encoding) });
      },
    });
  }
  return out;
}
