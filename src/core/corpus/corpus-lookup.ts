// Indexes over a loaded corpus that several commands need: records by id,
// the conflicts a claim belongs to, and the claims that point at a claim.

import type { Claim, Conflict, Corpus, Entity, Relation, Source } from "../types.js";

export interface InboundReference {
  from: string;
  relation: Relation;
}

export interface CorpusLookup {
  corpus: Corpus;
  claim(id: string): Claim | undefined;
  conflict(id: string): Conflict | undefined;
  source(id: string): Source | undefined;
  entity(id: string): Entity | undefined;
  conflictsOf(claimId: string): Conflict[];
  referencesTo(claimId: string): InboundReference[];
  /** Every id `show` and `cite` accept: claims, conflicts and sources. */
  recordIds(): string[];
}

const lookups = new WeakMap<Corpus, CorpusLookup>();

export function lookupCorpus(corpus: Corpus): CorpusLookup {
  const cached = lookups.get(corpus);
  if (cached) return cached;
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const conflicts = new Map(corpus.conflicts.map((c) => [c.id, c]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const conflictsByClaim = new Map<string, Conflict[]>();
  for (const conflict of corpus.conflicts) {
    for (const side of conflict.sides) {
      const list = conflictsByClaim.get(side.claim) ?? [];
      if (!list.includes(conflict)) list.push(conflict);
      conflictsByClaim.set(side.claim, list);
    }
  }
  const inbound = new Map<string, InboundReference[]>();
  for (const claim of corpus.claims) {
    for (const ref of claim.related ?? []) {
      const list = inbound.get(ref.claim) ?? [];
      list.push({ from: claim.id, relation: ref.relation });
      inbound.set(ref.claim, list);
    }
  }
  const lookup: CorpusLookup = {
    corpus,
    claim: (id) => claims.get(id),
    conflict: (id) => conflicts.get(id),
    source: (id) => sources.get(id),
    entity: (id) => entities.get(id),
    conflictsOf: (id) => conflictsByClaim.get(id) ?? [],
    referencesTo: (id) => inbound.get(id) ?? [],
    recordIds: () => [...claims.keys(), ...conflicts.keys(), ...sources.keys()],
  };
  lookups.set(corpus, lookup);
  return lookup;
}
