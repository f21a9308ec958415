// From the candidates and their fact comparisons to one verdict, following
// DESIGN.md: contradicted when the sources speak to the very fact and say
// otherwise; disputed when what is asserted sits on a recorded conflict;
// supported when claims state everything the sentence asserts; unverified
// when nothing relevant is there. Thresholds were set on tests/eval.

import type { Candidate } from "../search/find-candidates.js";
import type { Conflict } from "../types.js";
import type { FactComparison } from "./compare-facts.js";
import type { Verdict } from "./verdict.js";

export interface Judged {
  candidate: Candidate;
  comparisons: FactComparison[];
  stance: "supports" | "contradicts" | "partial" | "other-event";
}

export const THRESHOLDS = {
  /** A candidate below this score is not about the same thing. */
  relevant: 0.34,
  /** ...and must explain at least this share of the sentence. */
  coverage: 0.45,
  /** Saying the sources disagree needs a claim clearly about the same thing. */
  contradict: 0.45,
  /** A supporting claim this much weaker than a contradicting one does not outweigh it. */
  supportRatio: 0.75,
  /** Conflicts count from supporting claims this close to the best one. */
  conflictRatio: 0.85,
} as const;

const ASSERTED: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank"]);

const assertedKey = (f: FactComparison): string => `${f.kind}:${f.said}`;

const IDENTITY: ReadonlySet<FactComparison["kind"]> = new Set(["actor", "person", "country", "organisation", "place"]);
const VALUE: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank", "polarity"]);

export function judge(candidate: Candidate, comparisons: FactComparison[]): Judged {
  const differing = new Set(comparisons.filter((c) => c.outcome === "differ").map((c) => c.kind));
  // Someone else at another time ("Benazir Bhutto visited Baku in 1994" against
  // Heydar Aliyev's 1996 visit) is another event, not a contradiction of this one.
  const identity = [...differing].some((k) => IDENTITY.has(k));
  const values = [...differing].filter((k) => VALUE.has(k)).length;
  if ((identity && values > 0) || values > 1) return { candidate, comparisons, stance: "other-event" };
  if (differing.size > 0) return { candidate, comparisons, stance: "contradicts" };
  const uncovered = comparisons.some((c) => ASSERTED.has(c.kind) && c.outcome === "uncovered");
  return { candidate, comparisons, stance: uncovered ? "partial" : "supports" };
}

export function isRelevant(candidate: Candidate): boolean {
  return candidate.score >= THRESHOLDS.relevant && candidate.coverage >= THRESHOLDS.coverage;
}

/**
 * Claims that each state part of a compound sentence ("the embassy opened in
 * 1993 and Azerbaijan's in 1997") support it together when, between them,
 * every date, number and rank it asserts agrees and none differs.
 */
function jointSupport(partial: readonly Judged[]): Judged[] {
  if (partial.length < 2) return [];
  const needed = new Set(partial[0]?.comparisons.filter((f) => ASSERTED.has(f.kind)).map(assertedKey));
  const covered = new Set(partial.flatMap((j) => j.comparisons.filter((f) => f.outcome === "agree" && ASSERTED.has(f.kind)).map(assertedKey)));
  const helpful = partial.filter((j) => j.comparisons.some((f) => f.outcome === "agree" && ASSERTED.has(f.kind)));
  return needed.size > 0 && [...needed].every((k) => covered.has(k)) ? helpful : [];
}

export interface Decision {
  verdict: Verdict;
  supporting: Judged[];
  contradicting: Judged[];
  conflicts: Conflict[];
}

/**
 * @param touches does the sentence assert the fact a conflict is about, given
 *   the supporting claim it rests on (see check-claim.ts)?
 */
export function decideVerdict(
  judged: readonly Judged[],
  conflictsOf: (claimId: string) => Conflict[],
  touches: (conflict: Conflict, supportingClaimId: string) => boolean,
): Decision {
  const relevant = judged.filter((j) => isRelevant(j.candidate));
  let supporting = relevant.filter((j) => j.stance === "supports");
  const contradicting = relevant.filter((j) => j.stance === "contradicts" && j.candidate.score >= THRESHOLDS.contradict);
  if (supporting.length === 0) supporting = jointSupport(relevant.filter((j) => j.stance === "partial"));
  const best = (list: readonly Judged[]): number => Math.max(0, ...list.map((j) => j.candidate.score));
  if (supporting.length > 0 && best(supporting) >= best(contradicting) * THRESHOLDS.supportRatio) {
    const strongest = best(supporting);
    const conflicts: Conflict[] = [];
    for (const support of supporting.filter((j) => j.candidate.score >= strongest * THRESHOLDS.conflictRatio)) {
      const id = support.candidate.entry.claim.id;
      for (const conflict of conflictsOf(id)) {
        if (!conflicts.includes(conflict) && touches(conflict, id)) conflicts.push(conflict);
      }
    }
    return { verdict: conflicts.length > 0 ? "disputed" : "supported", supporting, contradicting, conflicts };
  }
  if (contradicting.length > 0) {
    const conflicts = [...new Set(contradicting.flatMap((j) => conflictsOf(j.candidate.entry.claim.id)))];
    return { verdict: "contradicted", supporting: [], contradicting, conflicts };
  }
  return { verdict: "unverified", supporting: [], contradicting: [], conflicts: [] };
}
