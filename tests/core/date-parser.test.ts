// extract-dates reads dates with part of chrono's casual English (see
// src/core/facts/date-parser.ts). These tests hold it to the full parser:
// every sentence pakaz is known to meet reads the same, and the phrasings
// where the parsers left out could matter read the same dates.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COUNTING_PARSERS, createDateParser, RELATIVE_PARSERS, WRITTEN_DATE_PARSERS } from "../../src/core/facts/date-parser.js";
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

const casualParsers = (): string[] => chrono.en.configuration.createCasualConfiguration().parsers.map((parser) => parser.constructor.name);

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

  it("counts from a written date as the full parser does, and reads the same dates around weekdays and times", () => {
    const phrasings = [
      "The office opened two years after March 2015.",
      "They met a week before 12 May 2016.",
      "It was signed 2 days after December 12, 1991.",
      "Three months later, in June 2016, the commission met.",
      "Ten days later, on 4 June 2017, he left.",
      "The talks ran from March 2015 to June 2018.",
      "The visit took place between 12 and 14 May 2016.",
      "Five years ago, in September 2000, the commission first met.",
      "On Monday, 12 December 1991, the ambassador arrived.",
      "At 10:30 on 12 December 1991 the flag was raised.",
      "The meeting on 3rd of March, 2016 at noon was short.",
      "He carried out the visit in March 2016.",
    ];
    const dates = (text: string, parser?: chrono.Chrono): string[] => extractDates(normalizeText(text), parser).map((m) => JSON.stringify(m.date));
    for (const text of phrasings) expect(dates(text), text).toEqual(dates(text, chrono.casual));
    // And what they read: the date counted to, not the one counted from.
    expect(dates(phrasings[0] ?? "")).toEqual([JSON.stringify({ value: "2017" })]);
    expect(dates(phrasings[1] ?? "")).toEqual([JSON.stringify({ value: "2016-05-05" })]);
  });

  it("sorts every parser of chrono's casual English, so that a chrono that adds one is noticed here", () => {
    expect(casualParsers().sort()).toEqual([...WRITTEN_DATE_PARSERS, ...COUNTING_PARSERS, ...RELATIVE_PARSERS].sort());
    expect(createDateParser(WRITTEN_DATE_PARSERS).parsers.sort()).toEqual([...WRITTEN_DATE_PARSERS].sort());
  });

  it("keeps every parser when one it expects is missing, rather than read fewer dates", () => {
    const kept = new Set([...WRITTEN_DATE_PARSERS, "ENNoSuchParser"]);
    expect(createDateParser(kept).parsers.sort()).toEqual(casualParsers().sort());
  });
});
