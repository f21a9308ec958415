// When an undated claim happened, from the words that date it relative to
// its article ("last week", "last year", "in December last year", "seven
// years ago", "plans to visit in February") and the article's date: the
// reading check gives such claims (a claim holds as of its article's date,
// and "last year" or "N years ago" counts back from it). The timeline left
// every such event out; it now places them, marked as inferred.

import { MONTH_NAMES, parseDateValue, type DateValue } from "../facts/date-value.js";
import type { Claim, FactDate, Source } from "../types.js";
import { formatIssued } from "./issued-date.js";

export interface RelativeDate {
  date: FactDate;
  /** How the date was reached, for a reader: the words, and the article's date. */
  inferred: string;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH = `(${MONTHS.join("|")})`;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const pad = (n: number): string => String(n).padStart(2, "0");

/** The date the words give, counted from the article's date; undefined when they give none. */
function resolve(text: string, from: DateValue, bareMonth: boolean): { value: string; phrase: string } | undefined {
  const lower = text.toLowerCase();
  // A year written out dates the text itself: nothing here is relative to the article.
  if (/\b(?:19|20)\d{2}\b/.test(lower)) return undefined;
  const lastYear = /\blast year\b/.exec(lower);
  if (lastYear) {
    const month = new RegExp(`\\b${MONTH}\\b`).exec(lower)?.[1];
    const year = from.year - 1;
    return month ? { value: `${year}-${pad(MONTHS.indexOf(month) + 1)}`, phrase: `${month[0]?.toUpperCase()}${month.slice(1)} … last year` } : { value: String(year), phrase: "last year" };
  }
  const ago = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/.exec(lower);
  if (ago?.[1]) return { value: String(from.year - (COUNTS[ago[1]] ?? Number(ago[1]))), phrase: `${ago[1]} year${ago[1] === "a" || ago[1] === "one" ? "" : "s"} ago` };
  const week = /\b(last|this) week\b/.exec(lower);
  if (week) return { value: from.month !== undefined ? `${from.year}-${pad(from.month)}` : String(from.year), phrase: `${week[1]} week` };
  // "plans to visit in February": the next February after the article (its own month counts, being unsure).
  // Only from the statement: a quote may name a month in passing ("more when the
  // Prime Minister visits in February") that does not date the claim.
  const month = bareMonth ? new RegExp(`\\bin ${MONTH}\\b`).exec(lower)?.[1] : undefined;
  if (month) {
    const number = MONTHS.indexOf(month) + 1;
    const year = from.month !== undefined && number < from.month ? from.year + 1 : from.year;
    return { value: `${year}-${pad(number)}`, phrase: `in ${month[0]?.toUpperCase()}${month.slice(1)}` };
  }
  return undefined;
}

/**
 * The date of a claim that records none, from the first of its quotes (what
 * the article says), else its statement, that dates it relative to the
 * article; the article's date must be one date, not a span ("2024/2025").
 */
export function relativeDateOf(claim: Claim, sourceOf: (id: string) => Source | undefined): RelativeDate | undefined {
  if ((claim.facts.dates ?? []).length > 0) return undefined;
  const texts = [
    ...claim.citations.map((c) => ({ text: c.quote, source: c.source, statement: false })),
    ...claim.citations.slice(0, 1).map((c) => ({ text: claim.statement, source: c.source, statement: true })),
  ];
  for (const { text, source: id, statement } of texts) {
    const source = sourceOf(id);
    const from = source !== undefined && !source.issued.includes("/") ? parseDateValue(source.issued) : undefined;
    if (source === undefined || from === undefined) continue;
    const found = resolve(text, from, statement);
    if (found === undefined) continue;
    if (parseDateValue(found.value) === undefined) continue;
    const articleDate = `${formatIssued(source.issued)}${source.dateInferred ? ", itself inferred" : ""}`;
    return {
      date: { value: found.value, role: "inferred" },
      inferred: `inferred from “${found.phrase}” and the date of ${source.id} (${articleDate})`,
    };
  }
  return undefined;
}
