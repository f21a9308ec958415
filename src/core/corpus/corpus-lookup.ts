// Indexes over a loaded corpus that several commands need: records by id,
// the conflicts a claim belongs to, and the claims that point at a claim.

import type { Claim, Conflict, Corpus, Entity, InboundReference, Source } from "../types.js";

export type { InboundReference } from "../types.js";

export interface CorpusLookup {
  corpus: Corpus;
  claim(id: string): Claim | undefined;
  /** Where a claim stands in the corpus, which is where its entry stands in the search index built from it. */
  position(claimId: string): number | undefined;
  conflict(id: string): Conflict | undefined;
  source(id: string): Source | undefined;
  entity(id: string): Entity | undefined;
  conflictsOf(claimId: string): Conflict[];
  referencesTo(claimId: string): readonly InboundReference[];
  /** Every id `show` and `cite` accept: claims, conflicts and sources. */
  recordIds(): string[];
}

const lookups = new WeakMap<Corpus, CorpusLookup>();

export function lookupCorpus(corpus: Corpus): CorpusLookup {
  const known = lookups.get(corpus);
  if (known) return known;
  // Each table is built the first time it is asked for: a check of a large
  // corpus reads a few claims and conflicts, never the references between claims.
  let claims: Map<string, Claim> | undefined;
  let positions: Map<string, number> | undefined;
  let conflicts: Map<string, Conflict> | undefined;
  let sources: Map<string, Source> | undefined;
  let entities: Map<string, Entity> | undefined;
  let conflictsByClaim: Map<string, Conflict[]> | undefined;
  const claimTable = (): Map<string, Claim> => (claims ??= new Map(corpus.claims.map((c) => [c.id, c])));
  const conflictTable = (): Map<string, Conflict> => (conflicts ??= new Map(corpus.conflicts.map((c) => [c.id, c])));
  const sourceTable = (): Map<string, Source> => (sources ??= new Map(corpus.sources.map((s) => [s.id, s])));
  const conflictsOf = (id: string): Conflict[] => {
    if (conflictsByClaim === undefined) {
      conflictsByClaim = new Map();
      for (const conflict of corpus.conflicts) {
        for (const side of conflict.sides) {
          const list = conflictsByClaim.get(side.claim) ?? [];
          if (!list.includes(conflict)) list.push(conflict);
          conflictsByClaim.set(side.claim, list);
        }
      }
    }
    return conflictsByClaim.get(id) ?? [];
  };
  const referencesTo = (id: string): readonly InboundReference[] => corpus.referencedBy.get(id) ?? [];
  const lookup: CorpusLookup = {
    corpus,
    claim: (id) => claimTable().get(id),
    position: (id) => (positions ??= new Map(corpus.claims.map((c, i) => [c.id, i]))).get(id),
    conflict: (id) => conflictTable().get(id),
    source: (id) => sourceTable().get(id),
    entity: (id) => (entities ??= new Map(corpus.entities.map((e) => [e.id, e]))).get(id),
    conflictsOf,
    referencesTo,
    recordIds: () => [...claimTable().keys(), ...conflictTable().keys(), ...sourceTable().keys()],
  };
  lookups.set(corpus, lookup);
  return lookup;
}
