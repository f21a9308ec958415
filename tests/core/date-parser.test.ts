// extract-dates reads dates with chrono's casual English less the costly
// parsers a sentence cannot match (see src/core/facts/date-parser.ts). These
// tests hold it to the full parser: each condition to its parser, and every
// sentence pakaz is known to meet, and phrasings chosen to be hard, to the
// full parser's reading.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { en } from "chrono-node";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COSTLY_PARSERS, createDateParser } from "../../src/core/facts/date-parser.js";
import { extractDates } from "../../src/core/facts/extract-dates.js";
import { splitSentences } from "../../src/core/review/split-sentences.js";
import { normalizeText } from "../../src/core/text/normalize.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";
import { ROOT } from "../helpers/run-cli.js";

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The seed articles, the corpus's statements and quotes, and the evaluation's claims and drafts, sentence by sentence. */
function knownSentences(index: SearchIndex): string[] {
  const texts: string[] = [];
  const seeds = join(ROOT, "..", "shared", "seeds");
  for (const name of readdirSync(seeds)) texts.push(...sentencesOf(readFileSync(join(seeds, name), "utf8")));
  for (const claim of index.corpus.claims) texts.push(claim.statement, ...claim.citations.map((c) => c.quote));
  const evalDir = join(ROOT, "tests", "eval");
  for (const name of readdirSync(evalDir).filter((n) => n.endsWith(".yaml"))) {
    for (const c of (parse(readFileSync(join(evalDir, name), "utf8")) as { cases: Array<{ claim: string }> }).cases) texts.push(c.claim);
  }
  const drafts = join(evalDir, "drafts");
  for (const name of readdirSync(drafts).filter((n) => /\.(md|txt)$/.test(n))) texts.push(...sentencesOf(readFileSync(join(drafts, name), "utf8")));
  return texts;
}

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

describe("the date parser", () => {
  it("reads every sentence of the seeds, the corpus and the evaluation as chrono's full casual parser does", () => {
    const texts = knownSentences(index);
    expect(texts.length).toBeGreaterThan(1000);
    const differ = texts.map(normalizeText).filter((text) => JSON.stringify(extractDates(text)) !== JSON.stringify(extractDates(text, chrono.casual)));
    expect(differ).toEqual([]);
  });

  it("reads dates beside times, weekdays and counted spans as the full parser does, spans included", () => {
    const phrasings = [
      "The office opened two years after March 2015.",
      "They met a week before 12 May 2016.",
      "It was signed 2 days after December 12, 1991.",
      "Three months later, in June 2016, the commission met.",
      "Ten days later, on 4 June 2017, he left.",
      "The talks ran from March 2015 to June 2018.",
      "The talks have run from March 2015 until now.",
      "The visit took place between 12 and 14 May 2016.",
      "Five years ago, in September 2000, the commission first met.",
      "Within three days of 12 May 2016 the embassy opened.",
      "Next month, on 12 May 2016, they sign.",
      "On Monday, 12 December 1991, the ambassador arrived.",
      "At 10:30 on 12 December 1991 the flag was raised.",
      "Pakistan recognised Azerbaijan at 9 pm on 12 December 1991.",
      "Since Monday, 12 December 1991, the embassy has been open.",
      "The meeting on 3rd of March, 2016 at noon was short.",
      "The deadline was 2016-03-12 - 2 weeks.",
      "It closed on 12 May 2016 +2 days.",
      "He carried out the visit in March 2016.",
    ];
    for (const text of phrasings) {
      const normalized = normalizeText(text);
      expect(extractDates(normalized), text).toEqual(extractDates(normalized, chrono.casual));
    }
    // What the counting parsers read: the date counted to, not the one counted from.
    expect(extractDates(normalizeText(phrasings[0] ?? "")).map((m) => m.date)).toEqual([{ value: "2017" }]);
    expect(extractDates(normalizeText(phrasings[1] ?? "")).map((m) => m.date)).toEqual([{ value: "2016-05-05" }]);
  });

  it("does not take what chrono counts from its reference date for a date written", () => {
    const values = (text: string): string[] => extractDates(normalizeText(text)).map((m) => m.date.value);
    expect(values("The agreement was signed on 12 May 2016 - three days before the election.")).toEqual(["2016-05-12"]);
    expect(values("In May 2016 they found a village settled 7000 years ago.")).toEqual(["2016-05"]);
    expect(values("The talks have run from March 2015 until now.")).toEqual(["2015-03"]);
  });

  it("leaves out each costly parser only for texts its own pattern cannot match", () => {
    const words = ["within", "in", "for", "about", "around", "roughly", "approximately", "just", "~", "one", "two", "twelve", "5", "12", "2.5", "half", "an", "a", "few",
      "several", "the", "couple", "of", "s", "sec", "seconds", "m", "min", "minutes", "h", "hr", "hours", "d", "day", "days", "w", "week", "weeks", "mo", "mon", "mos",
      "month", "months", "qtr", "quarter", "quarters", "y", "yr", "year", "years", "ago", "before", "earlier", "later", "after", "from now", "henceforth", "forward",
      "out", "this", "last", "past", "next", "and", "them", "embassy", "March", "2016", "Baku", "Then"];
    const separators = ["", " ", "  ", "     ", "\t", ", ", ". ", "-", "+", "\n"];
    const pick = (list: string[]) => fc.constantFrom(...list);
    const joined = (parts: string[][]) => parts.map(([w, sep]) => `${w}${sep}`).join("");
    const loose = fc.array(fc.tuple(pick(words), pick(separators)), { minLength: 1, maxLength: 8 }).map(joined);
    // The shape the costly patterns read: [prefix] [qualifier] number unit [suffix], among other words.
    const phrase = fc
      .tuple(pick(["", "within", "in", "for", "this", "last", "past", "next", "after"]), pick(["", "about", "around", "just ~"]), pick(["one", "twelve", "5", "2.5", "half", "half an", "a", "an", "a few", "few", "several", "the", "a couple of", "couple"]), pick(["s", "m", "d", "w", "y", "h", "mo", "mon", "qtr", "yr", "days", "weeks", "year", "months", "hours"]), pick(["", "ago", "before", "earlier", "later", "after", "from now", "out"]), loose, pick(separators))
      .chain((parts) => fc.tuple(fc.constant(parts), pick(["", " ", "   ", "     ", "\t"])))
      .map(([[prefix, qualifier, number, unit, suffix, rest, sep], gap]) => `${rest}${sep}${[prefix, qualifier, number].filter(Boolean).join(" ")}${gap}${unit}${sep}${suffix}`);
    const text = fc.oneof(loose, phrase);
    const all = en.configuration.createCasualConfiguration().parsers;
    for (const [name, pattern] of COSTLY_PARSERS) {
      const alone = new chrono.Chrono({ parsers: all.filter((p) => p.constructor.name === name), refiners: [] });
      fc.assert(
        fc.property(text, (sample) => alone.parse(sample, new Date(Date.UTC(2000, 0, 1))).length === 0 || pattern.test(sample)),
        { numRuns: 1000 },
      );
    }
  });

  it("names chrono's costly parsers as chrono does, and leaves them out of plainly dated sentences", () => {
    const names = en.configuration.createCasualConfiguration().parsers.map((parser) => parser.constructor.name);
    for (const name of COSTLY_PARSERS.keys()) expect(names).toContain(name);
    for (const sentence of [
      "Pakistan recognised Azerbaijan on 12 December 1991.",
      "In October 2016, President Ilham Aliyev said that Pakistan was a friend.",
      "The embassy in Baku was opened in May 1993 for the first time.",
    ]) {
      expect(createDateParser(normalizeText(sentence)).parsers.sort(), sentence).toEqual(names.filter((name) => !COSTLY_PARSERS.has(name)).sort());
    }
    expect(createDateParser("Two years later, in March 2015, they met.").parsers).toContain("ENTimeUnitLaterFormatParser");
  });
});
