// `pakaz search`'s fuzzy ranking: what Fuse is given. Fuse's time grows with
// the query's length, so the words it gets are bounded (see fuzzyQuery).

import { beforeAll, describe, expect, it } from "vitest";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { FUZZY_WORD_LENGTH, FUZZY_WORDS, fuzzyQuery, searchClaims } from "../../src/core/search/search-claims.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;
beforeAll(async () => {
  index = await loadBundledIndex();
});

describe("the words given to Fuse", () => {
  it("are the query's words, without punctuation or one-letter words, joined by Fuse's OR", () => {
    expect(fuzzyQuery("embassy, in Baku! a 1993")).toBe("embassy | in | Baku | 1993");
    // Longer words are cut to their first FUZZY_WORD_LENGTH characters, which still match them well.
    expect(fuzzyQuery("Pakistan-Azerbaijan intergovernmental")).toBe("Pakistan-Azerbai | intergovernmenta");
    expect(fuzzyQuery("  ")).toBe("");
  });

  it("are at most FUZZY_WORDS words, the first ones, each cut to FUZZY_WORD_LENGTH characters", () => {
    const words = Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(97 + i)}${"7".repeat(900)}`);
    const query = fuzzyQuery(words.join(" ")).split(" | ");
    expect(query).toHaveLength(FUZZY_WORDS);
    expect(query).toEqual(words.slice(0, FUZZY_WORDS).map((word) => word.slice(0, FUZZY_WORD_LENGTH)));
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const word = "\u{1D400}".repeat(FUZZY_WORD_LENGTH + 5);
    expect(fuzzyQuery(word)).toBe("\u{1D400}".repeat(FUZZY_WORD_LENGTH));
  });
});

describe("search with very long words", () => {
  // Each took Fuse one to several seconds before the bound; a ceiling, not a target.
  it.each([
    ["a 400-digit word", `${"7".repeat(400)} Azerbaijan`],
    ["a 900-digit word", `${"1".repeat(900)} Azerbaijan`],
    ["many long words that match nothing", `${"7".repeat(12).concat(" ").repeat(70)}Azerbaijan`],
  ])("answers %s quickly, with the hits the index found", (_, words) => {
    const started = performance.now();
    const hits = searchClaims(words, index, 5);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(hits.length).toBeGreaterThan(0);
  });
});
