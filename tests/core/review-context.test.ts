// `pakaz review` reads a sentence that points back ("during that visit",
// "two months later", "he") with what the sentence before it named and dated,
// as a reader does; `pakaz check` on the same sentence alone cannot.

import { beforeAll, describe, expect, it } from "vitest";
import { reviewText } from "../../src/core/review/review-text.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;

beforeAll(async () => {
  index = await loadBundledIndex();
});

/** The verdict of the paragraph's sentence that starts with `start`. */
function verdictIn(paragraph: string, start: string): string | undefined {
  const found = reviewText(paragraph, index, { syntax: "text" }).find((s) => s.sentence.startsWith(start));
  if (found === undefined) throw new Error(`no sentence starts "${start}"`);
  return found.result?.verdict;
}

describe("review reads a sentence with the one before it", () => {
  const after = (first: string): string => `${first} Fifteen MoUs and agreements were signed during that visit.`;

  it("checks 'during that visit' against the visit the previous sentence named", () => {
    expect(verdictIn(after("In July 2024 Ilham Aliyev paid a two-day visit to Pakistan."), "Fifteen")).toBe("supported");
    expect(verdictIn(after("Mamnoon Hussain visited Azerbaijan in 2015."), "Fifteen")).toBe("contradicted");
  });

  it("counts 'two months later' from the previous sentence's date", () => {
    const paragraph = "The two countries signed a defence agreement in late January 2013. Two months later, Azerbaijani sailors took part in the Aman-2013 naval exercise.";
    const second = reviewText(paragraph, index, { syntax: "text" })[1];
    expect(second?.result?.facts.dates).toEqual(["March 2013"]);
    expect(second?.result?.facts.numbers).toEqual([]);
    expect(second?.result?.verdict).toBe("supported");
  });

  it("does not carry a date into a sentence that only says 'there'", () => {
    const paragraph = "The 2022 floods affected over 33 million Pakistanis. Pakistan has hosted more than 4 million Afghans for four decades, and about one million still live there.";
    expect(verdictIn(paragraph, "Pakistan has hosted")).toBe("supported");
  });

  it("does not carry anything into the next paragraph", () => {
    expect(verdictIn("In July 2024 Ilham Aliyev paid a two-day visit to Pakistan.\n\nFifteen MoUs and agreements were signed during that visit.", "Fifteen")).not.toBe("supported");
  });
});
