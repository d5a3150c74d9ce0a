import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Summary } from './components.js';
import type { WaivedFinding } from './waivers.js';

/** A component's result as the cache keeps it. */
export interface CachedResult extends Summary {
  diagnostics: Diagnostic[];
  waived: WaivedFinding[];
}


const str = (v: unknown): v is string => typeof v === 'string';
const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const DIAGNOSTIC_KEYS = new Set(['code', 'severity', 'message', 'hint', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'related']);
const RELATED_KEYS = new Set(['file', 'line', 'column', 'message']);
/** No field beyond those named: nothing unchecked reaches a formatter. */
const only = (o: object, keys: Set<string>): boolean => Object.keys(o).every((k) => keys.has(k));

function isRelated(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return only(r, RELATED_KEYS) && str(r.file) && int(r.line) && int(r.column) && str(r.message);
}

function isDiagnostic(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const d = v as Record<string, unknown>;
  return (
    only(d, DIAGNOSTIC_KEYS) &&
    str(d.code) &&
    str(d.severity) &&
    SEVERITIES.has(d.severity) &&
    str(d.message) &&
    (d.hint === undefined || str(d.hint)) &&
    str(d.file) &&
    int(d.line) &&
    int(d.column) &&
    int(d.endLine) &&
    int(d.endColumn) &&
    (d.path === undefined || (Array.isArray(d.path) && d.path.every((p) => str(p) || int(p)))) &&
    (d.related === undefined || (Array.isArray(d.related) && d.related.every(isRelated)))
  );
}

const WAIVER_KEYS = new Set(['rule', 'item', 'unit', 'reason', 'document', 'expires', 'inForce', 'file', 'line', 'column']);
const optStr = (v: unknown): boolean => v === undefined || str(v);

function isWaived(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { diagnostic, waiver, ...rest } = v as Record<string, unknown>;
  if (Object.keys(rest).length || !isDiagnostic(diagnostic) || typeof waiver !== 'object' || waiver === null) return false;
  const w = waiver as Record<string, unknown>;
  return only(w, WAIVER_KEYS) && str(w.rule) && optStr(w.item) && optStr(w.unit) && str(w.reason) && str(w.document) && optStr(w.expires) && typeof w.inForce === 'boolean' && str(w.file) && int(w.line) && int(w.column);
}

/** A cached result's findings, checked (`ResultColumns` checks its other fields by column). */
export const isFound = (diagnostics: unknown, waived: unknown): boolean => Array.isArray(diagnostics) && diagnostics.every(isDiagnostic) && Array.isArray(waived) && waived.every(isWaived);
