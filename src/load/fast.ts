import type { Lang } from '../diagnostics/diagnostic.js';
import type { SourceDoc } from '../diagnostics/locate.js';
import { render } from '../diagnostics/text.js';
import { LineStarts, PlacedDoc } from '../diagnostics/placed.js';
import type { AnyDoc, DocKind } from '../model/types.js';
import { parseSubset, placeSubset } from './fast-yaml.js';
import { detectLegacy } from './legacy.js';
import { parseYaml } from './parse.js';
import { isValid, KINDS } from './schema.js';
import { loadMessages } from './messages.js';
import { inMiB, MAX_PLACED_BYTES } from './read.js';
import { withPlanYear } from './plan-year.js';
import { checkDocument, writtenIn } from './document.js';
import { tooDeep } from './depth.js';
import { textOf, type LoadedDoc, type SourceFile } from './workspace.js';

/*
 * The subset reader (fast-yaml.ts) reads the plain YAML plan files are written
 * in many times faster than `yaml`, keeping no positions, so every file it
 * reads takes this path; YAML it does not read (anchors, tags, tabs, a syntax
 * error, a TCVN3 string, text not in NFC…) goes the full way, through `yaml`.
 * A clean file needs no position at all. A file with schema errors goes
 * through the same document steps as on the full path (document.ts), placed
 * by the reader's tree of the ranges `yaml` would give (src/diagnostics/placed.ts),
 * built when the first finding is placed, at any size up to the read cap.
 * Findings are the same either way (test/load/fast-errors.test.ts).
 */

// Anchors, aliases, tags and merge keys; numbers where YAML 1.1 and 1.2 readings differ.
const INDICATOR = /(?:^|[\s[{,:-])[&*!]/m;
const NUMBERISH = /(?:^|[\s[{,:-])[-+]?(?:0[box]|\.(?:inf|nan)|\d[\d_]*_)/im;

/** Cheap substring tests first: the regular expressions run only when a character hints at them. `plain`: see NOT_PLAIN. */
function doubtful(text: string, plain: boolean): boolean {
  if ((!plain && text.includes('\t')) || text.includes('<<') || text.includes('\u00d0')) return true;
  if ((text.includes('&') || text.includes('*') || text.includes('!')) && INDICATOR.test(text)) return true;
  return (text.includes('_') || text.includes('0b') || text.includes('0o') || text.includes('0x') || /\.(?:inf|nan)/i.test(text)) && NUMBERISH.test(text);
}

/*
 * Below U+0300 every character is NFC and none composes with the next (the
 * combining marks, the singletons NFC replaces and Hangul jamo all lie above):
 * text without such a character needs no normalising copy, which costs about
 * 0.3 s for 10 MiB.
 */
const FROM_U0300 = /[\u0300-\uffff]/;
const isNfc = (text: string): boolean => !FROM_U0300.test(text) || text.normalize('NFC') === text;

/*
 * A character outside line breaks, printable ASCII, U+00C0–U+02FF and the Vietnamese
 * letters with two marks (U+1EA0–U+1EF9). A text without one has no tab and no control
 * character, and is NFC: each of those characters is, and none composes with the next
 * (combining marks lie outside). One scan then stands for the scans for control
 * characters and tabs and the NFC test (which normalised every Vietnamese text): on the
 * bench corpus's texts, whose every file is such a text, 18 ms of CPU for 10,000 files
 * instead of ~38. A text with another character takes those tests as before.
 */
export const NOT_PLAIN = /[^\n\r\x20-\x7e\u00c0-\u02ff\u1ea0-\u1ef9]/;

interface Placing {
  docs: SourceDoc['doc'][];
  lines: SourceDoc['lines'];
}

const placedCache = new WeakMap<SourceFile, Placing>();

/** What this reader gave for a file: the language of its notes, and how many documents. */
interface Read {
  lang: Lang;
  docs: number;
}

/**
 * The files with findings this reader read. A clean file is known by its documents' LazySource
 * instead: an entry for each file read cost about 1% of validate on the bench corpus (10,000
 * files, callgrind, two runs each: 6.30, 6.22 -> 6.10, 6.18 G instructions).
 */
const readBy = new WeakMap<SourceFile, Read>();

/**
 * The file's trees of source ranges, from the subset reader that read it:
 * built the first time something in the file is placed, so clean files never
 * pay. Where it gives up — comment lines over which `yaml` stretches a range
 * (harmlessComments in fast-yaml-lines.ts) — `yaml` places the file when it is
 * small enough, and otherwise the findings go to 1:1 with a note saying why.
 */
function placing(file: SourceFile, read: Read): Placing {
  let p = placedCache.get(file);
  if (!p) {
    const text = textOf(file);
    const placed = placeSubset(text);
    if (placed && placed.docs.length === read.docs) p = placed;
    else if (Buffer.byteLength(text) <= MAX_PLACED_BYTES) {
      const full = parseYaml(text);
      p = { docs: full.docs.map((d) => d.doc), lines: full.lines };
    } else p = unplaced(file, read.lang);
    placedCache.set(file, p);
    file.lines = p.lines;
  }
  return p;
}

/** A file the subset reader could not read again: its findings go to 1:1 (no tree, one line) and a note says why. */
function unplaced(file: SourceFile, lang: Lang): Placing {
  const note = render(loadMessages['load/not-placed']!, { max: inMiB(MAX_PLACED_BYTES) }, lang);
  file.diagnostics.push({ code: 'load/not-placed', severity: 'info', ...note, file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 });
  return { docs: [], lines: new LineStarts('') };
}

/** One empty tree for them all: a rule may place 100,000 findings in such a file. */
const emptyDoc = new PlacedDoc(null);

/** A SourceDoc whose tree is built on first use: only files with findings pay for it. */
class LazySource implements SourceDoc {
  constructor(
    private readonly file: SourceFile,
    private readonly index: number,
    private readonly read: Read,
  ) {}

  get doc(): SourceDoc['doc'] {
    return placing(this.file, this.read).docs[this.index] ?? emptyDoc;
  }

  get lines(): SourceDoc['lines'] {
    return placing(this.file, this.read).lines;
  }
}

/** Whether the fast path read the file: then it parses, has no tab, no TCVN3/VNI string, and is NFC. */
export const fastLoaded = (file: SourceFile): boolean => file.docs[0]?.src instanceof LazySource || readBy.has(file);

/** A document the subset reader gave that `checkDocument` would take as is: thidua's, of a known kind, valid. */
function clean(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const obj = v as Record<string, unknown>;
  const kind = obj.kind as DocKind;
  if (obj.thidua !== 1 || !KINDS.includes(kind)) return false;
  withPlanYear(kind, obj);
  return isValid(kind, obj);
}

/** Characters from which a file read on the fast path keeps its text. */
const KEEP_TEXT = 1 << 20;

/** Loads the file on the fast path; false when it must take the full one. */
export function tryFastLoad(file: SourceFile, text: string, lang: Lang, found?: { has(path: string): boolean }): boolean {
  const plain = !NOT_PLAIN.test(text);
  if (doubtful(text, plain) || (!plain && !isNfc(text)) || detectLegacy(text)) return false;
  const values = parseSubset(text, plain);
  if (!values || values.length === 0) return false;
  // Plain loops, not some/every/map with closures: every file read passes here.
  let allClean = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // An empty document is the full path's to report, at the offset `yaml` gives it.
    if (v === null) return false;
    if (allClean && !clean(v)) allClean = false;
  }
  const read: Read = { lang, docs: values.length };
  if (allClean) {
    for (let index = 0; index < values.length; index++) {
      const data = values[index] as AnyDoc;
      const doc: LoadedDoc = { file, index, kind: data.kind, data, valid: true, src: new LazySource(file, index, read) };
      file.docs.push(doc);
    }
    // A clean file's text is needed again only if a rule reports on it. A large one keeps it: its data
    // takes many times the text's memory already, and reading and decoding it again costs 25 ms a MiB.
    if (file.abs !== '-' && text.length < KEEP_TEXT) {
      file.text = undefined;
      file.dropped = true;
    }
    return true;
  }
  // Findings at once: the same steps as the full path's, placed by this reader's tree.
  // Nesting past MAX_DEPTH is the full path's finding (which it makes without parsing).
  if (tooDeep(text) >= 0) return false;
  readBy.set(file, read);
  for (const [index, data] of values.entries()) {
    const src = new LazySource(file, index, read);
    checkDocument(file, data, index, lang, src, writtenIn(src, text), found);
  }
  return true;
}
