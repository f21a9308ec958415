// The sources behind what a user asks to cite — claim, conflict or source
// ids — each with the quotes that state the claims, in the order asked.

import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import { findNearestId } from "../text/nearest-id.js";
import type { Claim, Source } from "../types.js";

export interface CitedQuote {
  claimId: string;
  quote: string;
}

export interface CitedSource {
  source: Source;
  quotes: CitedQuote[];
}

export function collectCitations(ids: readonly string[], lookup: CorpusLookup): Result<CitedSource[], PakazError> {
  const bySource = new Map<string, CitedSource>();
  const cite = (source: Source): CitedSource => {
    let entry = bySource.get(source.id);
    if (!entry) {
      entry = { source, quotes: [] };
      bySource.set(source.id, entry);
    }
    return entry;
  };
  const citeClaim = (claim: Claim): void => {
    for (const citation of claim.citations) {
      const source = lookup.source(citation.source);
      if (!source) continue; // validation guarantees sources; a broken reference has nothing to cite
      const entry = cite(source);
      if (!entry.quotes.some((q) => q.claimId === claim.id && q.quote === citation.quote)) {
        entry.quotes.push({ claimId: claim.id, quote: citation.quote });
      }
    }
  };
  for (const raw of ids) {
    const id = raw.trim();
    const claim = lookup.claim(id);
    const conflict = lookup.conflict(id);
    const source = lookup.source(id);
    if (claim) citeClaim(claim);
    else if (conflict) {
      for (const side of conflict.sides) {
        const sideClaim = lookup.claim(side.claim);
        if (sideClaim) citeClaim(sideClaim);
      }
    } else if (source) cite(source);
    else {
      const suggestion = findNearestId(id, lookup.recordIds());
      return err({ code: "unknown-id", id, kinds: "claim, conflict or source", ...(suggestion ? { suggestion } : {}) });
    }
  }
  return ok([...bySource.values()]);
}
