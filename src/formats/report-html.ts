/**
 * `thidua report --format html`: one self-contained page (inline CSS and SVG,
 * no script, nothing fetched) that prints on A4, with a bar per movement
 * showing its lines by outcome. Every user value goes through escapeHtml.
 */
import type { TextRenderer } from './render-context.js';
import { numberText } from '../diagnostics/numbers.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { findingText } from '../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation, type Outcome } from '../views/compliance-types.js';
import { escapeHtml } from './escape.js';
import {
  asOfText,
  contentLabel,
  dueText,
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
  lineTitle,
} from './report-labels.js';

const h = escapeHtml;

const COLOURS: Record<Outcome, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  late: '#ef6c00',
  pending: '#1565c0',
  waived: '#6a1b9a',
  'not-applicable': '#9e9e9e',
};

const CSS = `
body{font-family:"Times New Roman",Times,serif;font-size:13pt;margin:2em auto;max-width:62em;color:#111;line-height:1.35}
h1{font-size:16pt;text-transform:uppercase;text-align:center;margin-bottom:.2em}
h2{font-size:13pt;margin-top:1.6em;border-bottom:1px solid #999}
p.plan{text-align:center;font-weight:bold;margin-top:0}
table{border-collapse:collapse;width:100%;font-size:11pt;margin:.5em 0}
th,td{border:1px solid #888;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#eee}
td.n{text-align:right;white-space:nowrap}
ul{margin:0;padding-left:1.1em}
.badge{display:inline-block;padding:0 .45em;border-radius:3px;color:#fff;font-weight:bold;white-space:nowrap}
.muted{color:#555}
.bars{display:grid;grid-template-columns:minmax(12em,2fr) 3fr auto;gap:4px 10px;align-items:center}
.legend span{margin-right:1em;white-space:nowrap}
.sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:middle}
${OUTCOMES.map((o) => `.o-${o}{background:${COLOURS[o]}}`).join('\n')}
@page{size:A4;margin:18mm 15mm}
@media print{body{margin:0;max-width:none;font-size:11pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}h2{break-after:avoid}}
`;

const badge = (o: Outcome, lang: Lang): string => `<span class="badge o-${o}">${h(outcomeLabel(o, lang))}</span>`;

/** A horizontal bar whose segments are a group's lines by outcome. */
function bar(g: GroupTotal, lang: Lang): string {
  const W = 300;
  const total = g.counts.total;
  let x = 0;
  const rects: string[] = [];
  for (const o of OUTCOMES) {
    const n = g.counts[o];
    if (!n) continue;
    const w = (n / total) * W;
    rects.push(`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="14" fill="${COLOURS[o]}"><title>${h(`${outcomeLabel(o, lang)}: ${n}`)}</title></rect>`);
    x += w;
  }
  if (!rects.length) rects.push(`<rect x="0" y="0" width="${W}" height="14" fill="none" stroke="#bbb"/>`);
  const label = OUTCOMES.filter((o) => g.counts[o]).map((o) => `${outcomeLabel(o, lang)} ${numberText(g.counts[o], lang)}`).join(', ') || word('none', lang);
  return `<svg viewBox="0 0 ${W} 14" width="100%" height="14" preserveAspectRatio="none" role="img" aria-label="${h(label)}">${rects.join('')}</svg>`;
}

function movementBars(r: ComplianceReport, lang: Lang): string[] {
  const legend = `<p class="legend">${OUTCOMES.map((o) => `<span><i class="sw o-${o}"></i>${h(outcomeLabel(o, lang))}</span>`).join('')}</p>`;
  const rows = r.totals.movements.map((g) => `<div>${h(g.name)} <span class="muted">(${h(g.id)})</span></div>${bar(g, lang)}<div>${badge(g.outcome, lang)} <span class="muted">${numberText(g.counts.total, lang)}</span></div>`);
  return [`<h2>${h(word('byMovement', lang))}</h2>`, legend, `<div class="bars">${rows.join('\n')}</div>`];
}

function totalsTable(title: string, groups: readonly GroupTotal[], lang: Lang): string[] {
  if (!groups.length) return [];
  const head = `<tr><th>${h(word('group', lang))}</th>${OUTCOMES.map((o) => `<th>${h(outcomeLabel(o, lang))}</th>`).join('')}<th>${h(word('total', lang))}</th><th>${h(word('outcome', lang))}</th></tr>`;
  const rows = groups.map((g) => `<tr><td>${h(g.name)}${g.name !== g.id ? ` <span class="muted">(${h(g.id)})</span>` : ''}</td>${OUTCOMES.map((o) => `<td class="n">${numberText(g.counts[o], lang)}</td>`).join('')}<td class="n">${numberText(g.counts.total, lang)}</td><td>${badge(g.outcome, lang)}</td></tr>`);
  return [`<h2>${h(title)}</h2>`, `<table>${head}\n${rows.join('\n')}</table>`];
}

function evidenceCell(o: Obligation, lang: Lang): string {
  const items = o.evidence.map((x) => `<li>${h(evidenceText(x, lang))}</li>`);
  for (const r of o.reasons) items.push(`<li>${r.evidence ? `<b>${h(word('notCounted', lang))}:</b> ` : ''}${h(reasonLine(r, lang))}</li>`);
  if (o.waiver) items.push(`<li><i>${h(waiverText(o.waiver, lang))}</i></li>`);
  return items.length ? `<ul>${items.join('')}</ul>` : '—';
}

function obligationsTable(r: ComplianceReport, lang: Lang): string[] {
  const cols = ['#', word('type', lang), word('id', lang), word('owner', lang), word('progress', lang), word('due', lang), word('outcome', lang), word('evidence', lang)];
  const rows = r.obligations.map(
    (o, i) =>
      `<tr><td class="n">${i + 1}</td><td>${h(typeLabel(o.type, lang))}</td><td><code>${h(o.id)}</code>${lineTitle(o, lang) !== o.id ? `<br><span class="muted">${h(lineTitle(o, lang))}</span>` : ''}</td><td>${h(ownerLabel(o))}</td><td class="n">${h(progressText(o, lang))}</td><td>${h(dueText(o, lang))}</td><td>${badge(o.outcome, lang)}</td><td>${evidenceCell(o, lang)}</td></tr>`,
  );
  return [`<h2>${h(word('obligations', lang))}</h2>`, rows.length ? `<table><tr>${cols.map((c) => `<th>${h(c)}</th>`).join('')}</tr>\n${rows.join('\n')}</table>` : `<p>${h(word('none', lang))}</p>`];
}

export const reportHtml: TextRenderer<ComplianceReport> = (r, opts) => {
  const { lang } = opts;
  const contents = r.contents.map((c) => `<tr><td><code>${h(c.id)}</code></td><td>${h(contentLabel(c.outcome, lang))}</td><td>${h(basisText(c, lang))}</td><td>${h(c.message[lang])}</td></tr>`);
  const body = [
    `<h1>${h(word('title', lang))}</h1>`,
    `<p class="plan">${h(planHeading(r, lang))}</p>`,
    `<p>${h(asOfText(r, lang))}. ${h(word('overall', lang))}: ${badge(r.outcome, lang)}${r.unit !== undefined ? ` — ${h(word('unitOnly', lang))}: <code>${h(r.unit)}</code>` : ''}</p>`,
    ...movementBars(r, lang),
    ...totalsTable(word('byPhase', lang), r.totals.phases, lang),
    ...totalsTable(word('byUnit', lang), r.totals.units, lang),
    ...obligationsTable(r, lang),
    `<h2>${h(word('contents', lang))}</h2>`,
    `<p>${h(word('regime', lang))}: ${h(regimeLabel(r.regime, lang))}</p>`,
    `<table><tr><th>${h(word('item', lang))}</th><th>${h(word('outcome', lang))}</th><th>${h(word('basis', lang))}</th><th>${h(word('note', lang))}</th></tr>\n${contents.join('\n')}</table>`,
    ...(r.waivedFindings.length ? [`<h2>${h(word('waivedFindings', lang))}</h2>`, `<ul>${r.waivedFindings.map((w) => `<li>${h(waivedText(w, lang))}</li>`).join('')}</ul>`] : []),
    ...(r.findings.length ? [`<h2>${h(word('findings', lang))}</h2>`, `<ul>${r.findings.map((f) => `<li>${h(findingText(f, lang))}</li>`).join('')}</ul>`] : []),
    `<p class="muted">${h(word('progressFiles', lang))}: ${r.progressFiles.map((f) => `<code>${h(f)}</code>`).join(', ') || h(word('none', lang))}</p>`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`${word('title', lang)} — ${r.plan.id} — ${asOfText(r, lang)}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
