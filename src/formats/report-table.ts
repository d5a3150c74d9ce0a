/**
 * `thidua report --format table`: terminal tables (cli-table3). Colour is an
 * option the CLI decides (`color`), applied through a Chalk of the right
 * level so a pipe or NO_COLOR gets plain text. User text goes through
 * escapeTerminal: a YAML value cannot move the cursor or recolour the screen.
 */
import type { TextRenderer } from './render-context.js';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { basename } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN } from '../model/date.js';
import { findingText } from '../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation, type Outcome } from '../views/compliance-types.js';
import { escapeTerminal } from './escape.js';
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

const newTable = (c: ChalkInstance, head: string[], colWidths: number[]): Table.Table =>
  new Table({ head: head.map((x) => c.bold(x)), colWidths, wordWrap: true, style: { head: [], border: [] } });

/** A group per row with its counts in words ("11 đạt · 2 chưa đến hạn"): six count columns do not fit a terminal. */
function totalsTable(c: ChalkInstance, title: string, groups: readonly GroupTotal[], lang: Lang): string[] {
  if (!groups.length) return [];
  const table = newTable(c, [word('group', lang), word('total', lang), word('breakdown', lang), word('outcome', lang)], [48, 7, 40, 16]);
  for (const g of groups) {
    const counts = OUTCOMES.filter((o) => g.counts[o]).map((o) => paint(c, o, `${g.counts[o]} ${outcomeLabel(o, lang)}`)).join(c.dim(' · '));
    table.push([t(g.name === g.id ? g.id : `${g.name} (${g.id})`), String(g.counts.total), counts || c.dim('—'), paint(c, g.outcome, outcomeLabel(g.outcome, lang))]);
  }
  return ['', c.bold(title), table.toString()];
}

/**
 * Evidence cites `file:line`; the terminal gets the file's base name so the
 * line number is not cut off (the footer lists the full paths).
 */
function evidenceCell(c: ChalkInstance, o: Obligation, lang: Lang): string {
  const short = (s: string, file: string): string => s.split(file).join(basename(file));
  const lines = o.evidence.map((e) => t(short(evidenceText(e, lang), e.file)));
  for (const r of o.reasons) lines.push(c.red(`✗ ${t(r.evidence ? short(reasonLine(r, lang), r.evidence.file) : reasonLine(r, lang))}`));
  if (o.waiver) lines.push(c.magenta(t(short(waiverText(o.waiver, lang), o.waiver.place.file))));
  return lines.join('\n') || c.dim('—');
}

export const reportTable: TextRenderer<ComplianceReport> = (r, opts) => {
  const { lang } = opts;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [
    c.bold(word('title', lang).toUpperCase()),
    t(planHeading(r, lang)),
    `${asOfText(r, lang)} · ${word('overall', lang)}: ${paint(c, r.outcome, outcomeLabel(r.outcome, lang))}${r.unit !== undefined ? ` · ${word('unitOnly', lang)}: ${t(r.unit)}` : ''}`,
  ];
  out.push(...totalsTable(c, word('byMovement', lang), r.totals.movements, lang));
  out.push(...totalsTable(c, word('byPhase', lang), r.totals.phases, lang));
  out.push('', c.bold(word('obligations', lang)));
  if (r.obligations.length === 0) out.push(word('none', lang));
  else {
    // One heading row per obligation type instead of a type column: the table must fit a terminal.
    const table = newTable(c, [word('id', lang), word('owner', lang), word('progress', lang), word('due', lang), word('outcome', lang), word('evidence', lang)], [24, 22, 9, 12, 14, 44]);
    let type: Obligation['type'] | undefined;
    for (const o of r.obligations) {
      if (o.type !== type) {
        type = o.type;
        table.push([{ colSpan: 6, content: c.bold(typeLabel(o.type, lang).toUpperCase()) }]);
      }
      const due = o.from && toVN(o.from) !== toVN(o.due) ? `${toVN(o.from)}–\n${toVN(o.due)}` : dueLabel(o.due, o.dueAs, lang);
      table.push([t(lineId(o, lang)), t(ownerLabel(o)), progressText(o), due, paint(c, o.outcome, outcomeLabel(o.outcome, lang)), evidenceCell(c, o, lang)]);
    }
    out.push(table.toString());
  }
  out.push(...totalsTable(c, word('byUnit', lang), r.totals.units, lang));
  out.push('', c.bold(word('contents', lang)), `${word('regime', lang)}: ${regimeLabel(r.regime, lang)}`);
  const contents = newTable(c, [word('item', lang), word('outcome', lang), word('basis', lang), word('note', lang)], [24, 10, 26, 60]);
  for (const x of r.contents) {
    const label = contentLabel(x.outcome, lang);
    contents.push([t(x.id).replace(':', ':\n'), x.outcome === 'fail' ? c.red(label) : x.outcome === 'note' ? c.yellow(label) : c.green(label), t(basisText(x, lang)), t(x.message[lang])]);
  }
  out.push(contents.toString());
  if (r.waivedFindings.length) out.push('', c.bold(word('waivedFindings', lang)), ...r.waivedFindings.map((w) => c.dim(`• ${t(waivedText(w, lang))}`)));
  if (r.findings.length) out.push('', c.bold(word('findings', lang)), ...r.findings.map((f) => c.yellow(`• ${t(findingText(f, lang))}`)));
  out.push('', c.dim(`${word('progressFiles', lang)}: ${r.progressFiles.map(t).join(', ') || word('none', lang)}`));
  return out.join('\n') + '\n';
};
