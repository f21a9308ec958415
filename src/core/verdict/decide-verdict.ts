// From the candidates and their fact comparisons to one verdict, following
// DESIGN.md: contradicted when the sources speak to the very fact and say
// otherwise; disputed when what is asserted sits on a recorded conflict;
// supported when a claim states everything the sentence asserts; unverified
// when nothing relevant is there. Thresholds were set on tests/eval.

import type { TextAnalysis } from "../facts/analyze-text.js";
import type { Candidate } from "../search/find-candidates.js";
import type { Conflict } from "../types.js";
import type { FactComparison } from "./compare-facts.js";
import type { Verdict } from "./verdict.js";

export interface Judged {
  candidate: Candidate;
  comparisons: FactComparison[];
  stance: "supports" | "contradicts" | "partial";
}

export const THRESHOLDS = {
  /** A candidate below this score is not about the same thing. */
  relevant: 0.34,
  /** ...and must explain at least this share of the sentence. */
  coverage: 0.45,
  /** A supporting claim this much weaker than a contradicting one does not outweigh it. */
  supportRatio: 0.75,
} as const;

const ASSERTED: ReadonlySet<FactComparison["kind"]> = new Set(["date", "number", "rank"]);

export function judge(candidate: Candidate, comparisons: FactComparison[]): Judged {
  if (comparisons.some((c) => c.outcome === "differ")) return { candidate, comparisons, stance: "contradicts" };
  const uncovered = comparisons.some((c) => ASSERTED.has(c.kind) && c.outcome === "uncovered");
  return { candidate, comparisons, stance: uncovered ? "partial" : "supports" };
}

export function isRelevant(candidate: Candidate): boolean {
  return candidate.score >= THRESHOLDS.relevant && candidate.coverage >= THRESHOLDS.coverage;
}

/** Does the sentence assert the fact a conflict is about? */
export function assertsDimension(conflict: Conflict, said: TextAnalysis, conflictEntities: ReadonlySet<string>): boolean {
  switch (conflict.dimension) {
    case "rank":
      return said.ranks.length > 0;
    case "date":
      return said.dates.length > 0;
    case "number":
      return said.numbers.length > 0;
    case "entity":
      return said.entities.some((e) => conflictEntities.has(e));
    case "status":
    case "polarity":
      return true;
  }
}

export interface Decision {
  verdict: Verdict;
  supporting: Judged[];
  contradicting: Judged[];
  conflicts: Conflict[];
}

export function decideVerdict(
  judged: readonly Judged[],
  said: TextAnalysis,
  conflictsOf: (claimId: string) => Conflict[],
  distinctiveEntitiesOf: (conflict: Conflict) => ReadonlySet<string>,
): Decision {
  const relevant = judged.filter((j) => isRelevant(j.candidate));
  const supporting = relevant.filter((j) => j.stance === "supports");
  const contradicting = relevant.filter((j) => j.stance === "contradicts");
  const best = (list: readonly Judged[]): number => Math.max(0, ...list.map((j) => j.candidate.score));
  if (supporting.length > 0 && best(supporting) >= best(contradicting) * THRESHOLDS.supportRatio) {
    const conflicts: Conflict[] = [];
    for (const support of supporting) {
      for (const conflict of conflictsOf(support.candidate.entry.claim.id)) {
        if (!conflicts.includes(conflict) && assertsDimension(conflict, said, distinctiveEntitiesOf(conflict))) conflicts.push(conflict);
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
