// `pakaz conflicts --topic/--source/--kind` as a pure function. Filters
// combine (all must hold); a value the corpus does not know is an error.

import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Conflict, ConflictKind } from "../types.js";
import { corpusTopics, matchFilterValue } from "./match-filter-value.js";

/** Every kind data/README.md allows, so `--kind` accepts one the corpus happens not to use yet. */
export const CONFLICT_KINDS: readonly ConflictKind[] = ["rank", "date", "figure", "referent", "superseded", "status", "attribution"];

export interface ConflictFilter {
  /** The conflict's topic or the topic of any claim on one of its sides. */
  topic?: string;
  /** A source that one of the sides cites. */
  source?: string;
  kind?: string;
}

function sideClaims(conflict: Conflict, lookup: CorpusLookup) {
  return conflict.sides.map((s) => lookup.claim(s.claim)).filter((c) => c !== undefined);
}

export function filterConflicts(lookup: CorpusLookup, filter: ConflictFilter): Result<Conflict[], PakazError> {
  const { corpus } = lookup;
  const problem =
    (filter.kind !== undefined ? matchFilterValue("conflict kind", "--kind", filter.kind, CONFLICT_KINDS) : undefined) ??
    (filter.source !== undefined ? matchFilterValue("source", "--source", filter.source, corpus.sources.map((s) => s.id)) : undefined) ??
    (filter.topic !== undefined ? matchFilterValue("topic", "--topic", filter.topic, corpusTopics(corpus)) : undefined);
  if (problem) return err(problem);
  return ok(
    corpus.conflicts.filter((conflict) => {
      if (filter.kind !== undefined && conflict.kind !== filter.kind) return false;
      const claims = sideClaims(conflict, lookup);
      if (filter.source !== undefined && !claims.some((c) => c.citations.some((q) => q.source === filter.source))) return false;
      if (filter.topic !== undefined && conflict.topic !== filter.topic && !claims.some((c) => c.topic === filter.topic)) return false;
      return true;
    }),
  );
}
