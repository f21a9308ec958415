// What a sentence of a draft inherits from the one before it. "The two sides
// signed 15 agreements during that visit", "Two months later, sailors took
// part", "He also gave": on its own such a sentence names no visit, no date
// or no one, and would be checked against any visit of any year. A reader
// resolves the reference from the sentence before; so does the check. Only
// the reference is resolved: review/references.ts decides that a sentence
// makes one and passes here only what it means (the one person "he" is, the
// date "a year later" counts from), never the rest of the sentence before.

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

/** What a sentence's reference points back at (see review/references.ts). */
export type Pointer = "person" | "thing" | "event";

/** Times counted from an earlier date that analyzeText does not count ("the following year"), in months. */
const RELATIVE_TIME: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bthe (?:following|next) year\b|\bthe year after\b/, 12],
  [/\bthe (?:following|next) month\b|\bthe month after\b/, 1],
];

/**
 * The sentence as read with its reference resolved. `context` holds only
 * what the reference means: "he" and "it" add their one antecedent (as the
 * actor: the pronoun is the subject); "that visit" adds the visit's people,
 * place and date where the sentence gives none; "a year later" and "the
 * following year" add the date, moved by the time they say. Nothing else of
 * the sentence before is added.
 */
export function withContext(said: TextAnalysis, context: SentenceContext, pointer: Pointer, matcher: EntityMatcher): TextAnalysis {
  void matcher; // kept in the signature for callers; the antecedent is already chosen
  const added = context.entities.filter((e) => !said.entities.includes(e));
  let dates = said.dates;
  if (pointer === "event" && said.dates.length === 0 && context.dates.length > 0) {
    const months = said.shift ?? RELATIVE_TIME.find(([pattern]) => pattern.test(said.normalized))?.[1] ?? 0;
    dates = months === 0 ? context.dates : context.dates.flatMap((d) => shiftDate(d, months) ?? []);
  }
  const places = pointer === "event" && said.places.length === 0 && context.places.length > 0 ? context.places : said.places;
  const actor = pointer !== "event" && context.actor !== undefined ? context.actor : said.actor;
  if (added.length === 0 && dates === said.dates && places === said.places && actor === said.actor) return said;
  return {
    ...said,
    dates,
    places,
    entities: [...said.entities, ...added],
    terms: [...said.terms, ...added.map((e) => `@${e}`)],
    ...(actor !== undefined ? { actor } : {}),
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
