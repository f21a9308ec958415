// A source's `issued` date ("2015", "2016-11", an interval "2024/2025") as a
// span to order and compare, and as words a reader sees ("November 2016").

import { formatDateValue, parseDateValue, spanOf, type DateSpan } from "../facts/date-value.js";
import type { Source } from "../types.js";

export interface IssuedDate {
  span: DateSpan;
  /** "2015", "November 2016", "2024–2025". */
  label: string;
}

export function parseIssued(issued: string): IssuedDate | undefined {
  const [startText, endText] = issued.split("/");
  const start = parseDateValue(startText ?? "");
  if (!start) return undefined;
  const end = endText !== undefined ? parseDateValue(endText) : undefined;
  if (endText !== undefined && !end) return undefined;
  const startLabel = formatDateValue(start);
  if (!end) return { span: spanOf(start), label: startLabel };
  // Two bare years read best with an en dash; anything finer needs spaces round it.
  const joiner = start.precision === "year" && end.precision === "year" ? "–" : " – ";
  return { span: { from: spanOf(start).from, to: spanOf(end).to }, label: `${startLabel}${joiner}${formatDateValue(end)}` };
}

/** "November 2016", or the raw value when the corpus holds something unparsable. */
export function formatIssued(issued: string): string {
  return parseIssued(issued)?.label ?? issued;
}

/** When a source was written, in the words `show`, `conflicts` and `timeline` print. */
export interface SourceDate {
  source: string;
  issued: string;
  date: string;
  inferred: boolean;
}

export function sourceDateOf(source: Source): SourceDate {
  return { source: source.id, issued: source.issued, date: formatIssued(source.issued), inferred: source.dateInferred === true };
}

/** Oldest first; a source whose date cannot be read goes last. */
export function compareIssued(a: string, b: string): number {
  const x = parseIssued(a)?.span;
  const y = parseIssued(b)?.span;
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.from - y.from || x.to - y.to;
}
