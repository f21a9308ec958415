// The order a sentence puts two events in ("Pakistan opened its embassy in
// Baku before the two countries established diplomatic relations"; "…
// opened its embassy in Pakistan two years after Pakistan opened one in
// Baku"), compared with the dates the sources give each event. Each event is
// checked as a sentence of its own; where both are supported by dated claims,
// the order and the gap are a part like any other, and one the dates exclude
// is a contradiction however well each event agrees.

import type { FactDate } from "../types.js";
import { spanOfFactDate, type DateSpan } from "../facts/date-value.js";
import { wordValue } from "../facts/number-words.js";

/** A distance in days: "two years" (1.5 to 2.5 years, the writer's round figure), "more than a month", "within a year". */
export interface Gap {
  days: number;
  /** The unit it is counted in, in days. */
  unit: number;
  /** "more than", "less than" or about. */
  bound?: "over" | "under" | "nearly";
  words: string;
}

export interface EventOrder {
  /** The event the sentence puts first, as a sentence of its own. */
  earlier: string;
  /** The one it puts after it. */
  later: string;
  /** "Two years after": how far apart, in days, when the sentence says. */
  gap?: Gap;
  /** The words that say the order ("before", "two years after"). */
  words: string;
}

/** Twice the longest sentence of the eval sets (286 characters): a longer one is judged whole, and no pattern tries every split of it. */
const MAX_LENGTH = 600;
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };
const HEDGE = String.raw`(?:just|only|barely|nearly|almost|about|around|some|roughly|exactly|fully|a full|more than|over|at least|less than|under|within|no more than|fewer than)`;
const AMOUNT = String.raw`(?:a|an|one|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of)`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
/** "Two years", or "years" alone: "years after" says more than a year, no more. */
const GAP = String.raw`(?:(${HEDGE})?\s*(?:(${AMOUNT})\s+)?(${UNIT})\s+)?`;
/** "A (two years) before/after B": the connective, with the first clause before it and the second after. */
const INFIX = new RegExp(String.raw`^(.+?),?\s+${GAP}(before|after)\s+(.+)$`, "i");
/** "Before/After B, A". */
const PREFIX = /^(before|after)\s+([^,]{8,}),\s+(.+)$/i;
/** "A, and B two years later". */
/** "A, and B two years later" (or "… earlier", which puts B first). */
const LATER = new RegExp(String.raw`^(.+?),?\s+(?:and|then)\s+(.+?),?\s+(${HEDGE})?\s*(?:(${AMOUNT})\s+)?(${UNIT})\s+(later|earlier)$`, "i");

/** "A, and B subsequently …", "A and then B": B after A, at no distance said. */
const AFTERWARDS = /\b(?:subsequently|afterwards|thereafter|then)\b/i;

const BOUNDS: Readonly<Record<string, Gap["bound"]>> = { "more than": "over", over: "over", "at least": "over", "less than": "under", under: "under", within: "under", "no more than": "under", "fewer than": "under", nearly: "nearly", almost: "nearly" };

function gapOf(hedge: string | undefined, amount: string | undefined, unit: string | undefined): Gap | undefined {
  if (unit === undefined) return undefined;
  // "A full decade": the "a" is the amount, read with the hedge; "full" bounds nothing.
  if (amount === undefined && hedge?.toLowerCase() === "a full") return gapOf(undefined, "a", unit);
  // "Years after", "months later": more than one of them, and nothing more precise.
  if (amount === undefined) {
    const days = UNIT_DAYS[unit.toLowerCase().replace(/s$/, "")];
    return days !== undefined && /s$/i.test(unit) ? { days, unit: days, bound: "over", words: unit } : undefined;
  }
  const lower = amount.toLowerCase();
  const n = /^(?:a|an)$/.test(lower) ? 1 : lower === "a couple of" ? 2 : /^\d+$/.test(lower) ? Number(lower) : wordValue(lower);
  const days = UNIT_DAYS[unit.toLowerCase().replace(/s$/, "")];
  if (n === undefined || days === undefined) return undefined;
  const bound = hedge !== undefined ? BOUNDS[hedge.toLowerCase()] : undefined;
  return { days: n * days, unit: days, ...(bound !== undefined ? { bound } : {}), words: `${hedge !== undefined && bound !== undefined ? `${hedge} ` : ""}${amount} ${unit}` };
}

/**
 * The two events a sentence orders, or none. Both must read as events of
 * their own (`isEvent`): "after the 2010 floods" dates one event by another
 * the sentence does not assert, and is left to the date comparison.
 */
export function readEventOrder(sentence: string, isEvent: (clause: string) => boolean): EventOrder | undefined {
  // The patterns below try every split of the sentence: only a sentence of a reporter's length that has the words is tried.
  if (sentence.length > MAX_LENGTH || !/\b(?:before|after|later|earlier|subsequently|afterwards|thereafter|then)\b/i.test(sentence)) return undefined;
  const text = sentence.trim().replace(/[.!]+$/, "").replace(/\s+/g, " ");
  const found = (earlier: string, later: string, words: string, gap: EventOrder["gap"]): EventOrder | undefined => {
    const e = earlier.trim();
    const l = later.trim();
    if (!isEvent(e) || !isEvent(l)) return undefined;
    return { earlier: e, later: l, words, ...(gap !== undefined ? { gap } : {}) };
  };
  const later = LATER.exec(text);
  if (later !== null) {
    const gap = gapOf(later[3], later[4], later[5]);
    const earlier = later[6]?.toLowerCase() === "earlier";
    const read = earlier ? found(later[2] ?? "", later[1] ?? "", `${gap?.words ?? ""} earlier`.trim(), gap) : found(later[1] ?? "", later[2] ?? "", `${gap?.words ?? ""} later`.trim(), gap);
    if (read !== undefined) return read;
  }
  // "Pakistan and Azerbaijan signed …, and naval officers subsequently held …": tried at each "and", as "and" also joins names.
  if (AFTERWARDS.test(text)) {
    for (const m of text.matchAll(/,?\s+and\s+/gi)) {
      const second = text.slice((m.index ?? 0) + m[0].length);
      if (!AFTERWARDS.test(second)) continue;
      const read = found(text.slice(0, m.index), second.replace(/^then\s+/i, ""), "then", undefined);
      if (read !== undefined) return read;
    }
  }
  const prefix = PREFIX.exec(text);
  if (prefix !== null) {
    const before = prefix[1]?.toLowerCase() === "before";
    const read = before ? found(prefix[3] ?? "", prefix[2] ?? "", "before", undefined) : found(prefix[2] ?? "", prefix[3] ?? "", "after", undefined);
    if (read !== undefined) return read;
  }
  const infix = INFIX.exec(text);
  if (infix !== null) {
    const [, first = "", hedge, amount, unit, connective = "", second = ""] = infix;
    const gap = gapOf(hedge, amount, unit);
    const words = `${gap !== undefined ? `${gap.words} ` : ""}${connective.toLowerCase()}`;
    return connective.toLowerCase() === "before" ? found(first, second, words, gap) : found(second, first, words, gap);
  }
  return undefined;
}

/** The dates a claim gives the event it reports: not when it was said or who held office then. */
const NOT_THE_EVENT = new Set(["as of", "said", "in office", "reported", "written", "published"]);

/** The one date a claim gives the event it reports, if it gives exactly one. */
export function eventDateOf(dates: readonly FactDate[] | undefined): FactDate | undefined {
  const own = (dates ?? []).filter((d) => !NOT_THE_EVENT.has(d.role ?? "") && spanOfFactDate(d) !== undefined);
  const distinct = own.filter((d, i) => own.findIndex((o) => o.value === d.value && o.to === d.to) === i);
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * Whether the dates allow the order: "differ" when every pairing of the
 * earlier event's dates with the later one's puts them the other way round
 * or at another distance than the gap the sentence gives; "agree" when every
 * pairing allows it; undefined when the dates cannot tell.
 */
export function compareEventOrder(earlier: readonly FactDate[], later: readonly FactDate[], gap?: Gap): "agree" | "differ" | undefined {
  const spans = (dates: readonly FactDate[]): DateSpan[] => dates.map(spanOfFactDate).filter((s): s is DateSpan => s !== undefined);
  const first = spans(earlier);
  const second = spans(later);
  if (first.length === 0 || second.length === 0) return undefined;
  const verdicts = first.flatMap((e) => second.map((l) => pairOrder(e, l, gap)));
  if (verdicts.every((v) => v === "differ")) return "differ";
  if (verdicts.every((v) => v === "agree")) return "agree";
  return undefined;
}

function pairOrder(e: DateSpan, l: DateSpan, gap?: Gap): "agree" | "differ" | undefined {
  // The least and the most time between them that their dates allow.
  const least = l.from - e.to;
  const most = l.to - e.from;
  if (gap === undefined) {
    if (most <= 0) return "differ";
    return least > 0 ? "agree" : undefined;
  }
  // "Two years after" is read as between one and a half and two and a half years: the writer's round figure.
  // "More than a month" has no upper end, "within a year" no lower one, and "nearly two years" falls short of two.
  const low = gap.bound === "under" ? 0 : gap.bound === "over" ? gap.days : gap.bound === "nearly" ? gap.days - gap.unit : gap.days - gap.unit / 2;
  const high = gap.bound === "over" ? Number.POSITIVE_INFINITY : gap.bound === "under" || gap.bound === "nearly" ? gap.days : gap.days + gap.unit / 2;
  if (most < low || least > high) return "differ";
  return least >= low && most <= high ? "agree" : undefined;
}
