// The prose of a plain-text document, positions kept. Blank lines separate
// paragraphs. Whether a single line break ends a block depends on how the
// file was written: in a file hard-wrapped at a fixed width (an email, a
// draft from a text editor) a full line runs on into the next; in a file with
// a paragraph per line (the seed articles, text copied from the web) every
// line is a block of its own, so a title line never runs into the paragraph
// below it. A line opening with a bullet or a dialogue dash starts a new block.

import { MaskedText, maskBareUrls, sourceLines, trimBlock, type Prose, type ProseBlock, type SourceLine } from "./prose.js";

const BULLET = /^([ \t]*)([-*•–—]|\d{1,3}[.)])[ \t]+(?=\S)/;
const UNDERLINE = /^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$/;
/** Lines longer than this are paragraphs, not wrapped text. */
const MAX_WRAP_WIDTH = 100;
/** A wrapped line shorter than this share of the width ended where the writer broke it. */
const FULL_LINE = 0.6;

/** The width the file is wrapped at, or undefined when its lines are paragraphs. */
function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 2) return undefined;
  // The 90th percentile, so one long URL line does not decide it.
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
  return width >= 30 && width <= MAX_WRAP_WIDTH ? width : undefined;
}

export function textProse(source: string): Prose {
  const masked = new MaskedText(source);
  if (source.charCodeAt(0) === 0xfeff) masked.mask(0, 1);
  const lines = sourceLines(source);
  const width = wrapWidth(lines);
  const blocks: ProseBlock[] = [];
  let open: ProseBlock | undefined;
  let previous: SourceLine | undefined;
  const close = (): void => {
    if (open) blocks.push(open);
    open = undefined;
  };
  for (const line of lines) {
    if (line.text.trim() === "") {
      close();
      previous = undefined;
      continue;
    }
    if (UNDERLINE.test(line.text)) {
      masked.mask(line.start, line.end);
      close();
      previous = undefined;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    const runsOn =
      open !== undefined &&
      previous !== undefined &&
      bullet === null &&
      width !== undefined &&
      previous.text.trimEnd().length >= width * FULL_LINE;
    if (runsOn && open) {
      open.end = line.end;
    } else {
      close();
      let start = line.start;
      if (bullet) {
        start += bullet[0].length;
        masked.mask(line.start + (bullet[1]?.length ?? 0), start);
      }
      open = { start, end: line.end, kind: bullet ? "list-item" : width === undefined ? "line" : "paragraph" };
    }
    previous = line;
  }
  close();
  const kept: ProseBlock[] = [];
  for (const block of blocks) {
    maskBareUrls(masked, block.start, block.end);
    const trimmed = trimBlock(masked, block);
    if (trimmed) kept.push(trimmed);
  }
  return { text: masked.toString(), blocks: kept };
}
