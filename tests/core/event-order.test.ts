// The order a sentence puts two events in, compared with the dates the
// sources give each (issue 18: "when" is a part; "before" and "two years
// later" say when one event was against another).

import { beforeAll, describe, expect, it } from "vitest";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { compareEventOrder, readEventOrder } from "../../src/core/verdict/event-order.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;
beforeAll(async () => {
  index = await loadBundledIndex();
});

const always = (): boolean => true;

describe("reading the order", () => {
  it("reads 'A before B', 'A after B', 'After B, A' and 'A, and B n years later' as first and second", () => {
    expect(readEventOrder("The embassy opened before relations were set up.", always)).toMatchObject({ earlier: "The embassy opened", later: "relations were set up" });
    expect(readEventOrder("The embassy opened after relations were set up.", always)).toMatchObject({ earlier: "relations were set up", later: "The embassy opened" });
    expect(readEventOrder("After Pakistan recognised Azerbaijan, the two set up relations.", always)).toMatchObject({ earlier: "Pakistan recognised Azerbaijan", later: "the two set up relations" });
    const later = readEventOrder("Pakistan opened an embassy in Baku, and Azerbaijan opened one in Islamabad four years later.", always);
    expect(later).toMatchObject({ earlier: "Pakistan opened an embassy in Baku", later: "Azerbaijan opened one in Islamabad" });
    expect(later?.gap?.words).toBe("four years");
  });

  it("reads the distance a sentence gives, hedges and all ('just two years after')", () => {
    const read = readEventOrder("Azerbaijan opened its embassy just two years after Pakistan opened one.", always);
    expect(read?.gap?.words).toBe("two years");
    expect(read?.gap?.days).toBeCloseTo(730.5);
  });

  it("reads bounds ('more than a month after', 'within a year') and 'n years earlier', which puts the second clause first", () => {
    expect(readEventOrder("Relations followed more than a month after recognition was given.", always)?.gap).toMatchObject({ bound: "over", words: "more than a month" });
    expect(readEventOrder("Azerbaijan opened one in 1997, and Pakistan opened one four years earlier.", always)).toMatchObject({ earlier: "Pakistan opened one", later: "Azerbaijan opened one in 1997" });
  });

  it("reads no order where a side is not an event of its own ('after the 2010 floods')", () => {
    const isEvent = (clause: string): boolean => !/floods/.test(clause);
    expect(readEventOrder("Azerbaijan gave Pakistan $1 million after the 2010 floods.", isEvent)).toBeUndefined();
  });
});

describe("comparing the order with the dates", () => {
  it("excludes an order the dates reverse, allows the one they give, and cannot tell within one span", () => {
    expect(compareEventOrder([{ value: "1993-03-12" }], [{ value: "1992-06-09" }])).toBe("differ");
    expect(compareEventOrder([{ value: "1992-06-09" }], [{ value: "1993-03-12" }])).toBe("agree");
    expect(compareEventOrder([{ value: "1992" }], [{ value: "1992-06-09" }])).toBeUndefined();
  });

  it("holds a stated distance to the writer's round figure: four years is not two, nor a month six", () => {
    const twoYears = { days: 2 * 365.25, unit: 365.25, words: "two years" };
    const fourYears = { days: 4 * 365.25, unit: 365.25, words: "four years" };
    const aMonth = { days: 30.44, unit: 30.44, words: "a month" };
    expect(compareEventOrder([{ value: "1993-03-12" }], [{ value: "1997-08-24" }], twoYears)).toBe("differ");
    expect(compareEventOrder([{ value: "1993-03-12" }], [{ value: "1997-08-24" }], fourYears)).toBe("agree");
    expect(compareEventOrder([{ value: "1991-12-12" }], [{ value: "1992-06-09" }], aMonth)).toBe("differ");
    expect(compareEventOrder([{ value: "1991-12-12" }], [{ value: "1992-06-09" }], { ...aMonth, bound: "over" })).toBe("agree");
    expect(compareEventOrder([{ value: "1993-03-12" }], [{ value: "1997-08-24" }], { days: 365.25, unit: 365.25, bound: "under", words: "within a year" })).toBe("differ");
  });
});

describe("the verdict on an ordered sentence", () => {
  it("contradicts two supported events put in the order their dates exclude, and says so with both dates", () => {
    const result = checkClaim("Diplomatic ties between Pakistan and Azerbaijan were established before Pakistan recognised Azerbaijan's independence.", index);
    expect(result.verdict).toBe("contradicted");
    expect(result.alignment).toContainEqual(expect.objectContaining({ part: "order", relation: "exclusive" }));
    // Said as every contradiction is, so that review's one-line finding shows it.
    expect(result.explanation[0]).toMatch(/^you said “.+” before “.+”; the sources date the first to .*9 June 1992/);
  });

  it("contradicts a distance the dates exclude, and supports the one they give", () => {
    expect(checkClaim("Azerbaijan opened its embassy in Pakistan only a year after Pakistan had opened its own in Baku.", index).verdict).toBe("contradicted");
    const right = checkClaim("Pakistan opened its embassy in Baku in 1993, and Azerbaijan opened its embassy in Pakistan four years later.", index);
    expect(right.verdict).toBe("supported");
    expect(right.alignment).toContainEqual(expect.objectContaining({ part: "order", relation: "same" }));
    expect(checkClaim("Azerbaijan opened its embassy in Pakistan less than a year after Pakistan opened its embassy in Baku.", index).verdict).toBe("contradicted");
    expect(checkClaim("Azerbaijan opened its embassy in Pakistan in 1997, and Pakistan opened its embassy in Baku a year earlier.", index).verdict).toBe("contradicted");
    // "Years before" says at least a year, in that order: the order is wrong whatever the distance.
    expect(checkClaim("Azerbaijan opened its embassy in Pakistan years before Pakistan opened its embassy in Baku.", index).verdict).toBe("contradicted");
    expect(readEventOrder("Azerbaijan opened an embassy, and Pakistan opened its own years later.", always)?.gap).toMatchObject({ bound: "over", words: "years" });
  });

  it("leaves a date given by another event alone: 'after the 2010 floods' is when, not a second claim", () => {
    expect(checkClaim("Azerbaijan gave Pakistan $1 million after the 2010 floods.", index).verdict).toBe("supported");
  });
});

describe("a gap written with 'a full'", () => {
  it("reads 'a full decade after' as ten years, not as any time after", () => {
    const order = readEventOrder("Azerbaijan opened its embassy in Pakistan a full decade after Pakistan recognised Azerbaijan.", () => true);
    expect(order?.gap).toMatchObject({ days: 3652.5 });
  });
});
