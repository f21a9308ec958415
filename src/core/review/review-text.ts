// `pakaz review` as a pure function: a document and a search index in, every
// sentence out with its position in the document, whether it is checkable,
// and for a checkable one the same CheckResult `pakaz check` gives.

import type { SearchIndex } from "../search/build-index.js";
import { checkInContext, type CheckResult } from "../verdict/check-claim.js";
import { titlesGiven } from "../verdict/align-claim.js";
import type { Verdict } from "../verdict/verdict.js";
import { markdownProse } from "./markdown-prose.js";
import { describeResolution, findReference, mentionsUnnamedPerson, occasionOf, occasionReferred, resolveReference, type Antecedent, type Occasion } from "./references.js";
import type { BlockKind, Prose } from "./prose.js";
import { splitSentences } from "./split-sentences.js";
import { spotClaim, type NotCheckable, type Signal } from "./spot-claims.js";
import { textProse } from "./text-prose.js";

export type Syntax = "markdown" | "text";

export interface ReviewedSentence {
  /** 1-based line and column (in UTF-16 code units, as SARIF counts) of the first character. */
  line: number;
  column: number;
  /** 1-based line and column just past the last character. */
  endLine: number;
  endColumn: number;
  /** The sentence as prose: markup left out, white space collapsed. */
  sentence: string;
  block: BlockKind;
  checkable: boolean;
  /** Why a sentence is not checked. */
  reason?: NotCheckable;
  /** The kinds of fact spotted in it. */
  signals: Signal[];
  result?: CheckResult;
}

export interface ReviewOptions {
  syntax: Syntax;
  /** How many matched corpus claims each result reports. */
  top?: number;
}

export interface ReviewSummary {
  sentences: number;
  checkable: number;
  notCheckable: number;
  verdicts: Record<Verdict, number>;
}

const TERMINAL = /[.!?…:;]["”’'»)\]]*$/;

/** Markdown when the text uses constructs plain prose does not (headings, fences, links, front matter, tables). */
export function detectSyntax(source: string): Syntax {
  const markdown =
    /^(?:---|\+\+\+)\s*$/m.test(source.split(/\r?\n/, 1)[0] ?? "") ||
    /^ {0,3}(?:#{1,6}[ \t]+\S|```|~~~)/m.test(source) ||
    /\[[^\]\n]+\]\([^)\s]+[^)]*\)/.test(source) ||
    /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(source) ||
    /(?:^|\s)\*\*[^*\n]+\*\*(?=[\s.,;:!?]|$)/m.test(source);
  return markdown ? "markdown" : "text";
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The words of [start, end): markup the reader blanked is dropped rather than left as a gap ("*not charity*," reads "not charity,"). */
function proseOf(source: string, prose: Prose, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const original = source[i] ?? "";
    const kept = prose.text[i] ?? "";
    if (kept === " " && !/\s/.test(original)) continue;
    out += original;
  }
  return out.replace(/\s+/g, " ").trim();
}

export function reviewText(source: string, index: SearchIndex, options: ReviewOptions): ReviewedSentence[] {
  const prose = options.syntax === "markdown" ? markdownProse(source) : textProse(source);
  const starts = lineStarts(source);
  const reviewed: ReviewedSentence[] = [];
  // checkClaim is pure: a sentence repeated in the draft (a standfirst, a
  // boilerplate line) is checked once.
  const checked = new Map<string, ReturnType<typeof checkInContext>>();
  const check = (sentence: string): ReturnType<typeof checkInContext> => {
    let read = checked.get(sentence);
    if (read === undefined) {
      read = checkInContext(sentence, index, options.top !== undefined ? { top: options.top } : {});
      checked.set(sentence, read);
    }
    return read;
  };
  // Whether a sentence also speaks of someone it does not name, which leaves "he" after it unclear.
  const unnamedIn = (sentence: string): Pick<Antecedent, "unnamedPerson"> => (mentionsUnnamedPerson(sentence, index.matcher) ? { unnamedPerson: true } : {});
  for (const block of prose.blocks) {
    let antecedent = false;
    // What the block's last sentence named and dated, for a sentence that refers back to it.
    let before: Antecedent | undefined;
    // The block's last sentence that told of a visit or a meeting: "during the visit" may mean it though other sentences came between.
    const occasions = new Map<Occasion, Antecedent>();
    for (const span of splitSentences(prose.text.slice(block.start, block.end))) {
      const offset = block.start + span.start;
      const endOffset = block.start + span.end;
      const sentence = proseOf(source, prose, offset, endOffset);
      if (sentence === "") continue;
      const line = positionOf(starts, offset).line;
      const fragment = block.kind === "heading" || block.kind === "table-cell" || !TERMINAL.test(sentence);
      const spotting = spotClaim(sentence, index.matcher, { antecedent, fragment });
      if (spotting.entities.length > 0) antecedent = true;
      let result: CheckResult | undefined;
      if (spotting.checkable) {
        const reference = before !== undefined ? findReference(sentence, index.matcher) : undefined;
        // (A sentence with a date of its own keeps it: withContext fills in only what the sentence lacks.)
        // "During the visit" means the last visit the block told of, which need not be in the sentence just before.
        const referred = reference !== undefined ? occasionReferred(reference) : undefined;
        const antecedentFor = referred !== undefined && before?.occasion !== referred ? (occasions.get(referred) ?? before) : before;
        const resolution = reference !== undefined && antecedentFor !== undefined ? resolveReference(reference, antecedentFor, index.matcher, (person) => titlesGiven(index, person)) : undefined;
        let read: ReturnType<typeof checkInContext>;
        if (resolution !== undefined) {
          read = checkInContext(sentence, index, options.top !== undefined ? { top: options.top } : {}, { previous: resolution.context, pointer: resolution.pointer });
          // Say what was read into the sentence, first: the writer sees why it was checked as it was.
          read = { ...read, result: { ...read.result, explanation: [describeResolution(resolution, read.result.facts.dates), ...read.result.explanation] } };
        } else {
          // No reference, or none with one clear antecedent: the sentence as written, exactly as `pakaz check` reads it.
          read = check(sentence);
        }
        result = read.result;
        const occasion = occasionOf(sentence);
        before = { line, entities: read.result.facts.entities, ...(read.context.actor !== undefined ? { actor: read.context.actor } : {}), places: read.context.places, dates: read.context.dates, ...unnamedIn(sentence), ...(occasion !== undefined ? { occasion } : {}) };
        // Only a sentence that tells of the occasion itself, not one that points back at it ("during the visit").
        if (occasion !== undefined && referred === undefined) occasions.set(occasion, before);
      } else if (spotting.entities.length > 0) {
        // A sentence not checked still says who "he" and what "the commission" are next.
        before = { line, entities: spotting.entities, places: [], dates: [], ...unnamedIn(sentence) };
      }
      const from = positionOf(starts, offset);
      const to = positionOf(starts, endOffset);
      reviewed.push({
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        sentence,
        block: block.kind,
        checkable: spotting.checkable,
        ...(spotting.reason ? { reason: spotting.reason } : {}),
        signals: spotting.signals,
        ...(result !== undefined ? { result } : {}),
      });
    }
  }
  return reviewed;
}

export function summarizeReview(sentences: Iterable<ReviewedSentence>): ReviewSummary {
  const summary: ReviewSummary = { sentences: 0, checkable: 0, notCheckable: 0, verdicts: { supported: 0, contradicted: 0, disputed: 0, unverified: 0 } };
  for (const s of sentences) {
    summary.sentences++;
    if (s.result) {
      summary.checkable++;
      summary.verdicts[s.result.verdict]++;
    } else summary.notCheckable++;
  }
  return summary;
}
