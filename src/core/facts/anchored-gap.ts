// "Eight years after the 2005 earthquake", "on 12 December 1991 … some
// fifteen months later": a time counted from a date the sentence itself
// writes. Read as the date it comes to (2013, March 1993), it is compared
// with the sources' dates like any other, instead of standing as a figure
// ("8 years") that no source gives. A gap with a bound ("more than ten
// years after") names no date, and is left to the event order.

import type { FactDate } from "../types.js";
import type { DateMention } from "./extract-dates.js";
import { wordValue } from "./number-words.js";
import { shiftDate } from "./sentence-context.js";

const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, year: 12, decade: 120 };
/** The writer's round figure, kept as a date; a bound ("more than", "nearly") is no date. */
const GAP = /(?<!\b(?:than|over|nearly|almost|under|within|least)\s+)\b(?:(some|about|around|roughly|exactly|just)\s+)?(a|an|one|\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(month|year|decade)s?\s+(after|before|later|earlier|afterwards|on)\b/g;
/** Where a stretch of one clause ends: the anchor of "after" must be in it. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/;

function count(word: string): number | undefined {
  if (word === "a" || word === "an" || word === "one") return 1;
  if (/^\d+$/.test(word)) return Number(word);
  // "twenty-four": tens and units.
  const [tens = "", units] = word.split("-");
  const value = wordValue(tens);
  if (value === undefined) return undefined;
  return units === undefined ? value : value + (wordValue(units) ?? Number.NaN);
}

/** Whether a text writes a gap at all: a cheap test before its dates are read again. */
export function mayHoldGap(normalized: string): boolean {
  GAP.lastIndex = 0;
  const found = GAP.test(normalized);
  GAP.lastIndex = 0;
  return found;
}

/**
 * The dates that gaps counted from the sentence's own dates come to, each
 * with the span of the gap's words (so that the gap is not also read as an
 * amount).
 * @param normalized normalised text
 * @param dates the dates the text writes
 */
export function anchoredGaps(normalized: string, dates: readonly DateMention[]): DateMention[] {
  if (dates.length === 0) return [];
  const out: DateMention[] = [];
  for (const match of normalized.matchAll(GAP)) {
    const hedge = match[1];
    const n = count(match[2] ?? "");
    const unit = UNIT_MONTHS[match[3] ?? ""];
    if (n === undefined || !Number.isFinite(n) || unit === undefined || n > 100) continue;
    const start = match.index;
    const end = start + match[0].length;
    const connective = match[4] ?? "";
    let anchor: FactDate | undefined;
    let months = n * unit;
    if (connective === "after" || connective === "before") {
      // "… after the 2005 earthquake": the first date of the stretch that follows, before the clause ends.
      const following = dates.find((d) => d.start >= end && d.start - end <= 60 && !CLAUSE_BREAK.test(normalized.slice(end, d.start)));
      anchor = following?.date;
      if (connective === "before") months = -months;
    } else {
      // "… on 12 December 1991, … fifteen months later": the last date written before it.
      const preceding = dates.filter((d) => d.end <= start);
      anchor = preceding[preceding.length - 1]?.date;
      if (connective === "earlier") months = -months;
    }
    if (anchor === undefined) continue;
    // "Two years after March 1993" counts years: a year, not the month it would come to.
    const from = unit >= 12 ? { value: anchor.value.slice(0, 4) } : anchor;
    const date = shiftDate(from, months);
    if (date === undefined) continue;
    // "Some eight years", "a decade": the writer's round figure, a span around the date it comes to.
    const slack = unit === 120 ? 24 : hedge !== undefined && hedge !== "exactly" ? unit : 0;
    const low = slack > 0 ? shiftDate(date, -slack) : undefined;
    const high = slack > 0 ? shiftDate(date, slack) : undefined;
    out.push({ date: low !== undefined && high !== undefined ? { value: low.value, to: high.value } : date, start, end });
  }
  return out;
}
