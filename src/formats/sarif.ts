import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { TextRenderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

const informationUri = 'https://github.com/thidua/thidua';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

// Findings that come from parsing and loading rather than from a rule have no
// page of their own; they share one entry per family.
const families: Record<string, string> = {
  yaml: 'YAML syntax',
  schema: 'Schema conformance',
  load: 'File loading and references',
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
}

function ruleFor(code: string, r: ValidateResult): SarifRule {
  const known = r.rules.get(code);
  if (known) return { id: code, shortDescription: { text: known.description }, helpUri: known.helpUri };
  const family = families[code.split('/')[0] ?? ''];
  return { id: code, shortDescription: { text: family ?? code } };
}

/**
 * A relative path becomes a URI reference under %SRCROOT% (so code scanning
 * can match it to the checkout); an absolute one becomes a file: URI. Each
 * segment is percent-encoded because `#`, `?`, spaces and Vietnamese letters
 * are not allowed raw in a URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(path.slice(3))}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

// SARIF regions are 1-based with an exclusive end column, as Diagnostic is;
// only a degenerate (empty or inverted) span needs fixing to stay valid.
function region(d: Diagnostic): Record<string, number> {
  const startLine = Math.max(1, d.line);
  const startColumn = Math.max(1, d.column);
  const endLine = Math.max(startLine, d.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, d.endColumn) : Math.max(1, d.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/** SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. */
export const sarif: TextRenderer<ValidateResult> = (r) => {
  const diagnostics = sortDiagnostics(r.diagnostics);
  // A waived finding stays in the log with SARIF's own mark for it (suppressions), so viewers hide it and audits see it.
  const waivedBy = new Map((r.waived ?? []).map((w) => [w.diagnostic, w.waiver]));
  const all = sortDiagnostics([...diagnostics, ...waivedBy.keys()]);
  const ids = [...new Set(all.map((d) => d.code))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = all.map((d) => {
    const result: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: index.get(d.code),
      level: level[d.severity],
      message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file), region: region(d) } }],
    };
    const w = waivedBy.get(d);
    if (w) {
      const until = w.expires ? ` (≤ ${w.expires})` : '';
      result.suppressions = [{ kind: 'external', status: 'accepted', justification: `${w.document}: ${w.reason}${until}`, location: { physicalLocation: { artifactLocation: artifactLocation(w.file), region: { startLine: Math.max(1, w.line), startColumn: Math.max(1, w.column) } } } }];
    }
    if (d.related?.length) {
      result.relatedLocations = d.related.map((x, i) => ({
        id: i,
        message: { text: x.message },
        physicalLocation: {
          artifactLocation: artifactLocation(x.file),
          region: { startLine: Math.max(1, x.line), startColumn: Math.max(1, x.column) },
        },
      }));
    }
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'thidua',
            version: r.toolVersion,
            informationUri,
            rules: ids.map((id) => ruleFor(id, r)),
          },
        },
        // Diagnostic columns count UTF-16 code units, which is SARIF's default; said explicitly anyway.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
