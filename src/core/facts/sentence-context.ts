// What a sentence of a draft inherits from the one before it. "The two sides
// signed 15 agreements during that visit", "Two months later, sailors took
// part": on its own such a sentence names no visit and no date, and would be
// checked against any visit of any year. The reader fills in the previous
// sentence's people, places and date; so does the check.

import type { EntityMatcher } from "../text/entity-matcher.js";
import type { FactDate } from "../types.js";
import type { TextAnalysis } from "./analyze-text.js";
import { parseDateValue } from "./date-value.js";

export interface SentenceContext {
  /** Entities the sentence named, or inherited, other than the two countries every draft is about. */
  entities: string[];
  actor?: string;
  places: string[];
  dates: FactDate[];
}

/** The two countries every claim is about say nothing about which event is meant. */
const HOME = new Set(["pakistan", "azerbaijan"]);

/** A date moved by whole months, at no finer precision than a month (a span of "two months later" is approximate). */
export function shiftDate(date: FactDate, months: number): FactDate | undefined {
  const value = parseDateValue(date.value);
  if (value === undefined || value.precision === "decade") return undefined;
  if (value.precision === "year") {
    // "Two years later" from a year is a year; "two months later" from a year is unknown.
    return months % 12 === 0 ? { value: String(value.year + months / 12) } : undefined;
  }
  const index = value.year * 12 + (value.month ?? 1) - 1 + months;
  return { value: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` };
}

/** What a sentence's subject points back at (see spot-claims.ts). */
export type Pointer = "person" | "thing" | "event";

/**
 * The sentence as read after the previous one: its own facts and, where it
 * has none of a kind, what its pointer refers to. "He" and "the ambassador"
 * inherit the people named before; "it" and "the commission" the other
 * entities; "that visit" and "two months later" everything, with the date
 * (moved by the months it says).
 */
export function withContext(said: TextAnalysis, context: SentenceContext, pointer: Pointer, matcher: EntityMatcher): TextAnalysis {
  const own = said.entities.filter((e) => !HOME.has(e));
  const isPerson = (id: string): boolean => matcher.entity(id)?.kind === "person";
  const referred = context.entities.filter((e) => (pointer === "event" ? true : pointer === "person" ? isPerson(e) : !isPerson(e)));
  const inherit = own.length === 0 && referred.length > 0;
  const dates =
    pointer !== "event" || said.dates.length > 0
      ? said.dates
      : said.shift !== undefined
        ? context.dates.flatMap((d) => shiftDate(d, said.shift ?? 0) ?? [])
        : context.dates;
  if (!inherit && dates === said.dates) return said;
  return {
    ...said,
    dates,
    ...(inherit
      ? {
          entities: [...new Set([...said.entities, ...referred])],
          terms: [...said.terms, ...referred.map((e) => `@${e}`)],
          ...(pointer === "event" && said.places.length === 0 ? { places: context.places } : {}),
          ...(pointer !== "thing" && said.actor === undefined && context.actor !== undefined && referred.includes(context.actor) ? { actor: context.actor } : {}),
        }
      : {}),
  };
}

/** What the next sentence inherits from this one. */
export function contextOf(said: TextAnalysis): SentenceContext {
  return {
    entities: said.entities.filter((e) => !HOME.has(e)),
    ...(said.actor !== undefined ? { actor: said.actor } : {}),
    places: said.places,
    dates: said.dates,
  };
}
