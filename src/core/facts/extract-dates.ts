// Dates a sentence asserts, at the precision it states them. chrono-node reads
// the many ways of writing a day or a month ("12 December 1991", "December
// 12, 1991", "June 1992"); years, decades and "the 90s", which chrono leaves
// alone, are read here. A date without a year ("in March", "last week") says
// nothing checkable and is ignored.

import type { Chrono, ParsedComponents } from "chrono-node";
import type { FactDate } from "../types.js";
import { dateParserFor } from "./date-parser.js";
import { wordValue } from "./number-words.js";

export interface DateMention {
  date: FactDate;
  start: number;
  end: number;
}

// The date chrono counts "three days before", "7000 years ago" or "until now"
// from when no date is written to count from. It is so far off that whatever
// chrono counts from it has a year of five digits or more, which no sentence
// writes, and is dropped ("12 May 2016 - three days before the election" is
// read as a range from a day before the reference).
const REFERENCE = new Date(Date.UTC(200_000, 0, 1));
/** A year from here on was counted from REFERENCE, not written. */
const COUNTED_FROM_REFERENCE = 10_000;
const QUALIFIER = /\b(early|mid|late|end of|beginning of|start of)\s*-?\s*$/;
const DECADE_WORDS: Record<string, number> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
};

// Null prototype: any word stands where the month goes in "26 and 27 <word> 2016",
// and "constructor" must not find Object.prototype's member.
const MONTH_NUMBERS: Record<string, number> = Object.assign(
  Object.create(null),
  Object.fromEntries(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((m, i) => [m, i + 1])),
);

// A month name then a space, or a comma ("September, 2016"), or a numeric date.
const MAY_HOLD_DAY_OR_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;

const FOUR_DIGITS = /\d{4}/;

/** Season → its first and last month. */
const SEASONS: Record<string, [number, number]> = Object.assign(Object.create(null), {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
});

const pad = (n: number): string => String(n).padStart(2, "0");

const TWO_DIGITS = "(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))";
/** "nineteen ninety-five" (century, then two digits), "two thousand and sixteen". */
const SPELLED_YEAR = new RegExp(`\\b(?:(nineteen|twenty) ${TWO_DIGITS}|two thousand(?: and)? (?:(one|two|three|four|five|six|seven|eight|nine)|${TWO_DIGITS}))\\b(?![- ](?:hundred|thousand|million|billion))`, "g");

function spelledYear(m: RegExpMatchArray): number | undefined {
  const twoDigits = (tens?: string, unit?: string, teen?: string): number | undefined =>
    teen !== undefined ? wordValue(teen) : tens !== undefined ? (wordValue(tens) ?? 0) + (unit !== undefined ? (wordValue(unit) ?? 0) : 0) : undefined;
  if (m[1] !== undefined) {
    const rest = twoDigits(m[2], m[3], m[4]);
    return rest === undefined ? undefined : (m[1] === "nineteen" ? 1900 : 2000) + rest;
  }
  const rest = m[5] !== undefined ? wordValue(m[5]) : twoDigits(m[6], m[7], m[8]);
  return rest === undefined ? undefined : 2000 + rest;
}

function qualifierBefore(text: string, start: number): FactDate["qualifier"] | undefined {
  const match = QUALIFIER.exec(text.slice(Math.max(0, start - 14), start));
  if (!match?.[1]) return undefined;
  if (match[1] === "early" || match[1] === "beginning of" || match[1] === "start of") return "early";
  if (match[1] === "mid") return "mid";
  return "late";
}

/** A date chrono read, at the precision written; undefined unless its year is written. */
function writtenDate(date: ParsedComponents): string | undefined {
  if (!date.isCertain("year")) return undefined;
  const year = date.get("year");
  const month = date.get("month");
  const day = date.get("day");
  if (year === null || month === null || !(year < COUNTED_FROM_REFERENCE)) return undefined;
  return date.isCertain("day") && day !== null ? `${year}-${pad(month)}-${pad(day)}` : date.isCertain("month") ? `${year}-${pad(month)}` : String(year);
}

function overlaps(mentions: readonly DateMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/**
 * @param text normalised text (see normalizeText)
 * @param parser chrono as date-parser.ts configures it for this text, unless given (tests compare others)
 */
export function extractDates(text: string, parser?: Chrono): DateMention[] {
  const mentions: DateMention[] = [];
  // chrono is the slowest step of reading a sentence; it can only find a
  // dated day or month where a month name or a numeric date is written, and
  // only its results with a four-digit year are kept.
  const chronoResults = FOUR_DIGITS.test(text) && MAY_HOLD_DAY_OR_MONTH.test(text) ? (parser ?? dateParserFor(text)).parse(text, REFERENCE) : [];
  for (const result of chronoResults) {
    if (!/\d{4}/.test(result.text)) continue;
    const start = result.index;
    const end = start + result.text.length;
    const value = writtenDate(result.start);
    const qualifier = qualifierBefore(text, start);
    if (value !== undefined) mentions.push({ date: { value, ...(qualifier ? { qualifier } : {}) }, start, end });
    // "From March 2015 to June 2018": the end of a range is stated too, as
    // "from 2015 to 2018" states both years.
    const last = result.end ? writtenDate(result.end) : undefined;
    if (last !== undefined && last !== value) mentions.push({ date: { value: last }, start, end });
  }
  // Day ranges that chrono reads as their last day only: "26 and 27 April 2016", "26-27 April 2016".
  for (const match of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|to|&)\s*(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+),?\s+(\d{4})\b/g)) {
    const month = MONTH_NUMBERS[match[3] ?? ""];
    if (month === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m && start < m.end && m.start < end) mentions.splice(i, 1);
    }
    const year = match[4] ?? "";
    mentions.push({ date: { value: `${year}-${pad(month)}-${pad(Number(match[1]))}`, to: `${year}-${pad(month)}-${pad(Number(match[2]))}` }, start, end });
  }
  // Seasons, as the northern hemisphere has them: "the summer of 2013" is June to August 2013.
  for (const match of text.matchAll(/\b(spring|summer|autumn|fall|winter)(?: of)?,? (1[89]\d\d|20\d\d)\b/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(mentions, start, end)) continue;
    const [from, to] = SEASONS[match[1] ?? ""] ?? [1, 12];
    const year = Number(match[2]);
    // Winter runs from December into the next year's February.
    const endYear = from > to ? year + 1 : year;
    mentions.push({ date: { value: `${year}-${pad(from)}`, to: `${endYear}-${pad(to)}` }, start, end });
  }
  // Decades: "1990s", "the 90s", "the nineties".
  for (const match of text.matchAll(/\b(?:(1[89]\d0|20\d0)s|the (?:'|")?(\d0)s|the (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(mentions, start, end)) continue;
    const decade = match[1] ? Number(match[1]) : match[2] ? 1900 + Number(match[2]) : DECADE_WORDS[match[3] ?? ""];
    if (decade === undefined) continue;
    mentions.push({ date: { value: `${decade}s` }, start, end });
  }
  // Years in words: "nineteen ninety-five", "twenty sixteen", "two thousand and sixteen".
  for (const match of text.matchAll(SPELLED_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = spelledYear(match);
    if (year === undefined || overlaps(mentions, start, end)) continue;
    mentions.push({ date: { value: String(year) }, start, end });
  }
  // Years and year ranges ("2014-15", "2014-2015"), not amounts ("$1991", "1991 people").
  for (const match of text.matchAll(/(?<![\d$.,])(1[89]\d\d|20\d\d)(?:\s?-\s?(\d{2}|\d{4}))?(?![\d%]|\s?(?:%|percent|per cent|people|persons|dollars|usd|mw|kwh)\b)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(mentions, start, end)) continue;
    const year = match[1] ?? "";
    let to: string | undefined;
    if (match[2] !== undefined) {
      const tail = match[2].length === 2 ? `${year.slice(0, 2)}${match[2]}` : match[2];
      if (Number(tail) > Number(year) && Number(tail) - Number(year) < 20) to = tail;
    }
    const qualifier = qualifierBefore(text, start);
    mentions.push({ date: { value: year, ...(to ? { to } : {}), ...(qualifier ? { qualifier } : {}) }, start, end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
