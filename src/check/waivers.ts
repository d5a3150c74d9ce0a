/**
 * Rule waivers: an office, on the strength of an approving document, accepts
 * a finding it cannot or need not fix (a false positive, a decision of its
 * superior). Such a finding is not reported as a finding while the waiver is
 * in force, but it is kept — as waived, with the waiver — so that every output
 * can list it: a waiver hides nothing.
 *
 * A waiver in a plan covers the findings in the files of that plan and of the
 * progress documents that report on it; one in a progress file covers that
 * file. It matches a finding of its rule; with `item`, only a finding about
 * that item (an id of something on the finding's path, or the value found);
 * with `unit`, only one about that unit (likewise, or an owner, `by` or
 * `chosen` on the path).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../diagnostics/locate.js';
import { isPlan, isProgress, type LoadedDoc, type Workspace } from '../load/workspace.js';
import { compareDates, parseDate, toISO, type CalDate } from '../model/date.js';
import type { DataPath, Waiver } from '../model/types.js';
import { waivedRule } from '../rules/support/waiver-refs.js';
import { registeredIds } from './check.js';
import { namesPlan } from '../domain/plan-identity.js';

export interface RuleWaiver {
  rule: string;
  item?: string;
  unit?: string;
  reason: string;
  document: string;
  /** ISO date, inclusive. */
  expires?: string;
  inForce: boolean;
  /** Where the waiver is written. */
  file: string;
  line: number;
  column: number;
}

export interface WaivedFinding {
  diagnostic: Diagnostic;
  waiver: RuleWaiver;
}

export interface WaiverOutcome {
  /** The findings still reported. */
  diagnostics: Diagnostic[];
  /** The findings a waiver in force covers. */
  waived: WaivedFinding[];
  /** Every rule waiver of the workspace, in force or lapsed. */
  waivers: RuleWaiver[];
}

const REF_FIELDS = ['id', 'owner', 'by', 'chosen', 'unit', 'ref', 'quota', 'target', 'milestone', 'commemorates', 'movement', 'reporter'];

/** The ids and values a finding at `path` is about. */
function mentioned(data: unknown, path: DataPath | undefined): Set<string> {
  const out = new Set<string>();
  let node: unknown = data;
  const visit = (n: unknown): void => {
    if (typeof n === 'string' || typeof n === 'number') out.add(String(n));
    else if (Array.isArray(n)) n.forEach((x) => (typeof x === 'string' ? out.add(x) : undefined));
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const f of REF_FIELDS) {
        const v = o[f];
        if (typeof v === 'string') out.add(v);
        else if (v && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string') out.add((v as { kind: string }).kind);
      }
    }
  };
  for (const seg of path ?? []) {
    if (!node || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[seg];
    visit(node);
  }
  return out;
}

function toRuleWaiver(w: Waiver, rule: string, doc: LoadedDoc, i: number, asOf: CalDate): RuleWaiver {
  const expires = w.expires ? parseDate(w.expires) : undefined;
  const at = locate(doc.src, ['waivers', i]);
  return {
    rule,
    ...(w.item !== undefined && { item: w.item }),
    ...(w.unit !== undefined && { unit: w.unit }),
    reason: w.reason,
    document: w.document,
    ...(expires && { expires: toISO(expires) }),
    inForce: !expires || compareDates(asOf, expires) <= 0,
    file: doc.file.path,
    line: at.line,
    column: at.column,
  };
}

/** Splits a run's findings into those reported and those waived, as of a day. */
export function applyRuleWaivers(ws: Workspace, diagnostics: Diagnostic[], asOf: CalDate): WaiverOutcome {
  const ids = registeredIds();
  const scoped: { waiver: RuleWaiver; files: Set<string> }[] = [];
  for (const doc of ws.docs) {
    // Only a document with waivers needs the files they reach: most have none.
    if ((!isPlan(doc) && !isProgress(doc)) || !doc.data.waivers?.length) continue;
    const files = new Set([doc.file.path]);
    if (isPlan(doc)) {
      for (const p of ws.docs) if (isProgress(p) && namesPlan(doc.data, p.data.plan) && (p.data.planYear === undefined || p.data.planYear === doc.data.year)) files.add(p.file.path);
    }
    (doc.data.waivers ?? []).forEach((w, i) => {
      const rule = waivedRule(w, ids);
      if (rule !== undefined) scoped.push({ waiver: toRuleWaiver(w, rule, doc, i, asOf), files });
    });
  }
  const waivers = scoped.map((s) => s.waiver);
  if (!scoped.length) return { diagnostics, waived: [], waivers };
  const docsOf = new Map<string, LoadedDoc[]>();
  for (const d of ws.docs) docsOf.set(d.file.path, [...(docsOf.get(d.file.path) ?? []), d]);
  const kept: Diagnostic[] = [];
  const waived: WaivedFinding[] = [];
  for (const d of diagnostics) {
    const candidates = scoped.filter((s) => s.waiver.inForce && s.waiver.rule === d.code && s.files.has(d.file));
    let match: RuleWaiver | undefined;
    if (candidates.length) {
      const about = new Set<string>();
      for (const doc of docsOf.get(d.file) ?? []) for (const x of mentioned(doc.data, d.path)) about.add(x);
      match = candidates.find((s) => (s.waiver.item === undefined || about.has(s.waiver.item)) && (s.waiver.unit === undefined || about.has(s.waiver.unit)))?.waiver;
    }
    if (match) waived.push({ diagnostic: d, waiver: match });
    else kept.push(d);
  }
  return { diagnostics: kept, waived, waivers };
}
