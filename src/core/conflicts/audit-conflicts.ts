// `pakaz conflicts --unrecorded`: the engine run over the corpus against
// itself, as a curator's tool that also tests the engine. Each claim's
// statement is checked like a user's sentence against the other claims;
// where the verdict is contradicted, a claim it rests on that no conflict
// records with the first is an unrecorded disagreement (or a misreading to
// fix); the sides of a
// recorded conflict that the engine reads as agreeing are a conflict it
// cannot see (or one that is not a disagreement).

import { lookupCorpus } from "../corpus/corpus-lookup.js";
import type { SearchIndex } from "../search/build-index.js";
import { checkClaim, type CheckMatch } from "../verdict/check-claim.js";

export interface UnrecordedPair {
  claim: string;
  other: string;
  /** What differs, in the engine's words ("date: 1995 ≠ September 2000"). */
  differences: string[];
}

export interface AgreeingSides {
  conflict: string;
  claim: string;
  other: string;
}

export interface ConflictAudit {
  unrecorded: UnrecordedPair[];
  agreeing: AgreeingSides[];
}

const differences = (m: CheckMatch): string[] => m.facts.filter((f) => f.outcome === "differ").map((f) => `${f.kind}: ${f.said} ≠ ${f.corpus}`);

export function auditConflicts(index: SearchIndex): ConflictAudit {
  const lookup = lookupCorpus(index.corpus);
  const recorded = (a: string, b: string): boolean => lookup.conflictsOf(a).some((c) => c.sides.some((s) => s.claim === b));
  const unrecorded: UnrecordedPair[] = [];
  const seen = new Set<string>();
  for (const claim of index.corpus.claims) {
    // What a user would see checking the claim's statement against the rest of
    // the corpus: a contradiction, and the claims it rests on. A weaker
    // candidate that differs is another event to the verdict too.
    const result = checkClaim(claim.statement, index, { top: 10, without: claim.id });
    if (result.verdict !== "contradicted") continue;
    const deciding = new Set(result.citations.map((c) => c.claimId));
    for (const m of result.matches) {
      if (m.claimId === claim.id || m.stance !== "contradicts" || !deciding.has(m.claimId)) continue;
      const key = [claim.id, m.claimId].sort().join(" ");
      if (seen.has(key) || recorded(claim.id, m.claimId)) continue;
      seen.add(key);
      unrecorded.push({ claim: claim.id, other: m.claimId, differences: differences(m) });
    }
  }
  const agreeing: AgreeingSides[] = [];
  for (const conflict of index.corpus.conflicts) {
    // Superseded sides agree by design (each was true as of its source); a figure conflict has one side.
    if (conflict.kind === "superseded" || conflict.kind === "figure") continue;
    for (const side of conflict.sides) {
      const statement = lookup.claim(side.claim)?.statement;
      if (statement === undefined) continue;
      const result = checkClaim(statement, index, { top: 10 });
      for (const other of conflict.sides) {
        if (other.claim === side.claim) continue;
        const m = result.matches.find((x) => x.claimId === other.claim);
        if (m?.stance === "supports" && !agreeing.some((a) => a.conflict === conflict.id && [a.claim, a.other].sort().join() === [side.claim, other.claim].sort().join())) {
          agreeing.push({ conflict: conflict.id, claim: side.claim, other: other.claim });
        }
      }
    }
  }
  return { unrecorded, agreeing };
}
