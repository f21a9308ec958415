// The prose of a Markdown document, positions kept: front matter, fenced and
// indented code, HTML blocks and comments, link reference definitions and
// thematic breaks are skipped; headings, list items, block quotes and table
// cells are kept as text with their markers blanked; inside the text, inline
// code, link targets, images, autolinks, inline HTML and emphasis markers are
// blanked. This is the CommonMark block structure a draft uses, not a full
// parser: what it cannot read it leaves as text, which at worst is checked.

import { MaskedText, maskBareUrls, sourceLines, trimBlock, type BlockKind, type Prose, type ProseBlock } from "./prose.js";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^([ \t]*)([-*+•]|\d{1,9}[.)])([ \t]+|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// CommonMark HTML block starts: comments, processing instructions,
// declarations, and any opening or closing tag at the start of a line.
const HTML_START = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t>]|\/>|$))/;
const HTML_RAW = /^ {0,3}<(script|pre|style|textarea)(?:[ \t>]|$)/i;

interface OpenBlock {
  start: number;
  end: number;
  kind: BlockKind;
  quoteDepth: number;
}

function htmlBlockEnd(line: string): RegExp | "blank" {
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  if (/^ {0,3}<\?/.test(line)) return /\?>/;
  if (/^ {0,3}<![A-Za-z]/.test(line)) return />/;
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return /\]\]>/;
  const raw = HTML_RAW.exec(line);
  if (raw?.[1]) return new RegExp(`</${raw[1]}>`, "i");
  return "blank";
}

/**
 * For every opening bracket of [start, end), the offset just past the bracket
 * that closes it (-1 when none does), found in one pass with a stack. Asking
 * each "[" in turn to scan ahead for its partner cost the rest of the block
 * per bracket: a run of "[" took time in the square of its length.
 */
function pairBrackets(masked: MaskedText, start: number, end: number, openChar: string, closeChar: string): Int32Array {
  const closes = new Int32Array(end - start).fill(-1);
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = masked.charAt(i);
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === openChar) open.push(i);
    else if (ch === closeChar) {
      const opener = open.pop();
      if (opener !== undefined) closes[opener - start] = i + 1;
    }
  }
  return closes;
}

/** The characters whose branch in maskInline reads the text that follows them. */
const MARKUP_START = new Set(["\\", "`", "<", "*", "~", "_"]);

/** Blank the inline markup of one block, leaving its words where they were. */
function maskInline(masked: MaskedText, start: number, end: number): void {
  // Paired before any masking, as the text reads before this block's markup is blanked.
  const squares = pairBrackets(masked, start, end, "[", "]");
  const rounds = pairBrackets(masked, start, end, "(", ")");
  const matchBracket = (pairs: Int32Array, open: number): number => (open >= start && open < end ? (pairs[open - start] ?? -1) : -1);
  let i = start;
  while (i < end) {
    const ch = masked.charAt(i);
    // Only markup characters need the text after them; most characters are words.
    const rest = MARKUP_START.has(ch) ? masked.slice(i, Math.min(end, i + 2048)) : "";
    if (ch === "\\" && /^\\[!-/:-@[-`{-~]/.test(rest)) {
      masked.mask(i, i + 1);
      i += 2;
      continue;
    }
    if (ch === "`") {
      const run = /^`+/.exec(rest)?.[0] ?? "`";
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
      close.lastIndex = run.length;
      const found = close.exec(rest);
      if (found) {
        masked.mask(i, i + found.index + run.length);
        i += found.index + run.length;
      } else i += run.length;
      continue;
    }
    if (ch === "<") {
      const tag =
        /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/.exec(rest) ??
        /^<[^\s<>@]+@[^\s<>]+>/.exec(rest) ??
        /^<!--[\s\S]*?-->/.exec(rest) ??
        /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/.exec(rest);
      if (tag) {
        masked.mask(i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (ch === "!" && masked.charAt(i + 1) === "[") {
      // An image: its alt text describes a picture, it is not the article's prose.
      const textEnd = matchBracket(squares, i + 1);
      if (textEnd !== -1 && masked.charAt(textEnd) === "(") {
        const targetEnd = matchBracket(rounds, textEnd);
        if (targetEnd !== -1) {
          masked.mask(i, targetEnd);
          i = targetEnd;
          continue;
        }
      }
    }
    if (ch === "[") {
      if (masked.charAt(i + 1) === "^") {
        const close = matchBracket(squares, i);
        if (close !== -1) {
          masked.mask(i, close);
          i = close;
          continue;
        }
      }
      const textEnd = matchBracket(squares, i);
      if (textEnd !== -1) {
        const next = masked.charAt(textEnd);
        const tailEnd = next === "(" ? matchBracket(rounds, textEnd) : next === "[" ? matchBracket(squares, textEnd) : -1;
        if (tailEnd !== -1) {
          // Keep the link text, blank the brackets and the target.
          masked.mask(i, i + 1);
          masked.mask(textEnd - 1, tailEnd);
          i++;
          continue;
        }
      }
    }
    if (ch === "*" || ch === "~" || ch === "_") {
      const run = new RegExp(`^\\${ch}+`).exec(rest)?.[0] ?? ch;
      const before = i > start ? masked.charAt(i - 1) : " ";
      const after = masked.charAt(i + run.length) || " ";
      const flanking = !/\s/.test(after) || !/\s/.test(before);
      // "snake_case" and "2*3" are not emphasis; a lone "~" is not a strike.
      const intraword = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
      if (flanking && !(ch === "_" && intraword) && !(ch === "~" && run.length < 2) && !(ch === "*" && intraword && /\d/.test(before))) {
        masked.mask(i, i + run.length);
      }
      i += run.length;
      continue;
    }
    i++;
  }
  // After the scan, so that an autolink's address is read as one.
  maskBareUrls(masked, start, end);
}

function tableCells(masked: MaskedText, lineStart: number, lineEnd: number): ProseBlock[] {
  const cells: ProseBlock[] = [];
  let cellStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    const ch = i < lineEnd ? masked.charAt(i) : "|";
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "|") {
      if (i > cellStart) cells.push({ start: cellStart, end: i, kind: "table-cell" });
      if (i < lineEnd) masked.mask(i, i + 1);
      cellStart = i + 1;
    }
  }
  return cells;
}

export function markdownProse(source: string): Prose {
  const masked = new MaskedText(source);
  const lines = sourceLines(source);
  const blocks: ProseBlock[] = [];
  let open: OpenBlock | undefined;
  const close = (): void => {
    if (open) blocks.push({ start: open.start, end: open.end, kind: open.kind });
    open = undefined;
  };
  const maskLine = (line: { start: number; end: number }): void => masked.mask(line.start, line.end);

  let first = 0;
  if (source.charCodeAt(0) === 0xfeff) masked.mask(0, 1);
  // Front matter: YAML between --- lines (or TOML between +++) at the very top.
  const opener = lines[0]?.text.replace(/^\ufeff/, "").trim();
  if (opener === "---" || opener === "+++") {
    const closing = lines.findIndex((l, i) => i > 0 && (l.text.trim() === opener || (opener === "---" && l.text.trim() === "...")));
    if (closing !== -1) {
      for (let i = 0; i <= closing; i++) maskLine(lines[i] ?? { start: 0, end: 0 });
      first = closing + 1;
    }
  }

  let fence: { char: string; length: number } | undefined;
  let html: RegExp | "blank" | undefined;
  let inTable = false;
  let inList = false;
  let previousBlank = true;
  for (let n = first; n < lines.length; n++) {
    const line = lines[n];
    if (line === undefined) continue;
    if (fence) {
      maskLine(line);
      const closing = new RegExp(`^ {0,3}\\${fence.char}{${fence.length},}[ \\t]*$`);
      if (closing.test(line.text)) fence = undefined;
      continue;
    }
    if (html !== undefined) {
      if (html === "blank" ? line.text.trim() === "" : html.test(line.text)) {
        if (html !== "blank") maskLine(line);
        html = undefined;
        previousBlank = true;
        continue;
      }
      maskLine(line);
      continue;
    }

    // Block quote markers, nested or not, are containers: blank them and read the rest.
    let position = line.start;
    let quoteDepth = 0;
    for (let marker = /^ {0,3}>[ \t]?/.exec(line.text); marker; marker = /^ {0,3}>[ \t]?/.exec(source.slice(position, line.end))) {
      masked.mask(position, position + marker[0].length);
      position += marker[0].length;
      quoteDepth++;
    }
    const content = source.slice(position, line.end);
    if (content.trim() === "") {
      close();
      inTable = false;
      previousBlank = true;
      continue;
    }
    if (open && open.quoteDepth !== quoteDepth && quoteDepth > 0) close();
    const wasBlank = previousBlank;
    previousBlank = false;

    const fenceOpen = FENCE.exec(content);
    if (fenceOpen?.[1]) {
      close();
      fence = { char: fenceOpen[1][0] ?? "`", length: fenceOpen[1].length };
      maskLine(line);
      continue;
    }
    if (/^( {4}|\t)/.test(content) && !open && wasBlank && !inList) {
      maskLine(line);
      continue;
    }
    if (HTML_START.test(content)) {
      close();
      const end = htmlBlockEnd(content);
      maskLine(line);
      const started = content.search(/</);
      if (end !== "blank" && end.test(content.slice(started + 1))) continue;
      html = end;
      continue;
    }
    if (open?.kind === "paragraph" && SETEXT_UNDERLINE.test(content)) {
      open.kind = "heading";
      close();
      maskLine(line);
      continue;
    }
    if (THEMATIC_BREAK.test(content)) {
      close();
      maskLine(line);
      continue;
    }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      close();
      inList = false;
      const markerEnd = position + heading[0].length;
      masked.mask(position, markerEnd);
      const closingHashes = /[ \t]+#+[ \t]*$/.exec(content);
      const end = closingHashes ? position + closingHashes.index : line.end;
      if (closingHashes) masked.mask(end, line.end);
      blocks.push({ start: markerEnd, end, kind: "heading" });
      continue;
    }
    if (!open && LINK_DEFINITION.test(content)) {
      maskLine(line);
      continue;
    }
    const next = lines[n + 1];
    if (inTable || (content.includes("|") && next !== undefined && TABLE_DELIMITER.test(next.text.replace(/^ {0,3}>[ \t]?/, "")) && next.text.includes("-"))) {
      if (!content.includes("|")) {
        inTable = false;
      } else {
        close();
        inTable = true;
        if (TABLE_DELIMITER.test(content)) maskLine({ start: position, end: line.end });
        else blocks.push(...tableCells(masked, position, line.end));
        continue;
      }
    }
    const item = LIST_MARKER.exec(content);
    if (item && !(open?.kind === "paragraph" && /^\d/.test(item[2] ?? "") && !/^1[.)]$/.test(item[2] ?? ""))) {
      close();
      inList = true;
      let markerEnd = position + item[0].length;
      const box = TASK_BOX.exec(source.slice(markerEnd, line.end));
      if (box) markerEnd += box[0].length;
      masked.mask(position + (item[1]?.length ?? 0), markerEnd);
      open = { start: markerEnd, end: line.end, kind: "list-item", quoteDepth };
      continue;
    }
    if (open) {
      // A continuation line: soft line break inside the paragraph or item.
      open.end = line.end;
      continue;
    }
    if (wasBlank && !/^[ \t]/.test(content)) inList = false;
    open = { start: position, end: line.end, kind: quoteDepth > 0 ? "quote" : "paragraph", quoteDepth };
  }
  close();

  const kept: ProseBlock[] = [];
  for (const block of blocks) {
    maskInline(masked, block.start, block.end);
    const trimmed = trimBlock(masked, block);
    if (trimmed) kept.push(trimmed);
  }
  return { text: masked.toString(), blocks: kept };
}
