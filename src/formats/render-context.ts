/**
 * The one renderer signature every output format has, whatever the command:
 * a view in, a string or bytes out (possibly later, for formats that zip).
 * A renderer never writes, exits or decides colour; the CLI decides the
 * context and writes the result.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { DocumentFrame } from '../views/document-frame.js';

export interface RenderContext {
  lang: Lang;
  /** Terminal colour, decided by the CLI (TTY, NO_COLOR, FORCE_COLOR, --color); only terminal formats use it. */
  color: boolean;
  /**
   * The file the result goes to, when not stdout: a format may shape itself
   * to it (a Mermaid chart is fenced for Markdown, bare in a .mmd file).
   */
  output?: string;
  /** The terminal's width, when the result goes to one: terminal formats wrap their text to it. */
  width?: number;
  /** `report --fail-on`: outcomes that fail the run (`contents` for the legal check); ['fail'] when absent. */
  failOn?: ReadonlySet<string>;
  /**
   * The heading, recipients and signer of an administrative document (NĐ
   * 30/2020), for the Word report; the CLI builds it from the plan and units.
   */
  document?: DocumentFrame;
  /**
   * The CSV field separator (`--sep`): `,` by default; `;` for Excel under a
   * Vietnamese regional format, which splits on it; tab. Only CSV formats use it.
   */
  sep?: CsvSep;
}

/** The separators `--sep` accepts. */
export const CSV_SEPS = [',', ';', '\t'] as const;
export type CsvSep = (typeof CSV_SEPS)[number];

/** Text, or bytes for binary formats (docx, xlsx). */
export type Rendered = string | Uint8Array;

export type Renderer<V> = (view: V, ctx: RenderContext) => Rendered | Promise<Rendered>;

/** The same signature, for the renderers that return text at once (most of them; tests call them directly). */
export type TextRenderer<V> = (view: V, ctx: RenderContext) => string;

export interface Format<V> {
  /** What `--format` takes. */
  name: string;
  /** File extensions (lower case, no dot) that select this format for `-o`; the first is the usual one. */
  extensions: readonly string[];
  /** For programs, not people: never coloured, dates in ISO. */
  machine: boolean;
  /** May carry terminal colour when it goes to a terminal (table, stylish). */
  terminal?: boolean;
  /** Renders bytes, not text: written only to a file (or a pipe), never to a terminal. */
  binary?: boolean;
  render: Renderer<V>;
}
