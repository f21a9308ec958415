// Dates at the precision a text states them. "1991" is a span covering the
// whole year, so it agrees with "12 December 1991"; comparing spans rather
// than points is what makes a coarse date agree with a finer one inside it.

import type { FactDate, Precision } from "../types.js";

export interface DateValue {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

/** An inclusive span, in days since 0000-01-01 (proleptic, good enough to order and compare). */
export interface DateSpan {
  from: number;
  to: number;
}

/** The months as dates are written, January first. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function parseDateValue(text: string): DateValue | undefined {
  const decade = /^(\d{3}0)s$/.exec(text);
  if (decade?.[1]) return { precision: "decade", year: Number(decade[1]) };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match?.[1]) return undefined;
  const year = Number(match[1]);
  if (match[3] !== undefined) return { precision: "day", year, month: Number(match[2]), day: Number(match[3]) };
  if (match[2] !== undefined) return { precision: "month", year, month: Number(match[2]) };
  return { precision: "year", year };
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function spanOf(value: DateValue): DateSpan {
  switch (value.precision) {
    case "decade":
      return { from: dayNumber(value.year, 1, 1), to: dayNumber(value.year + 9, 12, 31) };
    case "year":
      return { from: dayNumber(value.year, 1, 1), to: dayNumber(value.year, 12, 31) };
    case "month": {
      const month = value.month ?? 1;
      return { from: dayNumber(value.year, month, 1), to: dayNumber(value.year, month, lastDay(value.year, month)) };
    }
    case "day": {
      const day = dayNumber(value.year, value.month ?? 1, value.day ?? 1);
      return { from: day, to: day };
    }
  }
}

/** The span of a fact date, including a range's end ("26 and 27 April"). */
export function spanOfFactDate(date: FactDate): DateSpan | undefined {
  const start = parseDateValue(date.value);
  if (!start) return undefined;
  const span = spanOf(start);
  const end = date.to !== undefined ? parseDateValue(date.to) : undefined;
  return end ? { from: span.from, to: spanOf(end).to } : span;
}

/** Does one span lie within the other? (A coarse date agrees with a finer one inside it, either way round.) */
export function spansAgree(a: DateSpan, b: DateSpan): boolean {
  return (a.from <= b.from && b.to <= a.to) || (b.from <= a.from && a.to <= b.to);
}

export function formatDateValue(value: DateValue): string {
  switch (value.precision) {
    case "decade":
      return `the ${value.year}s`;
    case "year":
      return String(value.year);
    case "month":
      return `${MONTH_NAMES[(value.month ?? 1) - 1]} ${value.year}`;
    case "day":
      return `${value.day} ${MONTH_NAMES[(value.month ?? 1) - 1]} ${value.year}`;
  }
}

export function formatFactDate(date: FactDate): string {
  const start = parseDateValue(date.value);
  if (!start) return date.value;
  let text = formatDateValue(start);
  const end = date.to !== undefined ? parseDateValue(date.to) : undefined;
  if (end) text = `${text} to ${formatDateValue(end)}`;
  return date.qualifier ? `${date.qualifier} ${text}` : text;
}
