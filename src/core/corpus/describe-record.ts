// What `show` prints for an id, as data: the record itself plus everything
// that points at it or that it belongs to.

import type { Claim, Conflict, Source } from "../types.js";
import type { CorpusLookup, InboundReference } from "./corpus-lookup.js";

export interface ClaimView {
  type: "claim";
  claim: Claim;
  sources: Source[];
  related: { claim: string; relation: string; statement: string }[];
  referencedBy: (InboundReference & { statement: string })[];
  conflicts: { id: string; kind: string; title: string }[];
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

export function describeRecord(id: string, lookup: CorpusLookup): RecordView | undefined {
  const claim = lookup.claim(id);
  if (claim) {
    return {
      type: "claim",
      claim,
      sources: sourcesOf(claim, lookup),
      related: (claim.related ?? []).map((r) => ({ ...r, statement: lookup.claim(r.claim)?.statement ?? "" })),
      referencedBy: lookup.referencesTo(id).map((r) => ({ ...r, statement: lookup.claim(r.from)?.statement ?? "" })),
      conflicts: lookup.conflictsOf(id).map((c) => ({ id: c.id, kind: c.kind, title: c.title })),
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
