// What `show` prints for an id, as data: the record itself plus everything
// that points at it or that it belongs to.

import { claimTime, type ClaimTime } from "../timeline/claim-time.js";
import type { Claim, Conflict, Relation, Source } from "../types.js";
import type { CorpusLookup, InboundReference } from "./corpus-lookup.js";

/** A relation read from the claim being shown: the inverses of follow-up and part-of have no corpus name. */
export type ReferenceRelation = Relation | "follows" | "has-part";

export interface CrossReference {
  claim: string;
  /** What the other claim is to this one: "superseded-by" means the other claim replaced this one. */
  relation: ReferenceRelation;
  /** Recorded by this claim ("out"), by the other ("in"), or by both. */
  direction: "out" | "in" | "both";
  statement: string;
}

export interface ClaimConflict {
  id: string;
  kind: string;
  title: string;
  /** What this claim's side says. */
  says: string;
  others: { claim: string; says: string }[];
}

export interface ClaimView {
  type: "claim";
  claim: Claim;
  sources: Source[];
  /** When it was stated, and what replaced it or became of it. */
  time: ClaimTime;
  /** Both directions merged, so a link recorded on both claims appears once. */
  crossReferences: CrossReference[];
  related: { claim: string; relation: string; statement: string }[];
  referencedBy: (InboundReference & { statement: string })[];
  conflicts: ClaimConflict[];
}

export interface ConflictView {
  type: "conflict";
  conflict: Conflict;
  sides: { claim: Claim; says: string; sources: Source[] }[];
}

export interface SourceView {
  type: "source";
  source: Source;
  claims: { id: string; statement: string }[];
}

export type RecordView = ClaimView | ConflictView | SourceView;

function sourcesOf(claim: Claim, lookup: CorpusLookup): Source[] {
  const ids = [...new Set(claim.citations.map((c) => c.source))];
  return ids.map((id) => lookup.source(id)).filter((s): s is Source => s !== undefined);
}

const INVERSE: Record<Relation, ReferenceRelation> = {
  "see-also": "see-also",
  "same-event": "same-event",
  "follow-up": "follows",
  "earlier-plan": "later-outcome",
  "later-outcome": "earlier-plan",
  "superseded-by": "supersedes",
  supersedes: "superseded-by",
  "part-of": "has-part",
};

/**
 * Every claim that this claim points at or that points at it, each relation
 * read from this claim's side. "B supersedes A" seen from A is "superseded-by B",
 * the same as A's own "superseded-by B", so the two merge into one "both".
 */
export function crossReferencesOf(claimId: string, lookup: CorpusLookup): CrossReference[] {
  const statement = (id: string): string => lookup.claim(id)?.statement ?? "";
  const refs: CrossReference[] = [];
  for (const r of lookup.claim(claimId)?.related ?? []) {
    if (!refs.some((x) => x.claim === r.claim && x.relation === r.relation)) {
      refs.push({ claim: r.claim, relation: r.relation, direction: "out", statement: statement(r.claim) });
    }
  }
  const inbound = [...lookup.referencesTo(claimId)].sort((a, b) => a.from.localeCompare(b.from));
  for (const r of inbound) {
    const relation = INVERSE[r.relation];
    const known = refs.find((x) => x.claim === r.from && x.relation === relation);
    if (known) {
      if (known.direction === "out") known.direction = "both";
    } else {
      refs.push({ claim: r.from, relation, direction: "in", statement: statement(r.from) });
    }
  }
  return refs;
}

function conflictsOfClaim(claimId: string, lookup: CorpusLookup): ClaimConflict[] {
  return lookup.conflictsOf(claimId).map((c) => ({
    id: c.id,
    kind: c.kind,
    title: c.title,
    says: c.sides.find((s) => s.claim === claimId)?.says ?? "",
    others: c.sides.filter((s) => s.claim !== claimId).map((s) => ({ claim: s.claim, says: s.says })),
  }));
}

export function describeRecord(id: string, lookup: CorpusLookup): RecordView | undefined {
  const claim = lookup.claim(id);
  if (claim) {
    return {
      type: "claim",
      claim,
      sources: sourcesOf(claim, lookup),
      time: claimTime(claim, lookup),
      crossReferences: crossReferencesOf(id, lookup),
      related: (claim.related ?? []).map((r) => ({ ...r, statement: lookup.claim(r.claim)?.statement ?? "" })),
      referencedBy: lookup.referencesTo(id).map((r) => ({ ...r, statement: lookup.claim(r.from)?.statement ?? "" })),
      conflicts: conflictsOfClaim(id, lookup),
    };
  }
  const conflict = lookup.conflict(id);
  if (conflict) {
    return {
      type: "conflict",
      conflict,
      sides: conflict.sides.flatMap((side) => {
        const sideClaim = lookup.claim(side.claim);
        return sideClaim ? [{ claim: sideClaim, says: side.says, sources: sourcesOf(sideClaim, lookup) }] : [];
      }),
    };
  }
  const source = lookup.source(id);
  if (source) {
    return {
      type: "source",
      source,
      claims: lookup.corpus.claims
        .filter((c) => c.citations.some((q) => q.source === id))
        .map((c) => ({ id: c.id, statement: c.statement })),
    };
  }
  return undefined;
}
