/**
 * What a clerk's editor gets wrong most: tabs and a line pushed one space out
 * of its column. The YAML parser notices both late (at the line before, or at
 * the end of the file) and then reports every line after as a new mistake, so
 * the loader finds them itself, at the line the clerk has to change.
 */

export interface LeadingTab {
  /** Offset of the first tab in the line's indentation. */
  offset: number;
  line: number;
  column: number;
}

/** Every line whose indentation holds a tab: one entry per line. */
export function leadingTabs(text: string): LeadingTab[] {
  const out: LeadingTab[] = [];
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let i = start;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) {
      if (text[i] === '\t') {
        out.push({ offset: i, line, column: i - start + 1 });
        break;
      }
      i++;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The text with every tab in an indentation replaced by `width` spaces; nothing else moves. */
export function expandLeadingTabs(text: string, width: number): string {
  return text.replace(/^[ \t]+/gm, (ws) => ws.replace(/\t/g, ' '.repeat(width)));
}

export interface IndentSlip {
  /** Offset where the moved line's text starts. */
  offset: number;
  line: number;
  got: number;
  want: number;
}

const opensBlock = (rest: string): boolean => /:\s*([&!]\S*)?$/.test(rest) || /^-$/.test(rest);
const blockScalar = (rest: string): boolean => /(^|:\s|-\s)\s*[|>][-+0-9]*$/.test(rest);
const stripComment = (s: string): string => s.replace(/\s+#.*$/, '').trimEnd();
const balanced = (s: string): boolean => (s.match(/[[{]/g)?.length ?? 0) === (s.match(/[\]}]/g)?.length ?? 0);

/**
 * Lines, up to `lastLine`, whose indentation matches no open level: deeper
 * than a line that already has its value, or between two levels. Asked only
 * after the parser failed, and its answer is used only near the parser's
 * error, so a continuation line of plain text (valid YAML) elsewhere is harmless.
 */
export function indentSlips(text: string, lastLine: number): IndentSlip[] {
  const out: IndentSlip[] = [];
  const levels: number[] = [];
  let opened = true;
  let bodyColumn = -1;
  let scalarBody: number | undefined;
  let line = 0;
  for (let start = 0; start < text.length && line < lastLine; ) {
    line++;
    const nl = text.indexOf('\n', start);
    const raw = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const here = start;
    start = nl < 0 ? text.length : nl + 1;
    const indent = raw.length - raw.trimStart().length;
    const rest = stripComment(raw.trimStart());
    if (rest === '' || rest.startsWith('#')) continue;
    if (scalarBody !== undefined && indent > scalarBody) continue;
    scalarBody = undefined;
    // Brackets left open span lines; the parser's own finding is better there.
    if (!balanced(rest) || /^["']/.test(rest)) return out;
    if (/^(---|\.\.\.)(\s|$)/.test(rest)) {
      levels.length = 0;
      [opened, bodyColumn] = [true, -1];
      continue;
    }
    const open = [...levels];
    while (levels.length && levels[levels.length - 1]! > indent) levels.pop();
    let at = indent;
    if (levels[levels.length - 1] !== indent) {
      if (opened && indent > bodyColumn) levels.push(indent);
      else {
        // The nearest open column; a tie goes to the deeper one (the sibling of the line above).
        const want = open.reduce((best, l) => (Math.abs(l - indent) <= Math.abs(best - indent) ? l : best), open[0] ?? 0);
        out.push({ offset: here + indent, line, got: indent, want });
        at = want;
        while (levels.length && levels[levels.length - 1]! > at) levels.pop();
        if (levels[levels.length - 1] !== at) levels.push(at);
      }
    }
    const item = /^-(\s|$)/.exec(rest);
    let body = rest;
    if (item) {
      const inner = rest.slice(1).trimStart();
      body = inner;
      // "- key: value" opens a mapping at the key's column; "- text" opens nothing.
      if (/^[^\s#"'[{][^:]*:(\s|$)/.test(inner)) levels.push(at + rest.length - inner.length);
    }
    bodyColumn = item && body !== '' ? at + rest.length - body.length : at;
    opened = body === '' || opensBlock(body);
    if (blockScalar(rest)) scalarBody = at;
  }
  return out;
}
