// Prose → sentences, by Intl.Segmenter (Unicode's sentence rules, built into
// Node) corrected where those rules misread news prose: UAX #29 ends a
// sentence at any full stop followed by a capital, so "Mr. Rasizade",
// "H.E. Ilham Aliyev", "Ogtay S. Asadov" and "the U.S. State Department"
// would each be cut in two, and a quotation of several sentences would be
// torn out of the sentence that reports it. Decimals ("13.2 %"), "No. 822"
// and ranges ("2014-15") the segmenter already keeps whole.

export interface SentenceSpan {
  /** Offsets into the text given, trimmed of surrounding white space. */
  start: number;
  end: number;
}

/** Abbreviations that do not end a sentence, whatever follows them. */
const TITLES = new Set(
  (
    "mr mrs ms messrs dr prof sr st gen lt col maj capt cmdr adm brig amb hon rev fr sen rep gov pres supt " +
    "vs cf viz approx ca e.g i.e al fig figs vol vols art sec ch pp p para nos dept univ assn est mt ft h.e"
  ).split(" "),
);
/** Abbreviations that end a sentence only when what follows could not continue it. */
const BEFORE_NUMBER = new Set(["no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "op"]);
/** Words that open a new sentence after an ambiguous abbreviation ("…to the U.S. The talks…"). */
const OPENERS = new Set(
  (
    "the this that these those it its he she they we i you a an in on at but and or so yet however meanwhile " +
    "there here both since after before during when while as also moreover furthermore his her their our my " +
    "today yesterday now then later earlier still thus hence such one some many most all each what who why how"
  ).split(" "),
);

const OPEN_CLOSE: ReadonlyArray<readonly [string, string]> = [
  ["(", ")"],
  ["[", "]"],
  ["“", "”"],
  ["«", "»"],
];
/** Never merge past this many characters: an unclosed quote must not swallow a page. */
const MAX_MERGED_LENGTH = 1200;

let segmenter: Intl.Segmenter | undefined;

/** How much text the segmenter is given at once (see segmentBounds). */
const WINDOW = 1024;
/** A break this close to a window's end may depend on text past it, and is found again from the next window. */
const MARGIN = 256;

/**
 * The offsets where Intl.Segmenter ends sentences in `text`, read window by
 * window. Iterating the segments of one long string costs time in the square
 * of its length in V8 (7,600 sentences of 160 KB took a second, 40,000 of
 * "Mr. " four), so the text is given in small windows, each restarting at the
 * last break found well inside the one before (UAX #29 decides a break from
 * the text just around it). A window holding no such break (a sentence longer
 * than it) is doubled until it holds one or reaches the end; from a doubled
 * window only the first break is taken, so the next starts small again.
 */
function segmentBounds(text: string): number[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  const bounds: number[] = [];
  let from = 0;
  let width = WINDOW;
  while (from < text.length) {
    const to = Math.min(text.length, from + width);
    const last = to === text.length;
    let found = false;
    for (const segment of segmenter.segment(text.slice(from, to))) {
      const end = from + segment.index + segment.segment.length;
      if (!last && end > to - MARGIN) break;
      bounds.push(end);
      found = true;
      if (width > WINDOW) break;
    }
    if (!found) {
      if (last) break;
      width *= 2;
      continue;
    }
    from = bounds[bounds.length - 1] ?? to;
    width = WINDOW;
  }
  return bounds;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * The last word of text[from, to), found by walking back from its end. A
 * pattern anchored at the end (/(\S+)\s*$/) is tried at every offset of the
 * text, and the text before a break grows as pieces merge: a chain of "Mr. "
 * took time in the square of its length.
 */
function lastWord(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isSpace(text[end - 1])) end--;
  let start = end;
  while (start > from && !isSpace(text[start - 1])) start--;
  return text.slice(start, end);
}

function firstWord(text: string): string {
  return /^[\s"“'‘(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text)?.[1] ?? "";
}

/** Does a break after `before` (ending in a full stop) wrongly split one sentence? */
function breaksAbbreviation(flat: string, from: number, to: number, after: string): boolean {
  const word = lastWord(flat, from, to);
  if (!word.endsWith(".")) return false;
  const bare = word.replace(/^[("“'‘\[]+/, "").slice(0, -1);
  const lower = bare.toLowerCase();
  const next = firstWord(after);
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\d/.test(next);
  // An initial: "M. U. H. Khan", "Ogtay S. Asadov".
  if (/^\p{Lu}$/u.test(bare)) return true;
  // Dotted acronyms (U.S., U.K., U.N.): a sentence can end with one, so
  // break only where the next word usually starts a sentence.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return next !== "" && !OPENERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  return false;
}

/**
 * Openers not yet closed in `text` (quotes and brackets), each closable at or
 * after `from`: `lastOf` gives each closer's last offset in the block, so the
 * rest of the block is not searched again for every piece.
 */
function opensUnclosed(text: string, from: number, lastOf: ReadonlyMap<string, number>): boolean {
  const closable = (close: string): boolean => (lastOf.get(close) ?? -1) >= from;
  for (const [open, close] of OPEN_CLOSE) {
    const depth = text.split(open).length - text.split(close).length;
    if (depth > 0 && closable(close)) return true;
  }
  // Straight double quotes pair up by count.
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 && closable('"');
}

/**
 * Splits prose into sentence spans. Line breaks count as spaces: the caller
 * decides which line breaks end a block (a heading, a list item) and passes
 * each block separately.
 */
export function splitSentences(text: string): SentenceSpan[] {
  // UAX #29 breaks at every line break; within a block those are soft.
  const flat = text.replace(/[\r\n\u2028\u2029\t\f\v]/g, " ");
  const pieces: { start: number; end: number }[] = [];
  let previous = 0;
  for (const end of segmentBounds(flat)) {
    pieces.push({ start: previous, end });
    previous = end;
  }
  const lastOf = new Map<string, number>([...OPEN_CLOSE.map(([, close]) => close), '"'].map((close) => [close, flat.lastIndexOf(close)]));
  const merged: { start: number; end: number }[] = [];
  // A piece without letters ("1. ", "– ") opens the sentence that follows it.
  let pending: number | undefined;
  for (const piece of pieces) {
    const after = flat.slice(piece.start, piece.end);
    if (!/\p{L}/u.test(after)) {
      pending ??= piece.start;
      continue;
    }
    const current = merged[merged.length - 1];
    if (current !== undefined) {
      // Only a sentence short enough to grow is read whole (opensUnclosed); the abbreviation test reads its last word.
      if (
        breaksAbbreviation(flat, current.start, piece.start, after) ||
        (piece.end - current.start <= MAX_MERGED_LENGTH && opensUnclosed(flat.slice(current.start, piece.start), piece.start, lastOf))
      ) {
        current.end = piece.end;
        pending = undefined;
        continue;
      }
    }
    merged.push({ start: pending ?? piece.start, end: piece.end });
    pending = undefined;
  }
  if (pending !== undefined) merged.push({ start: pending, end: flat.length });
  const spans: SentenceSpan[] = [];
  for (const merge of merged) {
    // Trimmed by walking in from each end: /\s*$/ retries from every space of a long run.
    let { start, end } = merge;
    while (start < end && isSpace(flat[start])) start++;
    while (end > start && isSpace(flat[end - 1])) end--;
    if (start >= end) continue;
    if (!/[\p{L}\p{N}]/u.test(flat.slice(start, end))) continue;
    spans.push({ start, end });
  }
  return spans;
}
