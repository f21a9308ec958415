// The chrono-node parsers extract-dates reads dates with: chrono's casual
// English, less the parsers that only read dates relative to today.
//
// extract-dates keeps only what chrono reads with its year written out.
// Most of chrono's parsers ("within 3 days", "next week", "tonight", "at
// 10:30", "on Monday") never give that, and their regular expressions are
// V8's most costly to compile: about 35 ms on the first dated sentence of a
// run, and more again on the second, when V8 compiles them to machine code.
// Two of them do count from a written date ("two years after March 2015" is
// March 2017), and they are used for sentences with the words they need.
// A test holds the seed articles and the evaluation cases to the dates that
// chrono's full casual parser reads.

import { Chrono, en } from "chrono-node";

/** The parsers of chrono's casual English that read a calendar date as written (a day, a month, a year). */
export const WRITTEN_DATE_PARSERS: ReadonlySet<string> = new Set([
  "ENYearMonthDayParser", // 2016-03-12, 2016/3/12
  "ISOFormatParser", // 2016-03-12T10:00:00Z
  "SlashDateFormatParser", // 3/12/2016
  "ENMonthNameLittleEndianParser", // 12 March 2016, the 12th of March 2016
  "ENMonthNameMiddleEndianParser", // March 12, 2016
  "ENSlashMonthFormatParser", // 3/2016
  "ENYearMonthNameParser", // 2016 March
  "ENMonthNameParser", // March 2016, March, 2016
]);

/** Spans of time that chrono's refiners count from a written date: "a week before 12 May 2016", "two years after March 2015". */
export const COUNTING_PARSERS: ReadonlySet<string> = new Set(["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);

/** The words COUNTING_PARSERS' patterns end with: without one, they read nothing. */
const COUNTING_WORDS = /\b(?:ago|before|earlier|later|after|from now|henceforth|forward|out)\b/i;

/** The rest: days counted from today, days of the week, times of day. */
export const RELATIVE_PARSERS: ReadonlySet<string> = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENWeekdayParser",
  "ENTimeExpressionParser",
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

/**
 * chrono's casual English with only the `kept` parsers, and all its refiners
 * (they merge ranges such as "from March 2015 to June 2018"). Parsers are told
 * apart by class name: if a chrono release adds or renames one, every parser
 * is kept, slower but reading the same.
 */
export function createDateParser(kept: ReadonlySet<string>): { parser: Chrono; parsers: string[] } {
  const configuration = en.configuration.createCasualConfiguration();
  const names = configuration.parsers.map((parser) => parser.constructor.name);
  const known = names.every((name) => WRITTEN_DATE_PARSERS.has(name) || COUNTING_PARSERS.has(name) || RELATIVE_PARSERS.has(name));
  if (known && [...kept].every((name) => names.includes(name))) configuration.parsers = configuration.parsers.filter((_, i) => kept.has(names[i] ?? ""));
  return { parser: new Chrono(configuration), parsers: configuration.parsers.map((parser) => parser.constructor.name) };
}

let written: Chrono | undefined;
let counted: Chrono | undefined;

/** The parser for this text, made on first use: the counting parsers only where their words are. */
export function dateParserFor(text: string): Chrono {
  if (!COUNTING_WORDS.test(text)) return (written ??= createDateParser(WRITTEN_DATE_PARSERS).parser);
  return (counted ??= createDateParser(new Set([...WRITTEN_DATE_PARSERS, ...COUNTING_PARSERS])).parser);
}
