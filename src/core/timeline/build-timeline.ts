// `pakaz timeline` as data: one entry per date a claim states, in order, each
// with its sources and, where the sources disagree about a date, the other
// sides' dates next to it. Claims without a stated date have no place here.

import { matchFilterValue, corpusTopics } from "../conflicts/match-filter-value.js";
import type { CorpusLookup } from "../corpus/corpus-lookup.js";
import { formatFactDate, spanOf } from "../facts/date-value.js";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Claim, Conflict, FactDate, Precision } from "../types.js";
import { statedIn } from "./claim-time.js";
import { relativeDateOf } from "./relative-date.js";
import type { SourceDate } from "./issued-date.js";
import { comparePositions, formatTimelineDate, isoDay, positionOf, type TimelinePosition } from "./timeline-date.js";

export interface TimelineOptions {
  /** First year to include (an event overlapping it counts). */
  from?: number;
  /** Last year to include. */
  to?: number;
  topic?: string;
}

export interface TimelineOtherSide {
  claim: string;
  says: string;
  dates: string[];
  sources: SourceDate[];
}

export interface TimelineDateConflict {
  id: string;
  title: string;
  others: TimelineOtherSide[];
}

export interface TimelineEntry {
  /** The date as the corpus holds it ("1991-12-12", "2016-04-26" with `to`). */
  date: string;
  to?: string;
  qualifier?: FactDate["qualifier"];
  role?: string;
  /** In words: "12 December 1991", "26–27 April 2016". */
  label: string;
  precision: Precision;
  /** First and last day the date can mean, for sorting and filtering elsewhere. */
  start: string;
  end: string;
  claim: string;
  statement: string;
  topic: string;
  sources: SourceDate[];
  /** Every conflict the claim is a side of. */
  conflicts: string[];
  /** Those conflicts that are about a date, with what the other sides say. */
  dateConflicts: TimelineDateConflict[];
  /** For a claim dated only relative to its article ("last year"): how its date was inferred. */
  inferred?: string;
}

const isAboutDate = (conflict: Conflict): boolean => conflict.dimension === "date" || conflict.kind === "date";

function dateConflictsOf(claim: Claim, lookup: CorpusLookup): TimelineDateConflict[] {
  return lookup
    .conflictsOf(claim.id)
    .filter(isAboutDate)
    .map((conflict) => ({
      id: conflict.id,
      title: conflict.title,
      others: conflict.sides
        .filter((side) => side.claim !== claim.id)
        .map((side) => {
          const other = lookup.claim(side.claim);
          return {
            claim: side.claim,
            says: side.says,
            dates: (other?.facts.dates ?? []).map(formatFactDate),
            sources: other ? statedIn(other, lookup) : [],
          };
        }),
    }));
}

export function buildTimeline(lookup: CorpusLookup, options: TimelineOptions = {}): Result<TimelineEntry[], PakazError> {
  if (options.topic !== undefined) {
    const problem = matchFilterValue("topic", "--topic", options.topic, corpusTopics(lookup.corpus));
    if (problem) return err(problem);
  }
  const window = {
    from: options.from !== undefined ? spanOf({ precision: "year", year: options.from }).from : Number.NEGATIVE_INFINITY,
    to: options.to !== undefined ? spanOf({ precision: "year", year: options.to }).to : Number.POSITIVE_INFINITY,
  };
  const placed: { position: TimelinePosition; entry: TimelineEntry }[] = [];
  for (const claim of lookup.corpus.claims) {
    if (options.topic !== undefined && claim.topic !== options.topic) continue;
    // An undated claim that says when relative to its article is placed as check reads it (relative-date.ts).
    const relative = relativeDateOf(claim, (id) => lookup.source(id));
    for (const date of relative !== undefined ? [relative.date] : (claim.facts.dates ?? [])) {
      const position = positionOf(date);
      if (!position || position.span.to < window.from || position.span.from > window.to) continue;
      placed.push({
        position,
        entry: {
          date: date.value,
          ...(date.to !== undefined ? { to: date.to } : {}),
          ...(date.qualifier !== undefined ? { qualifier: date.qualifier } : {}),
          ...(date.role !== undefined ? { role: date.role } : {}),
          label: formatTimelineDate(date),
          precision: position.precision,
          start: isoDay(position.span.from),
          end: isoDay(position.span.to),
          claim: claim.id,
          statement: claim.statement,
          topic: claim.topic,
          sources: statedIn(claim, lookup),
          conflicts: lookup.conflictsOf(claim.id).map((c) => c.id),
          dateConflicts: dateConflictsOf(claim, lookup),
          ...(relative !== undefined ? { inferred: relative.inferred } : {}),
        },
      });
    }
  }
  placed.sort(
    (a, b) =>
      comparePositions(a.position, b.position) ||
      a.entry.claim.localeCompare(b.entry.claim) ||
      (a.entry.role ?? "").localeCompare(b.entry.role ?? ""),
  );
  return ok(placed.map((p) => p.entry));
}
