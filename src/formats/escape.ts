/**
 * Every output format escapes user text here and nowhere else, so a YAML value
 * can never smuggle markup, terminal sequences or spreadsheet formulas into
 * what thidua prints or writes. Each function is total: any string in, a safe
 * string out.
 */

const hex2 = (c: number): string => c.toString(16).padStart(2, '0');

/**
 * Characters no output should carry raw: C0 except tab, LF and CR; DEL; C1;
 * the bidi overrides and isolates. The loader reports them in YAML as
 * findings; every format still drops them, so a value that reached a renderer
 * some other way cannot colour a terminal or reverse a title.
 */
const unsafeControls = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Drops the characters above (for formats with no visible escape of their own: CSV, ICS, HTML). */
export function stripControls(s: string): string {
  return s.replace(unsafeControls, '');
}

// C0 except \t and \n, DEL, C1 (which includes the 8-bit CSI), and the bidi
// overrides that can make a line read differently from what it contains.
const terminalUnsafe = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Makes control characters visible (`\x1b`, `\u202e`) instead of letting the
 * terminal act on them. Neutralising ESC itself is enough to defuse every
 * escape sequence: what follows it becomes ordinary printable text.
 */
export function escapeTerminal(s: string): string {
  return s.replace(terminalUnsafe, (ch) => {
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${hex2(c)}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

// Outside XML 1.0's Char production; no escape makes these legal, so they go.
const xmlIllegal = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export interface XmlEscapeOptions {
  /**
   * For attribute values: parsers normalise literal tabs and newlines in
   * attributes to spaces, so they are written as character references.
   */
  attribute?: boolean;
}

/** Safe in element content and in single- or double-quoted attributes. */
export function escapeXml(s: string, opts: XmlEscapeOptions = {}): string {
  const out = s
    .replace(xmlIllegal, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // A literal CR would be folded into LF by any parser, in text too.
    .replace(/\r/g, '&#13;');
  return opts.attribute ? out.replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : out;
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return stripControls(s).replace(/[&<>"']/g, (ch) => htmlEntities[ch] ?? ch);
}

/**
 * Safe inside a GitHub-flavoured Markdown table cell: every character that
 * could open emphasis, a link, an HTML tag, code, an entity or a cell
 * boundary is backslash-escaped (CommonMark allows that for any ASCII
 * punctuation), and line breaks become spaces because a cell is one line.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
    .replace(unsafeControls, '')
    .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&');
}

// Spreadsheet apps evaluate a cell starting with these as a formula (OWASP CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text that a spreadsheet would evaluate gets a leading
 * apostrophe; numbers are ours, not the user's, so they are left as they are
 * (a negative number must stay a number).
 */
export function escapeCsvCell(value: string | number): string {
  let s = typeof value === 'number' ? String(value) : stripControls(value);
  if (typeof value === 'string' && formulaStart.test(s)) s = `'${s}`;
  // `;` and tab too: they are the separators `--sep` offers, and Excel under
  // the vi-VN regional format splits on `;` even in a comma-separated file.
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The message part of a workflow command (`::error …::DATA`), as @actions/core escapes it. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`file=…,title=…`), where `:` and `,` are syntax. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Words a Mermaid gantt reads as a statement when a line starts with them.
const mermaidKeyword = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|click|acctitle|accdescr|gantt|vert)\b/i;

/**
 * A name in a Mermaid gantt (title, section or task). `:` ends a task name,
 * `;` and line breaks end a statement, `#` starts an entity and `%%` a
 * comment, and `<`/`>` may be read as markup; each is written as Mermaid's
 * own entity code (`#58;`), which the chart shows as the character itself.
 * Line breaks become spaces. A name that starts with a keyword gets a
 * zero-width space in front, so it stays a name.
 */
export function escapeMermaid(s: string): string {
  const out = s
    .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
    .replace(/[\x00-\x1f\x7f]/g, '')
    .replace(unsafeControls, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    // One pass, so the `#` of a code just written is never encoded again.
    .replace(/[#:;%<>]/g, (ch) => `#${ch.charCodeAt(0)};`);
  return mermaidKeyword.test(out) ? `\u200b${out}` : out;
}
