// A fact date as a place on the timeline. Partial dates are spans ("1991" is
// the whole year), so they are ordered by where the span starts and, when two
// start together, coarser first: the year 1991 comes before 1 January 1991,
// and a year-only event heads the events of that year rather than trailing them.

import { formatDateValue, formatFactDate, parseDateValue, spanOfFactDate, type DateSpan, type DateValue } from "../facts/date-value.js";
import type { FactDate, Precision } from "../types.js";

export interface TimelinePosition {
  span: DateSpan;
  precision: Precision;
}

const PRECISION_ORDER: Record<Precision, number> = { decade: 0, year: 1, month: 2, day: 3 };

/** "late January 2013" lies in the last third of January, and sorts there. */
function narrow(span: DateSpan, qualifier: FactDate["qualifier"]): DateSpan {
  if (qualifier === undefined) return span;
  const third = Math.floor((span.to - span.from + 1) / 3);
  if (qualifier === "early") return { from: span.from, to: span.from + third - 1 };
  if (qualifier === "mid") return { from: span.from + third, to: span.from + 2 * third - 1 };
  return { from: span.from + 2 * third, to: span.to };
}

export function positionOf(date: FactDate): TimelinePosition | undefined {
  const start = parseDateValue(date.value);
  const span = spanOfFactDate(date);
  if (!start || !span) return undefined;
  return { span: date.to === undefined ? narrow(span, date.qualifier) : span, precision: start.precision };
}

export function comparePositions(a: TimelinePosition, b: TimelinePosition): number {
  return a.span.from - b.span.from || PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] || a.span.to - b.span.to;
}

/** Day number (as date-value.ts counts them) → "1991-12-12". */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const monthName = (value: DateValue): string => formatDateValue({ precision: "month", year: value.year, month: value.month ?? 1 }).replace(/ \d+$/, "");

/** Like formatFactDate, but a range says its shared month or year once: "26–27 April 2016". */
export function formatTimelineDate(date: FactDate): string {
  const start = parseDateValue(date.value);
  const end = date.to !== undefined ? parseDateValue(date.to) : undefined;
  if (!start || !end || start.precision !== end.precision) return formatFactDate(date);
  let text: string;
  if (start.precision === "day" && start.year === end.year && start.month === end.month) {
    text = `${start.day}–${end.day} ${monthName(start)} ${start.year}`;
  } else if (start.precision === "day" && start.year === end.year) {
    text = `${start.day} ${monthName(start)} – ${end.day} ${monthName(end)} ${start.year}`;
  } else if (start.precision === "month" && start.year === end.year) {
    text = `${monthName(start)}–${monthName(end)} ${start.year}`;
  } else if (start.precision === "year") {
    text = `${start.year}–${end.year}`;
  } else {
    return formatFactDate(date);
  }
  return date.qualifier ? `${date.qualifier} ${text}` : text;
}
