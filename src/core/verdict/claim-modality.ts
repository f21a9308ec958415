// Whether a claim reports an event only as a plan, hope or expectation. A
// claim can state one thing as done and another as hoped for ("traders
// affirmed their commitment ... expressing hope that the discussions would
// result in the signing of business agreements"): the claim as a whole is no
// plan, but the signing in it is. A sentence saying the signing happened is
// then not supported by it: an article written before cannot say a later
// event did not happen, and it does not say that it did.

import type { TextAnalysis } from "../facts/analyze-text.js";
import { RECOMMENDING } from "../facts/source-voice.js";
import type { IndexedClaim } from "../search/build-index.js";
import type { FactComparison } from "./compare-facts.js";
import { matchLexicon } from "../text/lexicon.js";

/**
 * The words of a plan, a hope, an expectation or a future: wider than the
 * sentence-level modality in analyze-text.ts, because here it is read only in
 * the stretch of a claim's text that names the event.
 */
const PLANNED =
  /\b(?:will|would|shall|could|might|can|spoke (?:of|about)|talked (?:of|about)|suggest(?:s|ed|ion)?|proposals?|plans?|planned|planning|hopes?|hoped|hoping|expects?|expected|expecting|due to|is to|are to|was to|were to|going to|intends?|intended|proposed|proposes?|aims? to|aiming to|being prepared|to be (?:held|signed|announced|opened)|soon|upcoming|forthcoming|next week|next month|next year)\b/;

/**
 * The words of a recommendation ("the article recommends", "should", "calls
 * for"): what an author says ought to happen, which no more says it happened
 * than a plan does.
 */
const RECOMMENDED = new RegExp(`\\b(?:${RECOMMENDING}|recommend(?:ing|ations?)|should|must|ought to|needs? to)\\b`);

/**
 * Stretches end at sentence and clause ends, and where "and" starts a second
 * verb of the same subject ("said the visit symbolised the cooperation and
 * hoped that relations would grow"): the hope governs what follows it only.
 */
function split(text: string): string[] {
  return text.toLowerCase().split(/[.;:!?]\s|,\s*(?:and|but|while|whereas)\s|\bbut\b|\band (?=(?:also |further )?(?:hoped|hopes|expressed|said|says|called|urged|agreed|stressed|added|noted|wished|wanted|looked)\b)/);
}

/** Each event type a stretch names, with the word position where it first does. */
function eventTypesIn(stretch: string): Map<string, number> {
  const words = stretch.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== "");
  const types = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const hit = matchLexicon(words, i);
    if (hit?.kind === "event" && !types.has(hit.id)) types.set(hit.id, i);
  }
  return types;
}

function names(stretch: string, type: string): boolean {
  return eventTypesIn(stretch).has(type);
}

/**
 * A sentence recommends what it names where it uses the words of a
 * recommendation ("exports ought to rise", "calls for larger exports"), but
 * not in a relative clause: "has carried out the reforms that the article
 * recommends" says they were carried out.
 */
function recommends(stretch: string): boolean {
  const m = RECOMMENDED.exec(stretch);
  return m !== null && !inRelativeClause(stretch.slice(0, m.index));
}

function inRelativeClause(before: string): boolean {
  return /\b(?:that|which|whom)\s+(?:[\p{L}'-]+\s+){0,4}$/u.test(before);
}

/** How many words after a recommendation's words it governs ("recommends that Pakistan and Azerbaijan enhance"). */
const RECOMMENDS_WITHIN = 6;

/**
 * Where in a claim's stretch the words of a recommendation stand (a word
 * position), outside a relative clause; each event named within
 * RECOMMENDS_WITHIN words after them is recommended: "should be strengthened"
 * recommends the strengthening, not the cooperation named before it, nor a
 * clause further on.
 */
function recommendationAt(stretch: string): number | undefined {
  const m = RECOMMENDED.exec(stretch);
  if (m === null || inRelativeClause(stretch.slice(0, m.index))) return undefined;
  return stretch.slice(0, m.index).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== "").length;
}

/**
 * Whether a sentence itself says the event in the words of a plan or a hope
 * ("told Rasizade that he hoped Azerbaijan would consider investing"), in the
 * stretch that names it: then it claims no more than the plan.
 */
export function saysAsPlanned(text: string, type: string): boolean {
  const naming = split(text).filter((s) => names(s, type));
  return naming.some((s) => PLANNED.test(s) || recommends(s));
}

/** Per claim, each event type its text names, and whether every stretch naming it is a plan: read in one pass. */
const memo = new WeakMap<IndexedClaim, Map<string, boolean>>();

/** Each event type the stretches name, and whether every one naming it is a plan or a recommendation. */
function plannedIn(stretches: readonly string[]): Map<string, boolean> {
  const types = new Map<string, boolean>();
  for (const stretch of stretches) {
    const planned = PLANNED.test(stretch);
    const from = recommendationAt(stretch);
    const recommended = (at: number): boolean => from !== undefined && from <= at && at - from <= RECOMMENDS_WITHIN;
    for (const [type, at] of eventTypesIn(stretch)) types.set(type, (types.get(type) ?? true) && (planned || recommended(at)));
  }
  return types;
}

function plannedTypes(entry: IndexedClaim): Map<string, boolean> {
  let types = memo.get(entry);
  if (types === undefined) {
    // The statement is the curator's reading of the quotes ("the article recommends that they enhance logistics", where the quote
    // says enhancing them "is equally serious"): what it names, it decides; a quote decides only what the statement does not name.
    const quoted = plannedIn(entry.claim.citations.flatMap((c) => split(c.quote)));
    types = new Map([...quoted, ...plannedIn(split(entry.claim.statement))]);
    memo.set(entry, types);
  }
  return types;
}

/**
 * True when every stretch of the claim's text that names an event of this
 * type says it in the words of a plan or a hope; false when one states it
 * plainly, or none names it (the claim is then silent on it, which is another
 * comparison's business).
 */
export function reportedOnlyAsPlanned(entry: IndexedClaim, type: string): boolean {
  return plannedTypes(entry).get(type) === true;
}

/**
 * The events a sentence says happened that the claim reports only as a plan,
 * expectation or hope ("toured the facilities" where the claim only expected
 * the visit): each a part the sources do not speak to.
 * @param aligned the claim's alignment with the sentence, whose agreeing events are looked at
 * @param saidModal whether the sentence itself speaks of a plan
 */
export function plannedOnlyParts(said: TextAnalysis, entry: IndexedClaim, aligned: readonly FactComparison[], saidModal: boolean): FactComparison[] {
  // "One commentary calls for larger exports": the source's recommendation, which a recommendation in the claim states.
  if (saidModal || said.voice?.recommends === true) return [];
  const parts: FactComparison[] = [];
  for (const e of said.events ?? []) {
    const match = aligned.find((f) => f.kind === "event" && f.outcome === "agree" && f.said === e.words);
    if (match === undefined) continue;
    // "Improved" met by the claim's "enhance": what the claim plans is its own event, of its own kind.
    const stated = matchLexicon(match.corpus.split(" "), 0);
    const planned = reportedOnlyAsPlanned(entry, e.type) || (stated?.kind === "event" && stated.id !== e.type && reportedOnlyAsPlanned(entry, stated.id));
    if (planned && !saysAsPlanned(said.normalized, e.type)) parts.push({ kind: "modality", outcome: "uncovered", said: `${e.words} (done)`, corpus: "" });
  }
  return parts;
}
