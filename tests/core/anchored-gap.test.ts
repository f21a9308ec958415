import { describe, expect, it } from "vitest";
import { anchoredGaps } from "../../src/core/facts/anchored-gap.js";
import { extractDates } from "../../src/core/facts/extract-dates.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

const gapDates = (text: string): string[] => anchoredGaps(text, extractDates(text)).map((m) => (m.date.to !== undefined ? `${m.date.value}..${m.date.to}` : m.date.value));

describe("a gap counted from a date the sentence writes", () => {
  it("comes to a date: after the anchor that follows it, or later than the one before it", () => {
    expect(gapDates("the school opened eight years after the 2005 earthquake")).toEqual(["2013"]);
    expect(gapDates("three years before the 2010 floods, the commission met")).toEqual(["2007"]);
    expect(gapDates("recognition came on 12 december 1991 and the embassy opened fifteen months later")).toEqual(["1993-03"]);
    // Years counted from a month are a year.
    expect(gapDates("two years after the embassy opened in march 1993, leghari visited")).toEqual(["1995"]);
  });

  it("reads a hedged figure or 'a decade' as a span, and a bound as no date", () => {
    expect(gapDates("some eight years after the 2005 earthquake")).toEqual(["2012..2014"]);
    expect(gapDates("in 2015, and a decade later the envoy spoke")).toEqual(["2023..2027"]);
    expect(gapDates("more than eight years after the 2005 earthquake")).toEqual([]);
    // No written date to count from: left to the sentence before (review's context).
    expect(gapDates("eight years after the earthquake")).toEqual([]);
    // The anchor must be in the stretch the gap governs, not in the next clause.
    expect(gapDates("eight years after the earthquake, and in 2005 the school")).toEqual([]);
  });

  it("is compared with the sources' dates", async () => {
    const index = await loadBundledIndex();
    // mutual-beneficial: the Muzaffarabad school was funded in 2013.
    expect(checkClaim("Three years after the 2005 earthquake destroyed Muzaffarabad, Azerbaijan funded a school there with $1 million.", index).verdict).toBe("contradicted");
    expect(checkClaim("Azerbaijan funded a school in Muzaffarabad with $1 million some eight years after the 2005 earthquake.", index).verdict).toBe("supported");
  });
});
