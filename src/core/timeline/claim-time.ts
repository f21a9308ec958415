// When a claim was stated (its sources' dates) and, where the corpus records
// it, what replaced it or what became of it. A link counts whichever claim
// records it: "A superseded-by B" and "B supersedes A" say the same thing,
// and curators do not always write both.

import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import { formatDateValue, parseDateValue } from "../facts/date-value.js";
import type { Claim, Relation } from "../types.js";
import { compareIssued, sourceDateOf, type SourceDate } from "./issued-date.js";

export interface TimeLink {
  claim: string;
  statement: string;
  stated: SourceDate[];
}

export interface ClaimTime {
  /** Each source that states the claim, oldest first. */
  stated: SourceDate[];
  /** The date the statement speaks of, when the curator recorded one (`asOf`). */
  asOf?: string;
  /** The claim held at least until this date: its `asOf`, else its latest source's date. */
  trueAsOf: string;
  supersededBy: TimeLink[];
  supersedes: TimeLink[];
  /** Where a chain of supersessions ends, when that is further than `supersededBy`. */
  current: TimeLink[];
  /** What became of a plan, a pledge or an interest. */
  laterOutcomes: TimeLink[];
  earlierPlans: TimeLink[];
}

export function statedIn(claim: Claim, lookup: CorpusLookup): SourceDate[] {
  const ids = [...new Set(claim.citations.map((c) => c.source))];
  return ids
    .map((id) => lookup.source(id))
    .filter((s) => s !== undefined)
    .map(sourceDateOf)
    .sort((a, b) => compareIssued(a.issued, b.issued));
}

/** Claims linked to `claimId` by `outbound` in its own list or by `inbound` in theirs. */
function linked(claimId: string, outbound: Relation, inbound: Relation, lookup: CorpusLookup): string[] {
  const ids = [
    ...(lookup.claim(claimId)?.related ?? []).filter((r) => r.relation === outbound).map((r) => r.claim),
    ...lookup.referencesTo(claimId).filter((r) => r.relation === inbound).map((r) => r.from),
  ];
  return [...new Set(ids)].filter((id) => id !== claimId && lookup.claim(id) !== undefined);
}

function toLinks(ids: readonly string[], lookup: CorpusLookup): TimeLink[] {
  return ids
    .flatMap((id) => {
      const claim = lookup.claim(id);
      return claim ? [{ claim: id, statement: claim.statement, stated: statedIn(claim, lookup) }] : [];
    })
    .sort((a, b) => compareIssued(a.stated[0]?.issued ?? "", b.stated[0]?.issued ?? "") || a.claim.localeCompare(b.claim));
}

/** The claims at the end of every superseded-by chain starting at `claimId`. */
function chainEnds(claimId: string, lookup: CorpusLookup): string[] {
  const seen = new Set([claimId]);
  const ends: string[] = [];
  let frontier = linked(claimId, "superseded-by", "supersedes", lookup);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const later = linked(id, "superseded-by", "supersedes", lookup).filter((l) => !seen.has(l));
      if (later.length === 0) ends.push(id);
      next.push(...later);
    }
    frontier = next;
  }
  return ends;
}

function formatAsOf(asOf: string): string {
  const value = parseDateValue(asOf);
  return value ? formatDateValue(value) : asOf;
}

export function claimTime(claim: Claim, lookup: CorpusLookup): ClaimTime {
  const claimId = claim.id;
  const stated = statedIn(claim, lookup);
  const supersededBy = linked(claimId, "superseded-by", "supersedes", lookup);
  const ends = chainEnds(claimId, lookup);
  const beyond = ends.some((id) => !supersededBy.includes(id));
  return {
    stated,
    ...(claim.asOf !== undefined ? { asOf: formatAsOf(claim.asOf) } : {}),
    trueAsOf: claim.asOf !== undefined ? formatAsOf(claim.asOf) : (stated[stated.length - 1]?.date ?? ""),
    supersededBy: toLinks(supersededBy, lookup),
    supersedes: toLinks(linked(claimId, "supersedes", "superseded-by", lookup), lookup),
    current: beyond ? toLinks(ends, lookup) : [],
    laterOutcomes: toLinks(linked(claimId, "later-outcome", "earlier-plan", lookup), lookup),
    earlierPlans: toLinks(linked(claimId, "earlier-plan", "later-outcome", lookup), lookup),
  };
}
