// `pakaz check` as a pure function: a sentence and a search index in, a
// verdict with its evidence out. No I/O, so the CLI, `review` and tests all
// call the same thing.

import { lookupCorpus } from "../corpus/corpus-lookup.js";
import { analyzeText, type TextAnalysis } from "../facts/analyze-text.js";
import { formatFactDate } from "../facts/date-value.js";
import { formatNumber, formatRank } from "../facts/describe-facts.js";
import { contextOf, withContext, type Pointer, type SentenceContext } from "../facts/sentence-context.js";
import { claimTime } from "../timeline/claim-time.js";
import type { SearchIndex } from "../search/build-index.js";
import { coverageForScore, findCandidates, type Candidate } from "../search/find-candidates.js";
import { findSourceVoice, withoutVoice } from "../facts/source-voice.js";
import { rescoreByPassage } from "../search/passage-recall.js";
import { findUnknownNames } from "../search/find-unknown-names.js";
import { alignClaim } from "./align-claim.js";
import { plannedOnlyParts } from "./claim-modality.js";
import { claimModalFor, clauseFor, compareFacts, entityName, HOME, type FactComparison } from "./compare-facts.js";
import { contestedKinds, holdsNoSide, pinnedToNow, sidesWithConflict, speaksOfConflict, takesSideDirectly, touchesConflict } from "./conflict-assertion.js";
import { ASSERTED, decideVerdict, isPreciseFigure, isRelevant, judge, mayDecide, THRESHOLDS, type Decision, type Judged, type Thresholds } from "./decide-verdict.js";
import type { Conflict } from "../types.js";
import { splitClauses } from "./split-clauses.js";
import { compareEventOrder, eventDateOf, readEventOrder, type EventOrder } from "./event-order.js";
import type { FactDate } from "../types.js";
import { officesNamed } from "./office-named.js";
import { worstVerdict, type Verdict } from "./verdict.js";

export const MAX_CLAIM_LENGTH = 1000;
/**
 * Below this score a candidate supports nothing (the least of the support,
 * structural and joint thresholds), so its events are not read for plans:
 * about 3 ms of a warm check on Node 24 read them for all forty candidates.
 */
const PLANNED_FROM = Math.min(THRESHOLDS.support, THRESHOLDS.structural, THRESHOLDS.jointMember, THRESHOLDS.relevant);
/** A near topic worth offering as "did you mean" when nothing decides. */
const SUGGESTION_SCORE = 0.3;

export interface CheckCitation {
  source: string;
  claimId: string;
  quote: string;
}

export interface CheckMatch {
  claimId: string;
  statement: string;
  score: number;
  stance: Judged["stance"];
  sources: string[];
  facts: FactComparison[];
}

export interface Supersession {
  claimId: string;
  asOf: string;
  source: string;
  by: { claimId: string; statement: string; asOf: string; source: string }[];
}

export interface CheckResult {
  claim: string;
  verdict: Verdict;
  citations: CheckCitation[];
  conflicts: string[];
  /** Conflicts on the fact a supported sentence speaks of, on which it takes no side: shown as context. */
  context: string[];
  /**
   * The sentence part by part, aligned with the claim that decided (or the
   * nearest one): the same as (or more general than) what it states,
   * excluded by it, or not spoken to.
   */
  alignment: AlignedPart[];
  /** Plain sentences: what agreed, what differed, and with which sources. */
  explanation: string[];
  matches: CheckMatch[];
  superseded: Supersession[];
  /** For an unverified claim: the nearest claims, as "did you mean". */
  suggestions: { claimId: string; statement: string }[];
  facts: {
    dates: string[];
    numbers: string[];
    ranks: string[];
    polarity: TextAnalysis["polarity"];
    entities: string[];
  };
}

export interface AlignedPart {
  /** What part of the sentence: event, roles, date, number, place, title, speaker, detail … */
  part: FactComparison["kind"];
  relation: "same" | "exclusive" | "unspoken";
  said: string;
  /** What the claim states (empty when unspoken). */
  source: string;
  claimId: string;
}

const RELATION = { agree: "same", differ: "exclusive", uncovered: "unspoken" } as const;

export interface CheckOptions {
  /** How many matched claims to report. */
  top?: number;
  /** Overrides of the decision thresholds, for tuning them on a labelled set (scripts/tune.mjs). */
  thresholds?: Partial<Thresholds>;
  /** A claim to leave out of the evidence: the corpus audit checks each claim's statement against the others. */
  without?: string;
}

const listSources = (ids: readonly string[]): string => {
  const quoted = ids.map((id) => `\`${id}\``);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
};

function sourcesOf(judged: Judged): string[] {
  return [...new Set(judged.candidate.entry.claim.citations.map((c) => c.source))];
}

/** The share of the sentence's weight in names the claim replaces with others (see Judged.substituted). */
function substitutedShare(j: Judged, index: SearchIndex): number {
  const replaced = new Set(j.comparisons.flatMap((f) => (f.outcome === "differ" ? [...(f.entities ?? []).map((id) => `@${id}`), ...(f.terms ?? [])] : [])));
  const { candidate } = j;
  if (replaced.size === 0 || candidate.coverage === 0) return 0;
  const matched = candidate.shared.reduce((sum, term) => sum + index.idf(term) * (candidate.entry.terms.get(term) ?? 0), 0);
  const total = matched / candidate.coverage;
  let share = 0;
  for (const term of replaced) if (!candidate.shared.includes(term)) share += index.idf(term);
  return total === 0 ? 0 : share / total;
}

/** The largest share of one clause's terms a candidate explains. */
function clauseCoverage(clauses: NonNullable<TextAnalysis["clauses"]>, candidate: Candidate, index: SearchIndex): number {
  let best = 0;
  for (const clause of clauses) {
    let total = 0;
    let explained = 0;
    for (const term of new Set(clause.terms)) {
      const idf = index.idf(term);
      total += idf;
      explained += idf * (candidate.entry.terms.get(term) ?? 0);
    }
    if (total > 0) best = Math.max(best, explained / total);
  }
  return best;
}

/** The share of the sentence a set of candidates explains together: each shared term counted once, at its best weight. */
function jointCoverage(list: readonly Candidate[], index: SearchIndex): number {
  const first = list[0];
  if (first === undefined || first.coverage === 0) return 0;
  const weightOf = (c: Candidate, term: string): number => index.idf(term) * (c.entry.terms.get(term) ?? 0);
  // Candidates carry their coverage, not the sentence's total weight; any one of them gives it back.
  const total = first.shared.reduce((sum, term) => sum + weightOf(first, term), 0) / first.coverage;
  const best = new Map<string, number>();
  for (const c of list) for (const term of c.shared) best.set(term, Math.max(best.get(term) ?? 0, weightOf(c, term)));
  let explained = 0;
  for (const weight of best.values()) explained += weight;
  return total === 0 ? 0 : explained / total;
}

/**
 * The least share of a sentence a claim must explain to count anywhere: as
 * relevant evidence, support by precise figures, a suggestion, or one of
 * several claims supporting its clauses together. Claims below it are not scored at all (see findCandidates).
 */
function leastCoverage(t: Thresholds): number {
  return Math.min(t.coverage, t.factCoverage, SUGGESTION_SCORE, coverageForScore(Math.min(t.relevant, t.support, t.jointMember)));
}

/** The parts of a sentence no supporting claim speaks to ("the purpose: to coordinate …"), in words. */
function unspokenByAll(supporting: readonly Judged[], compound: boolean): string[] {
  const first = [...supporting].sort((a, b) => b.candidate.score - a.candidate.score)[0];
  if (first === undefined) return [];
  const partsOf = (j: Judged): Map<string, string> => {
    const parts = new Map<string, string>();
    for (const f of j.comparisons) {
      if (f.outcome !== "uncovered") continue;
      if (f.kind === "detail") for (const word of f.said.split(", ")) parts.set(`detail:${word}`, `“${word}”`);
      else if (f.kind === "event" || f.kind === "title" || f.kind === "speaker") parts.set(`${f.kind}:${f.said}`, `the ${f.kind === "event" ? "event" : f.kind} “${f.said}”`);
      else if (f.kind === "modality") parts.set(`${f.kind}:${f.said}`, `“${f.said.replace(/ \(done\)$/, "")}” as done: they report it only as planned, expected or hoped for`);
    }
    return parts;
  };
  let left = partsOf(first);
  // Each clause of a compound sentence may rest on its own claim. In a simple
  // sentence, what happened, the titles and the speaker are the strongest
  // claim's to state: another claim that names the same verb is about another
  // event ("COVID-19 suspended projects" is not the foundation suspending its
  // work). And a claim speaks for part of it only if it is about the same
  // thing as the strongest, a name other than the two countries in common
  // ("…, where he met Zardari" shares Aliyev; two visits share only the
  // verb); else the words it explains are a detail the sentence adds ("… to
  // coordinate the fight against terrorism").
  const linked = (j: Judged): boolean => compound || j.candidate.shared.some((t) => t.startsWith("@") && !HOME.has(t.slice(1)) && first.candidate.shared.includes(t));
  for (const j of supporting) {
    if (j === first || !linked(j)) continue;
    const own = partsOf(j);
    left = new Map([...left].filter(([key]) => own.has(key) || (!compound && !key.startsWith("detail:"))));
  }
  // As for one claim (align-claim.ts), one plain word left over is not a
  // detail of its own. Claims pieced together have each stated their part:
  // a word none of them explains is one the sources do not speak to.
  const names = new Set(supporting.flatMap((j) => j.comparisons.flatMap((f) => (f.kind === "detail" ? (f.entities ?? []) : []))));
  const words = [...left.keys()].filter((k) => k.startsWith("detail:"));
  if (supporting.length === 1 && words.length === 1 && !names.has(words[0]?.slice("detail:".length) ?? "")) left.delete(words[0] ?? "");
  return [...left.values()];
}

/**
 * "Nawaz Sharif currently serves as Pakistan's premier": "now" pins a
 * superseded fact to the latest source, which names another holder. The
 * sentence then takes no side: the latest side contradicts it.
 */
function pinnedToLatest(decision: Decision, said: TextAnalysis, judgedAmong: (ids: ReadonlySet<string>) => Judged[]): Decision {
  if (decision.verdict !== "disputed" || !pinnedToNow(said) || !decision.conflicts.every((c) => c.kind === "superseded")) return decision;
  const latest = new Set(decision.conflicts.flatMap((c) => c.sides.at(-1)?.claim ?? []));
  if (decision.supporting.some((j) => latest.has(j.candidate.entry.claim.id))) return decision;
  const contradicting = judgedAmong(latest);
  return contradicting.length === 0 ? decision : { verdict: "contradicted", supporting: [], contradicting, conflicts: decision.conflicts };
}

/**
 * "Asif Ali Zardari, Pakistan's president, leads …", "Pakistan, governed by
 * Prime Minister Nawaz Sharif, sells …": an office given in passing to one
 * of its recorded holders, in an undated sentence in the present, takes that
 * holder's side of the superseded conflict, whatever else the sentence says.
 */
function titledHolder(decision: Decision, said: TextAnalysis, index: SearchIndex, lookup: ReturnType<typeof lookupCorpus>): Decision {
  if (decision.verdict !== "supported" || (said.titles ?? []).length === 0) return decision;
  if (said.dates.length > 0 || said.speaker !== undefined || said.voice !== undefined || said.attribution !== undefined || pinnedToNow(said)) return decision;
  // A title given at a past occasion ("Prime Minister Shehbaz Sharif took part in COP29") is pinned to it.
  if (!said.present || /\b(?:was|were|had|did|then|former|formerly|late)\b/.test(said.normalized)) return decision;
  const taken: Conflict[] = [];
  for (const conflict of index.corpus.conflicts) {
    if (conflict.kind !== "superseded" || conflict.contested?.attribute !== "office-holder") continue;
    const holds = conflict.sides.some((side) => {
      const claim = lookup.claim(side.claim);
      if (claim === undefined) return false;
      const statement = claim.statement.toLowerCase();
      return (said.titles ?? []).some((t) => statement.includes(t.title) && (claim.facts.actor === t.person || (claim.facts.entities ?? []).includes(t.person)) && statement.includes((index.matcher.entity(t.person)?.name ?? "\u0000").toLowerCase()));
    });
    if (holds) taken.push(conflict);
  }
  return taken.length === 0 ? decision : { ...decision, verdict: "disputed", conflicts: [...decision.conflicts, ...taken] };
}

/**
 * "The man in Pakistan's presidential palace is Mamnoon Hussain": an office
 * given, in the present and with no date, to one of its recorded holders
 * takes his side of the succession (office-named.ts), where the rest of the
 * sentence is supported or not spoken to. A contradiction stands: the sentence
 * is false whichever side it takes.
 */
function officeHolderNamed(decision: Decision, said: TextAnalysis, index: SearchIndex): Decision {
  if (decision.verdict !== "supported" && decision.verdict !== "unverified") return decision;
  const taken = officesNamed(said, index).filter((c) => !decision.conflicts.includes(c));
  return taken.length === 0 ? decision : { ...decision, verdict: "disputed", conflicts: [...decision.conflicts, ...taken] };
}

const nearMemo = new WeakMap<SearchIndex, (claimId: string) => Conflict[]>();

/**
 * The conflicts a claim leads to: those it is a side of, and those whose
 * sides report the same event: a side it records as the same event, or one
 * that quotes the very words it quotes ("since its inception in September
 * 2000, it has held five sessions" states both a date and a count). So any
 * wording of a contested fact reaches its conflict, not only one side's claim.
 */
function conflictsNear(index: SearchIndex): (claimId: string) => Conflict[] {
  let near = nearMemo.get(index);
  if (near !== undefined) return near;
  const lookup = lookupCorpus(index.corpus);
  const byQuote = new Map<string, Conflict[]>();
  for (const conflict of index.corpus.conflicts) {
    for (const side of conflict.sides) {
      for (const c of lookup.claim(side.claim)?.citations ?? []) byQuote.set(c.quote, [...(byQuote.get(c.quote) ?? []), conflict]);
    }
  }
  const memo = new Map<string, Conflict[]>();
  near = (claimId) => {
    let found = memo.get(claimId);
    if (found === undefined) {
      const claim = lookup.claim(claimId);
      const sameEvent = [...(claim?.related ?? []).filter((r) => r.relation === "same-event").map((r) => r.claim), ...lookup.referencesTo(claimId).filter((r) => r.relation === "same-event").map((r) => r.from)];
      const all = [...lookup.conflictsOf(claimId), ...sameEvent.flatMap((id) => lookup.conflictsOf(id)), ...(claim?.citations ?? []).flatMap((c) => byQuote.get(c.quote) ?? [])];
      found = [...new Set(all)];
      memo.set(claimId, found);
    }
    return found;
  };
  nearMemo.set(index, near);
  return near;
}

/**
 * How close a claim near a conflict must be to stand as evidence of a side
 * taken in words of its own: the sentence is found through the conflict's
 * subject and value (conflict-assertion.ts), so its evidence need share
 * little else ("the joint commission of the two governments at ministerial
 * level has been in place since 1995" scores 0.14 against the 1995
 * protocol). Candidates are gathered down to DIRECT_COVERAGE for it.
 */
const DIRECT_SCORE = 0.12;
const DIRECT_COVERAGE = 0.15;

/**
 * A sentence no claim supports whole may still take a side in a recorded
 * disagreement in words of its own ("Pakistan sits in the top three of the
 * states that recognised Azerbaijan"): disputed, on the evidence of a claim
 * near the conflict that is about the same thing and differs, if at all,
 * only on the contested value.
 */
function disputedDirectly(said: TextAnalysis, judged: readonly Judged[], near: (claimId: string) => Conflict[], index: SearchIndex): Decision | undefined {
  for (const j of judged) {
    if (j.candidate.score < DIRECT_SCORE || j.plan === true) continue;
    const conflicts = near(j.candidate.entry.claim.id).filter((c) => {
      const contested = contestedKinds(c);
      // Every other date, figure and rank the sentence gives must be the claim's too.
      const spoken = (f: FactComparison): boolean => f.outcome === "agree" || contested.has(f.kind) || (f.outcome === "uncovered" && !ASSERTED.has(f.kind));
      return j.comparisons.every(spoken) && takesSideDirectly(c, said, index);
    });
    if (conflicts.length > 0) return { verdict: "disputed", supporting: [j], contradicting: [], conflicts };
    const excluded = near(j.candidate.entry.claim.id).filter((c) => holdsNoSide(c, said, index));
    if (excluded.length > 0) return { verdict: "contradicted", supporting: [], contradicting: [j], conflicts: excluded };
  }
  return undefined;
}

export function checkClaim(text: string, index: SearchIndex, options: CheckOptions = {}): CheckResult {
  return checkInContext(text, index, options).result;
}

/** A sentence's reading, with the article or author it says says it read apart from what it asserts. */
function readSentence(text: string, index: SearchIndex): TextAnalysis {
  const voice = findSourceVoice(text, index.corpus.sources);
  const said = analyzeText(withoutVoice(text, voice), index.matcher);
  return voice !== undefined ? { ...said, voice } : said;
}

/**
 * Checks a sentence of a draft as read after the previous one (see
 * sentence-context.ts), and says what the next sentence inherits from it.
 */
export function checkInContext(
  text: string,
  index: SearchIndex,
  options: CheckOptions = {},
  context?: { previous: SentenceContext; pointer: Pointer },
): { result: CheckResult; context: SentenceContext } {
  const own = readSentence(text, index);
  const said = context ? withContext(own, context.previous, context.pointer, index.matcher) : own;
  const whole = checkAnalysis(text, said, index, options);
  // A clause is read once, whether to ask if it names an event or to check it.
  const readings = new Map<string, TextAnalysis>();
  const reading = (clause: string): TextAnalysis => {
    let read = readings.get(clause);
    if (read === undefined) readings.set(clause, (read = readSentence(clause, index)));
    return read;
  };
  const clauseResult = (clause: string): CheckResult => {
    const read = { ...reading(clause), sentenceEntities: said.entities };
    return checkAnalysis(clause, context ? withContext(read, context.previous, context.pointer, index.matcher) : read, index, options);
  };
  // "Opened its embassy before the two countries established relations": the order is a part the sources' dates can exclude.
  const order = readEventOrder(text, (clause) => (reading(clause).events ?? []).some((e) => e.type !== "state"));
  if (order !== undefined) {
    const typesOf = (clause: string): string[] => (reading(clause).events ?? []).filter((e) => e.type !== "state").map((e) => e.type);
    const ordered = orderCompared(text, whole, order, clauseResult(order.earlier), clauseResult(order.later), index, typesOf);
    if (ordered !== undefined) return { result: ordered, context: contextOf(said) };
  }
  // A relative clause or an appositive is a statement of its own: checked
  // apart, so that the sentence's verdict is the worst of its clauses.
  const { main, sides } = splitClauses(text);
  if (sides.length === 0) return { result: whole, context: contextOf(said) };
  const parts = [clauseResult(main), ...sides.map((s) => clauseResult(s.text))];
  return { result: combineClauses(text, whole, parts), context: contextOf(said) };
}

/** The date each claim that supports an event gives it, by claim: none where it is not supported, or a claim gives no one date. */
function datesOfEvent(result: CheckResult, index: SearchIndex): Array<{ claimId: string; date: FactDate }> {
  if (result.verdict !== "supported") return [];
  const lookup = lookupCorpus(index.corpus);
  return result.matches.filter((m) => m.stance === "supports").flatMap((m) => {
    const date = eventDateOf(lookup.claim(m.claimId)?.facts.dates);
    return date !== undefined ? [{ claimId: m.claimId, date }] : [];
  });
}

/**
 * A sentence whose two events are each supported, compared on their order
 * (and distance) by their dates: contradicted where the dates exclude it,
 * supported where they allow it, with the order as a part of its own.
 * Undefined where an event is not supported or the dates cannot tell: the
 * sentence is then judged as a whole.
 */
function orderCompared(text: string, whole: CheckResult, order: EventOrder, earlier: CheckResult, later: CheckResult, index: SearchIndex, typesOf: (clause: string) => string[]): CheckResult | undefined {
  const first = datesOfEvent(earlier, index);
  const second = datesOfEvent(later, index);
  const outcome = compareEventOrder(first.map((d) => d.date), second.map((d) => d.date), order.gap);
  if (outcome === undefined) return orderStated(text, whole, order, earlier, later, index, typesOf);
  const dated = (dates: typeof first): string => [...new Set(dates.map((d) => formatFactDate(d.date)))].join(" or ");
  const ids = (dates: typeof first): string => [...new Set(dates.map((d) => d.claimId))].join(", ");
  // Said the same way whichever way round the sentence put it: first, then second.
  const said = order.gap !== undefined ? `“${order.later}” ${order.gap.words} after “${order.earlier}”` : `“${order.earlier}” before “${order.later}”`;
  const source = `${dated(first)}; ${dated(second)}`;
  const citations = citationsOf([earlier, later]);
  const orderPart: AlignedPart = { part: "order", relation: outcome === "agree" ? "same" : "exclusive", said, source, claimId: first[0]?.claimId ?? "" };
  const dates = `the sources date the first to ${dated(first)} (${ids(first)}) and the second to ${dated(second)} (${ids(second)})`;
  return {
    ...whole,
    claim: text,
    verdict: outcome === "agree" ? "supported" : "contradicted",
    citations,
    conflicts: [],
    context: [...new Set([...earlier.context, ...later.context])],
    alignment: [...earlier.alignment, ...later.alignment, orderPart],
    explanation:
      outcome === "agree"
        ? [`order agrees: ${said}; ${dates}`, ...clauseExplanations([earlier, later])]
        : [`you said ${said}; ${dates}`],
    suggestions: [],
  };
}

/**
 * Where the dates cannot tell the order of two supported events, a claim that
 * reports both may say it in words ("following the signing of the defence
 * agreement, naval officers held talks"): the sentence's order is then the
 * same or the other way round. Where no claim says it, the order is a part
 * the sources do not speak to, and a sentence that asserts one is not
 * supported on the events alone.
 */
function orderStated(text: string, whole: CheckResult, order: EventOrder, earlier: CheckResult, later: CheckResult, index: SearchIndex, typesOf: (clause: string) => string[]): CheckResult | undefined {
  if (earlier.verdict !== "supported" || later.verdict !== "supported" || order.gap !== undefined) return undefined;
  const lookup = lookupCorpus(index.corpus);
  const supporting = new Set([earlier, later].flatMap((r) => r.matches.filter((m) => m.stance === "supports").map((m) => m.claimId)));
  const said = `“${order.earlier}” before “${order.later}”`;
  const [firstTypes, secondTypes] = [typesOf(order.earlier), typesOf(order.later)];
  const meets = (types: readonly string[], clause: string): boolean => typesOf(clause).some((t) => types.includes(t));
  for (const id of supporting) {
    const claim = lookup.claim(id);
    if (claim === undefined) continue;
    for (const written of [claim.statement, ...claim.citations.map((c) => c.quote)]) {
      const stated = readEventOrder(written, (clause) => typesOf(clause).length > 0);
      if (stated === undefined) continue;
      const same = meets(firstTypes, stated.earlier) && meets(secondTypes, stated.later);
      const reversed = meets(firstTypes, stated.later) && meets(secondTypes, stated.earlier);
      if (same === reversed) continue;
      const part: AlignedPart = { part: "order", relation: same ? "same" : "exclusive", said, source: `“${stated.earlier}” ${stated.words} “${stated.later}”`, claimId: id };
      const verdict: Verdict = same ? (whole.verdict === "contradicted" ? "contradicted" : "supported") : "contradicted";
      return {
        ...whole,
        claim: text,
        verdict,
        citations: citationsOf([earlier, later]),
        conflicts: verdict === "contradicted" ? [] : whole.conflicts,
        alignment: [...earlier.alignment, ...later.alignment, part],
        explanation: same ? [`order agrees: ${said} (${id})`, ...clauseExplanations([earlier, later])] : [`you said ${said}; ${id} puts “${stated.earlier}” first`],
        suggestions: [],
      };
    }
  }
  if (whole.verdict !== "supported") return undefined;
  const part: AlignedPart = { part: "order", relation: "unspoken", said, source: "", claimId: "" };
  return {
    ...whole,
    verdict: "unverified",
    alignment: [...whole.alignment, part],
    explanation: [...whole.explanation, `the sources do not say which came first: ${said}`],
  };
}

/** The citations of results checked clause by clause, each claim's quote once. */
function citationsOf(parts: readonly CheckResult[]): CheckCitation[] {
  return parts.flatMap((p) => p.citations).filter((c, i, all) => all.findIndex((d) => d.claimId === c.claimId && d.quote === c.quote) === i);
}

/** Each clause's explanation, saying which clause it is about. */
function clauseExplanations(parts: readonly CheckResult[]): string[] {
  return parts.flatMap((p) => p.explanation.map((e) => `in “${p.claim}”: ${e}`));
}

/**
 * One result for a sentence checked clause by clause: the worst clause
 * decides, and the explanation says which clause each finding is about.
 * Where every clause is supported, so is the sentence, on all their evidence.
 */
function combineClauses(text: string, whole: CheckResult, parts: readonly CheckResult[]): CheckResult {
  const verdict = worstVerdict(parts.map((p) => p.verdict)) ?? whole.verdict;
  // The sentence read whole may already say more (a conflict it takes a side in): the clauses only sharpen it.
  // A contradiction of the whole is a claim about one clause compared with the other's facts, which the clauses correct.
  if (verdict === "supported" && whole.verdict === "disputed") return whole;
  const worst = parts.find((p) => p.verdict === verdict) ?? whole;
  if (verdict === "supported") {
    return { ...worst, claim: text, verdict, citations: citationsOf(parts), explanation: clauseExplanations(parts) };
  }
  return { ...worst, claim: text, explanation: [`in “${worst.claim}”:`, ...worst.explanation] };
}

function checkAnalysis(text: string, said: TextAnalysis, index: SearchIndex, options: CheckOptions): CheckResult {
  const lookup = lookupCorpus(index.corpus);
  const thresholds: Thresholds = { ...THRESHOLDS, ...options.thresholds };
  const found = findCandidates(said, index, { limit: 40, minCoverage: Math.min(DIRECT_COVERAGE, leastCoverage(thresholds)) });
  const candidates = rescoreByPassage(options.without === undefined ? found : found.filter((c) => c.entry.claim.id !== options.without), said, index, PLANNED_FROM);
  const unknownNames = findUnknownNames(withoutVoice(text, said.voice), index);
  const homeNames = new Set([...HOME].map((id) => entityName(id, index.matcher)));
  // Judged on demand, once each: most of the forty candidates are too far from the sentence to decide
  // anything (see mayDecide), and are read only if a conflict or a pinned side asks for them.
  const judgements = new Map<Candidate, Judged>();
  const judgeOf = (candidate: Candidate): Judged => {
    let found = judgements.get(candidate);
    if (found === undefined) judgements.set(candidate, (found = judgeCandidate(candidate)));
    return found;
  };
  const judgeCandidate = (candidate: Candidate): Judged => {
    const framed = alignClaim(said, candidate.entry, index, unknownNames, candidate.score >= PLANNED_FROM);
    // Whether the claim reports the events only as planned is read for the claims that can decide, not for every distant candidate.
    const aligned = candidate.score >= PLANNED_FROM ? [...framed, ...plannedOnlyParts(said, candidate.entry, framed, clauseFor(said, candidate.entry).modal)] : framed;
    // "Opposed" where a claim says "supports" is one difference, read twice: as the opposite event and as a denial.
    const antonym = aligned.some((f) => f.kind === "event" && f.outcome === "differ");
    // Reversed roles ("Azerbaijani tourists visited Pakistan") are one difference, read again as a place and a doer.
    const swapped = aligned.some((f) => f.kind === "roles" && f.outcome === "differ");
    const facts = compareFacts(said, candidate.entry, index.matcher, unknownNames).filter(
      (f) => !(antonym && f.kind === "polarity") && !(swapped && f.outcome === "differ" && ["place", "actor", "country"].includes(f.kind) && f.said.split(", ").every((n) => homeNames.has(n))),
    );
    // A posting the claim itself compares is not compared again with the corpus's other postings.
    const postingCompared = facts.some((f) => f.kind === "posting");
    const comparisons = [...facts, ...aligned.filter((f) => !(postingCompared && f.kind === "posting"))];
    const j = judge(candidate, comparisons, clauseFor(said, candidate.entry).modal, claimModalFor(said, candidate.entry, index.matcher));
    const substituted = substitutedShare(j, index);
    return { ...j, ...(said.clauses ? { clauseCoverage: clauseCoverage(said.clauses, candidate, index) } : {}), ...(substituted > 0 ? { substituted } : {}) };
  };
  // The nearest candidate is judged whatever its score: an unverified sentence is explained against it.
  const figures = said.numbers.some((n) => isPreciseFigure(formatNumber(n).trim()));
  const judged = candidates.filter((c, i) => i === 0 || mayDecide(c, thresholds, figures)).map(judgeOf);
  const near = conflictsNear(index);
  let decision = decideVerdict(
    judged,
    near,
    // A claim superseded later is in dispute as itself, not through the facts around it.
    (conflict, claimId) => (conflict.kind !== "superseded" || lookup.conflictsOf(claimId).includes(conflict)) && touchesConflict(conflict, said, claimId, index),
    (conflict) => sidesWithConflict(conflict, said, index),
    thresholds,
    (list) => jointCoverage(list, index),
  );

  // Support pieced together from several claims must still leave no part of
  // the sentence unspoken to: what one claim leaves out, another must state.
  const unspoken = decision.verdict === "supported" ? unspokenByAll(decision.supporting, said.clauses !== undefined) : [];
  if (unspoken.length > 0) decision = { verdict: "unverified", supporting: [], contradicting: [], conflicts: [] };
  // Only a claim a conflict is recorded on can take a side directly.
  if (decision.verdict === "unverified") decision = disputedDirectly(said, candidates.filter((c) => c.score >= DIRECT_SCORE && near(c.entry.claim.id).length > 0).map(judgeOf), near, index) ?? decision;
  decision = pinnedToLatest(decision, said, (ids) => candidates.filter((c) => ids.has(c.entry.claim.id)).map(judgeOf));
  decision = titledHolder(decision, said, index, lookup);
  decision = officeHolderNamed(decision, said, index);

  // A conflict on the fact a supported sentence speaks of, where it takes no
  // side ("among the first" where the sources differ on the exact rank), is shown as context.
  const context: Conflict[] = [];
  if (decision.verdict === "supported") {
    for (const j of decision.supporting) for (const c of near(j.candidate.entry.claim.id)) if (!context.includes(c) && speaksOfConflict(c, said, index)) context.push(c);
  }

  // Evidence is the strongest claims only: those close to the best of their
  // kind, so a loosely related claim does not dilute what the user reads.
  // Another rank of a repeated event ("the sixth session" against "the 8th") is as likely another instance as the same one differing.
  const differing = (j: Judged): number => j.comparisons.reduce((sum, f) => sum + (f.outcome !== "differ" ? 0 : f.kind === "rank" ? 2 : 1), 0);
  const strongest = (list: readonly Judged[]): Judged[] => {
    const best = Math.max(0, ...list.map((j) => j.candidate.score));
    return list.filter((j) => j.candidate.score >= best * thresholds.conflictRatio);
  };
  const evidence =
    decision.verdict === "supported" || decision.verdict === "disputed"
      ? strongest(decision.supporting)
      : decision.verdict === "contradicted"
        ? // The claim that differs on the fewest parts is the one most likely about the same event: shown first.
          strongest(decision.contradicting).sort((a, b) => differing(a) - differing(b))
        : [];
  const citations: CheckCitation[] = [];
  const cite = (claimId: string): void => {
    for (const c of lookup.claim(claimId)?.citations ?? []) {
      if (!citations.some((x) => x.claimId === claimId && x.quote === c.quote)) citations.push({ source: c.source, claimId, quote: c.quote });
    }
  };
  for (const j of evidence.slice(0, options.top ?? 3)) cite(j.candidate.entry.claim.id);
  for (const conflict of decision.conflicts) for (const side of conflict.sides) cite(side.claim);

  const lines: string[] = [];
  for (const j of evidence.slice(0, decision.verdict === "contradicted" ? 3 : 1)) {
    const id = j.candidate.entry.claim.id;
    const sources = sourcesOf(j);
    for (const f of j.comparisons) {
      if (f.kind === "polarity" && f.outcome === "agree") continue;
      if (f.outcome === "differ") lines.push(`you said ${f.said}; ${listSources(sources)} say${sources.length === 1 ? "s" : ""} ${f.corpus} (${id})`);
      else if (f.outcome === "agree" && decision.verdict !== "contradicted") lines.push(`${f.kind} agrees: ${f.said} (${listSources(sources)}, ${id})`);
    }
  }
  if (unspoken.length > 0) {
    const nearest = judged[0]?.candidate.entry.claim.id;
    for (const part of unspoken) lines.push(`the sources do not speak to ${part}${nearest ? ` (nearest: ${nearest})` : ""}`);
  }
  for (const c of context) {
    const what = c.contested !== undefined ? `the ${c.contested.attribute.replace("-", " ")}` : "this";
    lines.push(`the sources differ on ${what} (${c.id}: ${c.title}); this sentence takes no side`);
  }
  // Two comparisons can reach the same finding (a place as a role and as a substitution).
  const explanation = [...new Set(lines)];
  for (const conflict of decision.conflicts) {
    explanation.push(`this touches a recorded conflict, ${conflict.id}: ${conflict.title}`);
    for (const side of conflict.sides) {
      const sources = [...new Set(lookup.claim(side.claim)?.citations.map((c) => c.source) ?? [])];
      explanation.push(`  ${listSources(sources)}: ${side.says}`);
    }
  }

  // Read from either end of the link: curators record "superseded-by" on the
  // earlier claim, "supersedes" on the later one, or both (see claim-time.ts).
  const superseded: Supersession[] = [];
  for (const j of decision.supporting) {
    const claim = j.candidate.entry.claim;
    const time = claimTime(claim, lookup);
    if (time.supersededBy.length === 0) continue;
    superseded.push({
      claimId: claim.id,
      source: time.stated[time.stated.length - 1]?.source ?? "",
      asOf: time.trueAsOf,
      by: time.supersededBy.map((link) => ({
        claimId: link.claim,
        statement: link.statement,
        source: link.stated[0]?.source ?? "",
        asOf: link.stated[0]?.date ?? "",
      })),
    });
  }

  const matches: CheckMatch[] = judged
    .filter((j) => isRelevant(j.candidate, thresholds))
    .slice(0, options.top ?? 5)
    .map((j) => ({
      claimId: j.candidate.entry.claim.id,
      statement: j.candidate.entry.claim.statement,
      score: Math.round(j.candidate.score * 1000) / 1000,
      stance: j.stance,
      sources: sourcesOf(j),
      facts: j.comparisons.filter((f) => !(f.kind === "polarity" && f.outcome === "agree")),
    }));
  const suggestions =
    decision.verdict === "unverified"
      ? candidates
          .filter((c) => c.score >= SUGGESTION_SCORE && c.coverage >= SUGGESTION_SCORE)
          .slice(0, 3)
          .map((c) => ({ claimId: c.entry.claim.id, statement: c.entry.claim.statement }))
      : [];
  // The claim that decided, or for an unverified sentence the nearest one, part by part.
  const aligned = evidence[0] ?? judged.find((j) => isRelevant(j.candidate, thresholds)) ?? judged[0];
  const alignment: AlignedPart[] = (aligned?.comparisons ?? [])
    .filter((f) => !(f.kind === "polarity" && f.outcome === "agree"))
    .map((f) => ({ part: f.kind, relation: RELATION[f.outcome], said: f.said, source: f.corpus, claimId: aligned?.candidate.entry.claim.id ?? "" }));
  // The alignment in one line, the user's words against the source's: "event: opened = opened · date: 1997 ≠ 12 March 1993".
  if (alignment.length > 0 && aligned !== undefined) {
    const mark = { same: "=", exclusive: "≠", unspoken: "— not in the sources" } as const;
    const parts = alignment.map((p) => (p.relation === "unspoken" ? `${p.part}: ${p.said} ${mark.unspoken}` : `${p.part}: ${p.said} ${mark[p.relation]} ${p.source}`));
    explanation.unshift(`compared with ${aligned.candidate.entry.claim.id}: ${[...new Set(parts)].join(" · ")}`);
  }
  return {
    claim: text,
    verdict: decision.verdict,
    citations,
    conflicts: decision.conflicts.map((c) => c.id),
    context: context.map((c) => c.id),
    alignment,
    explanation,
    matches,
    superseded,
    suggestions,
    facts: {
      dates: said.dates.map(formatFactDate),
      numbers: said.numbers.map(formatNumber),
      ranks: said.ranks.map((r) => r.text ?? formatRank(r)),
      polarity: said.polarity,
      entities: said.entities,
    },
  };
}
