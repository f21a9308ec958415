// From the candidates and their fact comparisons to one verdict, following
// DESIGN.md: contradicted when the sources speak to the very fact and say
// otherwise; disputed when what is asserted sits on a recorded conflict;
// supported when claims state everything the sentence asserts; unverified
// when nothing relevant is there. Thresholds were chosen by scripts/tune.mjs
// on the inspected eval sets (the middle of the best plateau, not its edge).

import { isSeriesNoun } from "../facts/extract-ranks.js";
import type { Candidate } from "../search/find-candidates.js";
import type { Conflict, ContestedAttribute } from "../types.js";
import type { FactComparison } from "./compare-facts.js";
import type { Verdict } from "./verdict.js";

export interface Judged {
  candidate: Candidate;
  comparisons: FactComparison[];
  stance: "supports" | "contradicts" | "partial" | "other-event";
  /** A plan, hope or interest in the sources, where the sentence says it was done. */
  plan?: true;
  /** In a compound sentence, the share of the clause it speaks to that this claim explains. */
  clauseCoverage?: number;
  /** The share of the sentence taken by names this claim replaces with others ("in Baku" against "in Astana"): spoken to, if differently. */
  substituted?: number;
}

export type Thresholds = { [K in keyof typeof THRESHOLDS]: number };

export const THRESHOLDS = {
  /** A candidate below this score is not about the same thing. */
  relevant: 0.34,
  /** Saying the sources state it needs a claim clearly about it. */
  support: 0.44,
  /** ...and must explain at least this share of the sentence. */
  coverage: 0.45,
  /** ...and mention this share of the claim... */
  recall: 0.15,
  /** ...with at least this many terms in common: one word ("protocol") is not a statement about anything. */
  shared: 2,
  /** Saying the sources disagree needs a claim clearly about the same thing. */
  contradict: 0.45,
  /** ...that explains this much of the sentence (an unknown word such as "extradition" says it is about something else). */
  contradictCoverage: 0.6,
  /** ...and, when only the polarity differs, this close a match. */
  polarityOnly: 0.6,
  /** A supporting claim this much weaker than a contradicting one does not outweigh it. */
  supportRatio: 1,
  /** A contradiction must be at least this strong relative to the best undecided claim. */
  partialRatio: 0.9,
  /** Conflicts count from supporting claims this close to the best one. */
  conflictRatio: 0.85,
  /** Claims that support a compound sentence together must, between them, explain this much of it... */
  jointCoverage: 0.65,
  /** ...each being at least this close a match to it. */
  jointMember: 0.3,
  /** A claim that agrees on two or more of a sentence's dates and amounts supports it explaining this much of it. */
  factCoverage: 0.3,
  /** A claim that states the same event with every part of the sentence aligned supports it from this score. */
  structural: 0.3,
} as const;

/** The values a sentence asserts of its event: a date, a figure, a rank. */
export const ASSERTED: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank"]);

/** A part by what it is and what the sentence said of it ("date:1993"): the same part in two claims' comparisons. */
const partKey = (f: FactComparison): string => `${f.kind}:${f.said}`;

const IDENTITY: ReadonlySet<FactComparison["kind"]> = new Set(["actor", "person", "country", "organisation", "place", "recipient"]);
const VALUE: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank", "polarity", "posting", "event", "roles", "title", "speaker"]);
/** Parts of a sentence that, left unspoken to by a claim, leave it unsupported by that claim (see align-claim.ts). */
const UNSPOKEN: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank", "place", "event", "title", "speaker", "modality", "detail", "posting"]);

/**
 * @param saidModal whether the sentence (the clause the claim speaks to) says a plan or a hope
 * @param claimModal whether the claim does, in the clause of its statement the sentence speaks to
 */
export function judge(candidate: Candidate, comparisons: FactComparison[], saidModal = false, claimModal = candidate.entry.statement.modal): Judged {
  // A plan, interest or hope in the sources ("wants to invest", "looks
  // forward to") neither confirms nor denies that the thing was done.
  if (claimModal && !saidModal) return { candidate, comparisons, stance: "partial", plan: true };
  const differing = new Set(comparisons.filter((c) => c.outcome === "differ").map((c) => c.kind));
  const mismatched = comparisons.filter((c) => c.mismatch === true && VALUE.has(c.kind)).length;
  // Someone else at another time ("Benazir Bhutto visited Baku in 1994" against
  // Heydar Aliyev's 1996 visit) is another event, not a contradiction of this one.
  const identity = [...differing].some((k) => IDENTITY.has(k));
  const values = [...differing].filter((k) => VALUE.has(k)).length + mismatched;
  // Except the holder of an office: another person and another title for them is that very fact ("Rasizade is chairman" where Asadov is).
  const officeHolder = values === 1 && differing.has("title") && [...differing].every((k) => k === "title" || k === "person");
  if (!officeHolder && ((identity && values > 0) || values > 1)) return { candidate, comparisons, stance: "other-event" };
  // Another ordinal at a date the claim does not give ("its first session, in
  // 1995" against "the 8th session"): another instance of a repeated event.
  // With no date at all ("the eighth session was held in Islamabad" against the sixth's claim), it is as likely another.
  const numberedSitting = comparisons.some((c) => c.kind === "rank" && c.outcome === "differ" && isSeriesNoun(c.said.split(" ").pop()));
  const otherInstance = differing.size === 1 && differing.has("rank") && (comparisons.some((c) => c.kind === "date" && c.outcome === "uncovered") || (numberedSitting && !comparisons.some((c) => c.kind === "date" && c.outcome === "agree")));
  if (otherInstance) return { candidate, comparisons, stance: "other-event" };
  if (differing.size > 0) return { candidate, comparisons, stance: "contradicts" };
  // A date, figure or rank the claim does not state, or a place narrower than
  // the one it states ("in Karachi" where the sources say "in Pakistan").
  const uncovered = comparisons.some((c) => UNSPOKEN.has(c.kind) && c.outcome === "uncovered");
  return { candidate, comparisons, stance: uncovered ? "partial" : "supports" };
}

/** The share of the sentence's dates, numbers and ranks a claim speaks to (agrees or differs). */
function assertedShare(j: Judged): number {
  const asserted = j.comparisons.filter((f) => ASSERTED.has(f.kind));
  const spoken = asserted.filter((f) => f.outcome !== "uncovered").length;
  return (spoken + 1) / (asserted.length + 1);
}

/** Three or more significant digits ("$72.36 billion", "13.2 %"): a figure no other claim shares by chance, as "$1 million" may. */
const PRECISE = /\d(?:[.,]?\d){2,}/;

/** A figure as the sentence gives it ("$72.36 billion") that no other claim shares by chance. */
export function isPreciseFigure(said: string): boolean {
  return PRECISE.test(said.replace(/(?:[.,]?0)+\b(?!\.)/g, ""));
}

/** Every date, number and rank the sentence asserts agrees with the claim: at least two, one of them a precise amount. */
function factual(j: Judged): boolean {
  const asserted = j.comparisons.filter((f) => ASSERTED.has(f.kind));
  return asserted.length >= 2 && asserted.every((f) => f.outcome === "agree") && asserted.some((f) => f.kind === "number" && isPreciseFigure(f.said));
}

/** The same event, and at least one other part (who, when, where, how many) the same: an aligned frame. */
function structural(j: Judged): boolean {
  const event = j.comparisons.some((f) => f.kind === "event" && f.outcome === "agree");
  const framed = j.comparisons.some((f) => f.outcome === "agree" && ["date", "number", "rank", "place", "actor", "person", "country", "organisation"].includes(f.kind));
  return event && framed && j.comparisons.every((f) => f.outcome === "agree");
}

/**
 * The same event, done by or to the same named party, with another date,
 * figure, rank or title: that very fact, said otherwise. Words the sentence
 * adds do not make it less so ("the decision … came at a session in December
 * 2012"), so it needs no high word overlap.
 */
function sameFrameOtherValue(j: Judged, t: Thresholds): boolean {
  const agrees = (kinds: readonly string[]): boolean => j.comparisons.some((f) => f.outcome === "agree" && kinds.includes(f.kind));
  const differing = j.comparisons.filter((f) => f.outcome === "differ");
  return (
    j.candidate.score >= t.relevant &&
    agrees(["event"]) &&
    // A named person or body, not a country or a place: many visits go to Azerbaijan, one was Nawaz Sharif's.
    agrees(["person", "organisation"]) &&
    differing.length > 0 &&
    // A rank of a repeated event ("the sixth session") names another instance of it as often as it contradicts one.
    differing.every((f) => ["date", "number", "title"].includes(f.kind))
  );
}

/**
 * Whether decideVerdict could use a candidate at all: every way it takes a
 * claim as support or contradiction asks for one of these scores, or, where
 * the sentence gives a precise figure (`figures`), for the figures of a claim
 * that explains this much of the sentence. A check judges only these
 * (check-claim.ts): of the 27 candidates a sentence of the benchmark's batch
 * gathers on average, 19 are below the bars.
 */
export function mayDecide(candidate: Candidate, t: Thresholds = THRESHOLDS, figures = true): boolean {
  return candidate.score >= Math.min(t.relevant, t.support, t.contradict, t.jointMember, t.structural) || (figures && candidate.coverage >= t.factCoverage);
}

export function isRelevant(candidate: Candidate, t: Thresholds = THRESHOLDS): boolean {
  return candidate.score >= t.relevant && candidate.coverage >= t.coverage && candidate.recall >= t.recall && candidate.shared.length >= t.shared;
}

/**
 * The one date of a sentence, where the claim most about it gives its own fact
 * at another time ("GDP ... in 2023"): no other claim's year for another fact
 * ("ICT's share of GDP in 2021") states it. A date that says by when ("24
 * years old by late 2016") is not when anything happened.
 */
function datesItOtherwise(lead: Judged): boolean {
  const dates = lead.comparisons.filter((f) => f.kind === "date");
  return dates.length === 1 && dates[0]?.outcome === "uncovered" && dates[0].corpus !== "" && dates[0].asOf !== true;
}

/**
 * Claims that each state part of a compound sentence ("the embassy opened in
 * 1993 and Azerbaijan's in 1997") support it together when, between them,
 * every date, number and rank it asserts agrees and none differs.
 */
function jointFacts(partial: readonly Judged[]): Judged[] {
  if (partial.length < 2 || (partial[0] !== undefined && datesItOtherwise(partial[0]))) return [];
  const needed = new Set(partial[0]?.comparisons.filter((f) => ASSERTED.has(f.kind)).map(partKey));
  // In a dated sentence, a claim speaks for a figure only if it agrees on one of its dates: "some thirty MoUs ... in
  // July 2024" is not covered by "more than 30 agreements" counted by 2020.
  const dated = partial.some((j) => j.comparisons.some((f) => f.kind === "date"));
  const anchored = partial.filter((j) => !dated || j.comparisons.some((f) => f.kind === "date" && f.outcome === "agree"));
  const covered = new Set(anchored.flatMap((j) => j.comparisons.filter((f) => f.outcome === "agree" && ASSERTED.has(f.kind)).map(partKey)));
  const helpful = anchored.filter((j) => j.comparisons.some((f) => f.outcome === "agree" && ASSERTED.has(f.kind)));
  return needed.size > 0 && [...needed].every((k) => covered.has(k)) ? helpful : [];
}

/**
 * More widely, claims that each state one clause of a sentence ("Aliyev spent two days in Pakistan, where
 * he met Zardari") support it together when the strongest of them is clearly
 * about it, none of them says anything different, between them they state
 * every date, number and rank it asserts, and together they explain most of
 * its words.
 * @param coverageOf the share of the sentence a set of claims explains together
 */
function jointClauses(judged: readonly Judged[], t: Thresholds, coverageOf: (list: readonly Candidate[]) => number): Judged[] {
  const usable = judged.filter(
    (j) =>
      (j.stance === "supports" || (j.stance === "partial" && j.plan !== true)) &&
      j.candidate.score >= t.jointMember &&
      j.candidate.shared.length >= t.shared,
  );
  // The claim most about the sentence leads; when it is a plan or says otherwise, weaker claims do not outvote it.
  const lead = judged.find((j) => isRelevant(j.candidate, t) || (j.candidate.score >= t.support && j.candidate.recall >= t.recall));
  if (lead === undefined || !usable.includes(lead)) return [];
  const agreed = (j: Judged): string[] => j.comparisons.filter((f) => f.outcome === "agree" && ASSERTED.has(f.kind)).map(partKey);
  const needed = new Set(lead.comparisons.filter((f) => ASSERTED.has(f.kind)).map(partKey));
  if (datesItOtherwise(lead)) return [];
  const covered = new Set(agreed(lead));
  const members = [lead];
  let coverage = coverageOf([lead.candidate]);
  for (const j of usable) {
    if (j === lead) continue;
    const adds = agreed(j).filter((k) => !covered.has(k));
    const widened = coverageOf([...members, j].map((m) => m.candidate));
    // A claim joins for a fact it states that the others do not, or for a
    // clause of the sentence they leave unexplained.
    if (adds.length === 0 && widened < coverage + 0.1) continue;
    members.push(j);
    for (const k of adds) covered.add(k);
    coverage = widened;
  }
  if (members.length < 2 || coverage < t.jointCoverage || ![...needed].every((k) => covered.has(k))) return [];
  // A part the lead leaves unspoken (a posting, a title, an event, who said it) must be stated by another member:
  // a claim that only explains the words ("Türkiye" in a Karabakh claim) does not speak to "envoy to Türkiye".
  const spokenBy = new Set(members.flatMap((m) => m.comparisons.filter((f) => f.outcome === "agree").map(partKey)));
  if (lead.comparisons.some((f) => f.outcome === "uncovered" && UNSPOKEN.has(f.kind) && f.kind !== "detail" && !ASSERTED.has(f.kind) && !spokenBy.has(partKey(f)))) return [];
  return members;
}

/** The parts of a sentence that hold each kind of contested attribute; a conflict on another attribute is about something else. */
const CONTESTED_PARTS: Partial<Record<ContestedAttribute, readonly FactComparison["kind"][]>> = {
  date: ["date"],
  rank: ["rank"],
  number: ["number"],
  polarity: ["polarity"],
  "office-holder": ["title", "person", "actor", "speaker"],
};

/** Does a contradicting claim differ from the sentence on the attribute a conflict contests? Unknown where the attribute has no one part. */
function differsOnContested(conflict: Conflict, j: Judged): boolean {
  const attribute = conflict.contested?.attribute;
  const parts = attribute === undefined ? undefined : CONTESTED_PARTS[attribute];
  if (parts === undefined) return true;
  return j.comparisons.some((f) => f.outcome === "differ" && parts.includes(f.kind));
}

export interface Decision {
  verdict: Verdict;
  supporting: Judged[];
  contradicting: Judged[];
  conflicts: Conflict[];
}

/**
 * @param touches does the sentence assert the fact a conflict is about, given
 *   the supporting claim it rests on (see conflict-assertion.ts)?
 * @param sidesWith does the sentence say what one side of the conflict says?
 */
export function decideVerdict(
  judged: readonly Judged[],
  conflictsOf: (claimId: string) => Conflict[],
  touches: (conflict: Conflict, supportingClaimId: string) => boolean,
  sidesWith: (conflict: Conflict) => boolean = () => false,
  t: Thresholds = THRESHOLDS,
  coverageOf: (list: readonly Candidate[]) => number = (list) => Math.max(0, ...list.map((c) => c.coverage)),
): Decision {
  const relevant = judged.filter((j) => isRelevant(j.candidate, t));
  let supporting = relevant.filter((j) => j.stance === "supports" && j.candidate.score >= t.support);
  // Figures are evidence too: a claim that states the very date and amounts
  // the sentence gives ("in 2023 ... $72.36 billion ... $338.37 million") is
  // about it even when the sentence wraps them in words of its own.
  // Words of comment around the figures ("plainly a printing error") leave the
  // claim partial; they keep the sentence from being supported (check-claim.ts),
  // not the figures from taking a side in a conflict.
  const figuresAgree = (j: Judged): boolean => j.stance === "supports" || (j.stance === "partial" && j.plan !== true && j.comparisons.every((f) => f.outcome !== "uncovered" || f.kind === "detail"));
  // A precise figure shared by chance is rare enough that the claim's own length (its low recall) does not count against it.
  if (supporting.length === 0) supporting = judged.filter((j) => figuresAgree(j) && factual(j) && j.candidate.coverage >= t.factCoverage);
  // Support from structure: the same event, and every part of the sentence
  // aligned, needs no high word overlap ("Islamabad's recognition of
  // Azerbaijani independence came on 12 December 1991").
  if (supporting.length === 0) supporting = judged.filter((j) => j.stance === "supports" && structural(j) && j.candidate.score >= t.structural && j.candidate.shared.length >= t.shared);
  // A denial alone ("not") is weak evidence unless the claim is clearly the same statement.
  const polarityOnly = (j: Judged): boolean => j.comparisons.every((f) => f.outcome !== "differ" || f.kind === "polarity");
  // One false clause makes a compound sentence false: a claim that contradicts
  // a clause need only explain that clause.
  // The names it replaces are what it contradicts, not words it leaves unexplained.
  const clauseWise = (j: Judged): Candidate => ({ ...j.candidate, coverage: Math.max(j.candidate.coverage + (j.substituted ?? 0), j.clauseCoverage ?? 0) });
  const contradicting = judged.filter(
    (j) =>
      j.stance === "contradicts" &&
      ((isRelevant(clauseWise(j), t) && j.candidate.score >= t.contradict && clauseWise(j).coverage >= t.contradictCoverage && (!polarityOnly(j) || j.candidate.score >= t.polarityOnly)) || sameFrameOtherValue(j, t)),
  );
  if (supporting.length === 0) supporting = jointFacts(relevant.filter((j) => j.stance === "partial"));
  const best = (list: readonly Judged[]): number => Math.max(0, ...list.map((j) => j.candidate.score));
  // Evidence weighs by relevance and by how much of what the sentence asserts
  // it speaks to: a claim that only shares the date of a sentence about 15
  // MoUs weighs less than one that states both the date and the 15.
  const weight = (list: readonly Judged[]): number => Math.max(0, ...list.map((j) => j.candidate.score * assertedShare(j)));
  // Claims that support clauses each speak for their own clause: a conflict on any of them is touched.
  const supported = (supporting: Judged[], joint = false): Decision => {
    const strongest = best(supporting);
    const conflicts: Conflict[] = [];
    for (const support of supporting.filter((j) => joint || j.candidate.score >= strongest * t.conflictRatio)) {
      const id = support.candidate.entry.claim.id;
      for (const conflict of conflictsOf(id)) {
        if (!conflicts.includes(conflict) && touches(conflict, id)) conflicts.push(conflict);
      }
    }
    return { verdict: conflicts.length > 0 ? "disputed" : "supported", supporting, contradicting, conflicts };
  };
  if (supporting.length > 0 && best(supporting) >= weight(contradicting) * t.supportRatio) return supported(supporting);
  // When the claim most about the sentence neither confirms nor denies it
  // (a plan, an undated mention), a weaker claim that differs is most likely
  // about another event: the sources do not settle it.
  const undecided = relevant.filter((j) => j.stance === "partial");
  if (contradicting.length > 0 && weight(contradicting) >= weight(undecided) * t.partialRatio) {
    const conflicts = [...new Set(contradicting.flatMap((j) => conflictsOf(j.candidate.entry.claim.id)))];
    // What one source contradicts, another side of a recorded conflict may
    // state ("conferred during the 2015 visit" against "in 2016"): disputed.
    const sided = conflicts.filter((c) => sidesWith(c));
    if (sided.length > 0) return { verdict: "disputed", supporting: [], contradicting, conflicts: sided };
    // A conflict is shown with a contradiction where the sentence differs on what it is about ("the tenth country"
    // beside recognition-rank) or asserts it, not wherever a contradicting claim happens to be one of its sides.
    const shown = conflicts.filter((c) => contradicting.some((j) => conflictsOf(j.candidate.entry.claim.id).includes(c) && (differsOnContested(c, j) || touches(c, j.candidate.entry.claim.id))));
    return { verdict: "contradicted", supporting: [], contradicting, conflicts: shown };
  }
  // Support pieced together from several claims counts only where no claim says otherwise.
  const joint = jointClauses(judged, t, coverageOf);
  if (joint.length > 0) return supported(joint, true);
  // A side's value in the writer's own words ("honoured him with an honorary
  // doctorate in the course of his visit"): every part the claim speaks to
  // agrees, and only words of its own are left. The sentence is not supported,
  // but it takes that side of a recorded disagreement, which is what a reader
  // must be told.
  const worded = relevant.filter((j) => j.stance === "partial" && j.plan !== true && j.candidate.score >= t.support && j.comparisons.every((f) => f.outcome === "agree" || (f.outcome === "uncovered" && f.kind === "detail")));
  const sided = supported(worded);
  if (sided.conflicts.length > 0) return sided;
  return { verdict: "unverified", supporting: [], contradicting: [], conflicts: [] };
}
