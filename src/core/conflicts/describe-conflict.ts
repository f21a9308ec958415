// A conflict as a reader needs it: each side with what it says, the dates it
// gives, and every quote under its source id and the article's date. Both
// `pakaz conflicts` and `pakaz show <conflict-id>` print this.

import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import { formatFactDate } from "../facts/date-value.js";
import { formatIssued } from "../timeline/issued-date.js";
import type { Conflict, ConflictKind, Dimension } from "../types.js";

export interface ConflictQuote {
  source: string;
  /** The source's `issued` as in the corpus ("2016-11") and in words ("November 2016"). */
  issued: string;
  date: string;
  dateInferred: boolean;
  quote: string;
}

export interface ConflictSideView {
  claim: string;
  statement: string;
  says: string;
  /** Dates the claim states, in words. */
  dates: string[];
  quotes: ConflictQuote[];
}

export interface ConflictEntry {
  id: string;
  title: string;
  kind: ConflictKind;
  topic: string;
  dimension: Dimension;
  sides: ConflictSideView[];
  /** Every source cited on any side, in order of appearance. */
  sources: string[];
  assessment: string;
}

export function describeConflict(conflict: Conflict, lookup: CorpusLookup): ConflictEntry {
  const sides: ConflictSideView[] = conflict.sides.map((side) => {
    const claim = lookup.claim(side.claim);
    return {
      claim: side.claim,
      statement: claim?.statement ?? "",
      says: side.says,
      dates: (claim?.facts.dates ?? []).map(formatFactDate),
      quotes: (claim?.citations ?? []).map((citation) => {
        const source = lookup.source(citation.source);
        return {
          source: citation.source,
          issued: source?.issued ?? "",
          date: source ? formatIssued(source.issued) : "",
          dateInferred: source?.dateInferred === true,
          quote: citation.quote,
        };
      }),
    };
  });
  return {
    id: conflict.id,
    title: conflict.title,
    kind: conflict.kind,
    topic: conflict.topic,
    dimension: conflict.dimension,
    sides,
    sources: [...new Set(sides.flatMap((s) => s.quotes.map((q) => q.source)))],
    assessment: conflict.assessment,
  };
}
