/**
 * `thidua report --format table`: terminal tables that fit the terminal's
 * width (terminal-table.ts): text wraps, figures are never cut. Colour is an
 * option the CLI decides (`color`), applied through a Chalk of the right
 * level so a pipe or NO_COLOR gets plain text. User text goes through
 * escapeTerminal: a YAML value cannot move the cursor or recolour the screen.
 */
import type { TextRenderer } from './render-context.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { basename } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { numberText } from '../diagnostics/numbers.js';
import { toVN } from '../model/date.js';
import { findingText } from '../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation, type Outcome } from '../views/compliance-types.js';
import { escapeTerminal } from './escape.js';
import { DEFAULT_WIDTH, figure, FIGURE_BREAK, fitTable, span, text, wrapText, type Cell, type Line } from './terminal-table.js';
import {
  asOfText,
  contentLabel,
  evidenceText,
  outcomeLabel,
  ownerLabel,
  planHeading,
  progressText,
  reasonLine,
  regimeLabel,
  typeLabel,
  waiverText,
  word,
  waivedText,
  basisText,
  lineId,
} from './report-labels.js';
import { dueLabel } from './shared-text.js';

const t = escapeTerminal;

function paint(c: ChalkInstance, o: Outcome, text: string): string {
  switch (o) {
    case 'pass':
      return c.green(text);
    case 'fail':
      return c.red.bold(text);
    case 'late':
      return c.yellow(text);
    case 'pending':
      return c.cyan(text);
    case 'waived':
      return c.magenta(text);
    default:
      return c.dim(text);
  }
}

/**
 * A group per row with its counts, one outcome a line ("11 đạt", "2 chưa đến
 * hạn"): six count columns do not fit a terminal.
 */
function totalsTable(c: ChalkInstance, title: string, groups: readonly GroupTotal[], lang: Lang, width: number | undefined): string[] {
  if (!groups.length) return [];
  const head = (['group', 'total', 'breakdown', 'outcome'] as const).map((w) => text(word(w, lang), c.bold));
  const rows = groups.map((g) => {
    const counts: Cell = { lines: OUTCOMES.filter((o) => g.counts[o]).map((o) => ({ text: `${numberText(g.counts[o], lang)} ${outcomeLabel(o, lang)}`, paint: (s: string) => paint(c, o, s) })), figure: true };
    if (!counts.lines.length) counts.lines.push({ text: '—', paint: c.dim });
    return [text(t(g.name === g.id ? g.id : `${g.name} (${g.id})`)), figure(numberText(g.counts.total, lang)), counts, figure(outcomeLabel(g.outcome, lang), (s) => paint(c, g.outcome, s))];
  });
  return ['', c.bold(title), fitTable(head, rows, width)];
}

/**
 * Evidence cites `file:line`; the terminal gets the file's base name so the
 * line number is not cut off (the footer lists the full paths).
 */
function evidenceCell(c: ChalkInstance, o: Obligation, lang: Lang): Cell {
  const short = (s: string, file: string): string => s.split(file).join(basename(file));
  const lines: Line[] = o.evidence.map((e) => ({ text: `↳ ${t(short(evidenceText(e, lang), e.file))}` }));
  for (const r of o.reasons) lines.push({ text: `✗ ${t(r.evidence ? short(reasonLine(r, lang), r.evidence.file) : reasonLine(r, lang))}`, paint: c.red });
  if (o.waiver) lines.push({ text: t(short(waiverText(o.waiver, lang), o.waiver.place.file)), paint: c.magenta });
  return { lines };
}

/** The progress figures, breakable only after the "/" ("1.300.000,5/" above "1.250.000 đồng"). */
const progressCell = (o: Obligation, lang: Lang): Cell => figure(progressText(o, lang).replace('/', `/${FIGURE_BREAK}`));

export const reportTable: TextRenderer<ComplianceReport> = (r, opts) => {
  const { lang, width } = opts;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  // Lines outside the tables wrap to the width too, painted after wrapping.
  const para = (s: string, p: (s: string) => string = (x) => x): string[] => wrapText(s, width ?? DEFAULT_WIDTH).map((l) => p(l));
  const out: string[] = [
    c.bold(word('title', lang).toUpperCase()),
    ...para(t(planHeading(r, lang))),
    `${asOfText(r, lang)} · ${word('overall', lang)}: ${paint(c, r.outcome, outcomeLabel(r.outcome, lang))}${r.unit !== undefined ? ` · ${word('unitOnly', lang)}: ${t(r.unit)}` : ''}`,
  ];
  out.push(...totalsTable(c, word('byMovement', lang), r.totals.movements, lang, width));
  out.push(...totalsTable(c, word('byPhase', lang), r.totals.phases, lang, width));
  out.push('', c.bold(word('obligations', lang)));
  if (r.obligations.length === 0) out.push(word('none', lang));
  else {
    // One heading row per obligation type instead of a type column, and the
    // evidence in a row of its own under its line: the table must fit 80 columns.
    const head = [word('id', lang), word('owner', lang), word('progress', lang), word('due', lang), word('outcome', lang)].map((h) => text(h, c.bold));
    const rows: Cell[][] = [];
    let type: Obligation['type'] | undefined;
    for (const o of r.obligations) {
      if (o.type !== type) {
        type = o.type;
        rows.push([span(5, typeLabel(o.type, lang).toUpperCase(), c.bold)]);
      }
      // A window breaks after its dash: "01/01/2018–" above "30/06/2018".
      const due = o.from && toVN(o.from) !== toVN(o.due) ? `${toVN(o.from)}–${FIGURE_BREAK}${toVN(o.due)}` : dueLabel(o.due, o.dueAs, lang);
      rows.push([text(t(lineId(o, lang))), text(t(ownerLabel(o))), progressCell(o, lang), figure(due), text(outcomeLabel(o.outcome, lang), (s) => paint(c, o.outcome, s))]);
      const evidence = evidenceCell(c, o, lang);
      if (evidence.lines.length) rows.push([{ ...evidence, colSpan: 5 }]);
    }
    out.push(fitTable(head, rows, width));
  }
  out.push(...totalsTable(c, word('byUnit', lang), r.totals.units, lang, width));
  out.push('', c.bold(word('contents', lang)), ...para(`${word('regime', lang)}: ${regimeLabel(r.regime, lang)}`));
  const contentsHead = [word('item', lang), word('outcome', lang), word('basis', lang), word('note', lang)].map((h) => text(h, c.bold));
  const contents = r.contents.map((x) => {
    const label = contentLabel(x.outcome, lang);
    const labelPaint = x.outcome === 'fail' ? c.red : x.outcome === 'note' ? c.yellow : c.green;
    return [text(t(x.id).replace(':', ':\n')), figure(label, labelPaint), text(t(basisText(x, lang))), text(t(x.message[lang]))];
  });
  out.push(fitTable(contentsHead, contents, width));
  if (r.waivedFindings.length) out.push('', c.bold(word('waivedFindings', lang)), ...r.waivedFindings.flatMap((w) => para(`• ${t(waivedText(w, lang))}`, c.dim)));
  if (r.findings.length) out.push('', c.bold(word('findings', lang)), ...r.findings.flatMap((f) => para(`• ${t(findingText(f, lang))}`, c.yellow)));
  out.push('', ...para(`${word('progressFiles', lang)}: ${r.progressFiles.map(t).join(', ') || word('none', lang)}`, c.dim));
  return out.join('\n') + '\n';
};
