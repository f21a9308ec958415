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

function lastWord(text: string): string {
  const match = /(\S+)\s*$/.exec(text);
  return match?.[1] ?? "";
}

function firstWord(text: string): string {
  return /^[\s"“'‘(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text)?.[1] ?? "";
}

/** Does a break after `before` (ending in a full stop) wrongly split one sentence? */
function breaksAbbreviation(before: string, after: string): boolean {
  const word = lastWord(before);
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

/** Openers not yet closed in `text` (quotes and brackets), each closable later in `rest`. */
function opensUnclosed(text: string, rest: string): boolean {
  for (const [open, close] of OPEN_CLOSE) {
    const depth = text.split(open).length - text.split(close).length;
    if (depth > 0 && rest.includes(close)) return true;
  }
  // Straight double quotes pair up by count.
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 && rest.includes('"');
}

/**
 * Splits prose into sentence spans. Line breaks count as spaces: the caller
 * decides which line breaks end a block (a heading, a list item) and passes
 * each block separately.
 */
export function splitSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  // UAX #29 breaks at every line break; within a block those are soft.
  const flat = text.replace(/[\r\n\u2028\u2029\t\f\v]/g, " ");
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(flat)) {
    pieces.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
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
      const before = flat.slice(current.start, piece.start);
      if (breaksAbbreviation(before, after) || (piece.end - current.start <= MAX_MERGED_LENGTH && opensUnclosed(before, flat.slice(piece.start)))) {
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
  for (const { start, end } of merged) {
    const leading = /^\s*/.exec(flat.slice(start, end))?.[0].length ?? 0;
    const trailing = /\s*$/.exec(flat.slice(start, end))?.[0].length ?? 0;
    if (start + leading >= end - trailing) continue;
    if (!/[\p{L}\p{N}]/u.test(flat.slice(start, end))) continue;
    spans.push({ start: start + leading, end: end - trailing });
  }
  return spans;
}
