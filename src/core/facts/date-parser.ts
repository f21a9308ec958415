// The chrono-node parser extract-dates reads dates with: chrono's casual
// English, without the parsers that cannot match the sentence at hand.
//
// Four of chrono's parsers ("within 3 days", "5 years ago", "two years after",
// "next month") have regular expressions that V8 takes about 35 ms to compile
// on the first dated sentence of a run, and more again when it compiles them
// to machine code on the second: more than all the rest of a check. Each is
// left out of the parser for a sentence without words its pattern needs, so
// the parser reads what the full casual parser reads, every time. Tests hold
// each condition to its parser, and the seed articles, the corpus and the
// evaluation cases to the full parser's reading.

import { Chrono, en } from "chrono-node";

/** What chrono allows between "within" and the number: "about", "just ~" and the like. */
const QUALIFIERS = /(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?/.source;
/** How each of chrono's ways of writing a number of units starts. */
const NUMBER_START = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|\s{0,2}couple/.source;
/** How each of them ends: a digit, a number word, "a few", "a couple of"... (chrono allows up to five spaces before the unit). */
const NUMBER_ENDING = /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)/.source;
/** chrono's units of time, abbreviations included. */
const TIME_UNIT = /(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)/.source;

/**
 * chrono's costly parsers, each with a pattern that every text it can read
 * matches: what its own pattern requires, much cheaper to compile.
 */
export const COSTLY_PARSERS: ReadonlyMap<string, RegExp> = new Map([
  // "within 3 days", "in a few weeks": a prefix, a number right after it
  // (past "about" and the like), and then a unit of time.
  ["ENTimeUnitWithinFormatParser", new RegExp(`(?:^|\\W)(?:within|in|for)\\s*${QUALIFIERS}(?=${NUMBER_START})[\\s\\S]*?${NUMBER_ENDING}\\s{0,5}${TIME_UNIT}(?=\\W|$)`, "i")],
  // "5 years ago", "a week before 12 May 2016": a number, a unit, the word.
  ["ENTimeUnitAgoFormatParser", new RegExp(`${NUMBER_ENDING}\\s{0,5}${TIME_UNIT}\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, "i")],
  // "two years after March 2015", "three months later"
  ["ENTimeUnitLaterFormatParser", new RegExp(`${NUMBER_ENDING}\\s{0,5}${TIME_UNIT}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\\W|$)`, "i")],
  // "next month", "last year", "this week"
  ["ENRelativeDateFormatParser", new RegExp(`(?:^|\\W)(?:this|last|past|next|after\\s*this)\\s*${TIME_UNIT}(?=\\W|$)`, "i")],
]);

/**
 * chrono's casual English without the costly parsers this text cannot match.
 * Parsers are told apart by class name (the build keeps chrono's names); a
 * parser whose name is not known here is kept.
 */
export function createDateParser(text: string): { parser: Chrono; parsers: string[] } {
  const configuration = en.configuration.createCasualConfiguration();
  configuration.parsers = configuration.parsers.filter((parser) => COSTLY_PARSERS.get(parser.constructor.name)?.test(text) ?? true);
  return { parser: new Chrono(configuration), parsers: configuration.parsers.map((parser) => parser.constructor.name) };
}

/** One parser per set of costly parsers a text may match (at most sixteen), each made on first use. */
const parsersBySet = new Map<string, Chrono>();

/** The parser for this text. */
export function dateParserFor(text: string): Chrono {
  const set = [...COSTLY_PARSERS.values()].map((pattern) => (pattern.test(text) ? "1" : "0")).join("");
  let parser = parsersBySet.get(set);
  if (parser === undefined) parsersBySet.set(set, (parser = createDateParser(text).parser));
  return parser;
}
