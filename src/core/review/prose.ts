// What the prose readers hand to the sentence splitter: the document with
// everything that is not prose blanked out character for character (so an
// offset in it is an offset in the file, and a line and column computed from
// it point at the original), and the blocks that sentences may not cross
// (a heading, a list item, a table cell, a paragraph).

export type BlockKind = "paragraph" | "heading" | "list-item" | "quote" | "table-cell" | "line";

export interface ProseBlock {
  /** Offsets into the document (and into `Prose.text`), end exclusive. */
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Prose {
  /** The document, same length, with markup and non-prose replaced by spaces (line breaks kept). */
  text: string;
  blocks: ProseBlock[];
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const CHUNK = 4096;

/**
 * A mutable copy of a document in which ranges can be blanked out. Held as
 * UTF-16 code units in one typed array: an array of one-character strings
 * cost a pointer and a string per character, and on a draft of megabytes the
 * collector's work grew faster than the draft.
 */
export class MaskedText {
  private readonly units: Uint16Array;

  constructor(readonly source: string) {
    this.units = new Uint16Array(source.length);
    for (let i = 0; i < source.length; i++) this.units[i] = source.charCodeAt(i);
  }

  /** Blank [start, end), keeping line breaks so that lines still count right. */
  mask(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(end, this.units.length); i++) {
      const unit = this.units[i];
      if (unit !== LF && unit !== CR) this.units[i] = SPACE;
    }
  }

  charAt(i: number): string {
    const unit = this.units[i];
    return unit === undefined ? "" : String.fromCharCode(unit);
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.units.length));
    const to = Math.max(from, Math.min(end, this.units.length));
    let out = "";
    // In chunks: fromCharCode takes its units as arguments, and arguments are bounded.
    for (let i = from; i < to; i += CHUNK) out += String.fromCharCode(...this.units.subarray(i, Math.min(to, i + CHUNK)));
    return out;
  }

  toString(): string {
    return this.slice(0, this.units.length);
  }
}

export interface SourceLine {
  /** Offset of the first character and of the line break (or the end). */
  start: number;
  end: number;
  text: string;
}

export function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (;;) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    // A CRLF file: the CR belongs to the line break, not to the text.
    const textEnd = end > start && source[end - 1] === "\r" ? end - 1 : end;
    lines.push({ start, end: textEnd, text: source.slice(start, textEnd) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

// Bare web addresses: their full stops would otherwise end sentences.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]*[^\s<>()"“”.,;:!?'’]/g;

export function maskBareUrls(masked: MaskedText, start: number, end: number): void {
  const text = masked.slice(start, end);
  for (const match of text.matchAll(BARE_URL)) masked.mask(start + match.index, start + match.index + match[0].length);
}

/** A block trimmed of the white space that masking left at its edges; undefined when nothing is left. */
export function trimBlock(masked: MaskedText, block: ProseBlock): ProseBlock | undefined {
  let { start, end } = block;
  while (start < end && /\s/.test(masked.charAt(start))) start++;
  while (end > start && /\s/.test(masked.charAt(end - 1))) end--;
  return start < end ? { start, end, kind: block.kind } : undefined;
}
