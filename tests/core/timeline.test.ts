import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookupCorpus } from "../../src/core/corpus/corpus-lookup.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { buildTimeline } from "../../src/core/timeline/build-timeline.js";
import { claimTime } from "../../src/core/timeline/claim-time.js";
import { formatIssued, parseIssued } from "../../src/core/timeline/issued-date.js";
import { comparePositions, formatTimelineDate, positionOf } from "../../src/core/timeline/timeline-date.js";
import type { Claim, Corpus, FactDate } from "../../src/core/types.js";
import { FIXTURES, ROOT } from "../helpers/run-cli.js";

async function loadFixture(): Promise<Corpus> {
  const files = await readCorpusFiles(`${FIXTURES}/corpus-small`, ROOT);
  if (!files.ok) throw new Error(files.error.code);
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error(corpus.error.first.code);
  return corpus.value;
}

/** A corpus of one source and one dated claim per date, for ordering tests. */
function corpusOfDates(dates: FactDate[]): Corpus {
  const claims: Claim[] = dates.map((date, i) => ({
    id: `claim-${i}`,
    statement: `Event ${i}.`,
    topic: "visits",
    tags: [],
    facts: { dates: [date] },
    citations: [{ source: "only-source", quote: `Event ${i}.` }],
  }));
  return {
    sources: [{ id: "only-source", type: "report", title: "T", authors: [], issued: "2020", seed: { file: "x.txt", sha256: "0".repeat(64) } }],
    entities: [],
    claims,
    conflicts: [],
    locations: new Map(),
    referencedBy: new Map(),
  };
}

const order = (dates: FactDate[]): string[] => {
  const timeline = buildTimeline(lookupCorpus(corpusOfDates(dates)));
  if (!timeline.ok) throw new Error(timeline.error.code);
  return timeline.value.map((e) => (e.qualifier ? `${e.qualifier} ${e.date}` : e.date));
};

describe("timeline ordering", () => {
  it("puts a partial date where its span starts, coarser before finer on the same start", () => {
    const shuffled: FactDate[] = [
      { value: "2013-02" },
      { value: "2013-01", qualifier: "late" },
      { value: "2013-01-01" },
      { value: "2013" },
      { value: "2010s" },
      { value: "2013-01" },
      { value: "2012-12-31" },
    ];
    expect(order(shuffled)).toEqual(["2010s", "2012-12-31", "2013", "2013-01", "2013-01-01", "late 2013-01", "2013-02"]);
  });

  it("places a year-only event before the dated events of that year, not after them", () => {
    expect(order([{ value: "1991-12-12" }, { value: "1991" }, { value: "1992-06-09" }])).toEqual(["1991", "1991-12-12", "1992-06-09"]);
  });

  it("orders a range by its first day", () => {
    expect(order([{ value: "2016-04-27" }, { value: "2016-04-26", to: "2016-04-27" }, { value: "2016-04" }])).toEqual([
      "2016-04",
      "2016-04-26",
      "2016-04-27",
    ]);
  });

  it("never lets a later start precede an earlier one (any dates)", () => {
    const dateArb = fc
      .record({ year: fc.integer({ min: 1950, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom("year", "month", "day", "decade") })
      .map(({ year, month, day, precision }): FactDate => {
        const mm = String(month).padStart(2, "0");
        const dd = String(day).padStart(2, "0");
        if (precision === "decade") return { value: `${Math.floor(year / 10) * 10}s` };
        return { value: precision === "year" ? `${year}` : precision === "month" ? `${year}-${mm}` : `${year}-${mm}-${dd}` };
      });
    fc.assert(
      fc.property(fc.array(dateArb, { minLength: 1, maxLength: 12 }), (dates) => {
        const timeline = buildTimeline(lookupCorpus(corpusOfDates(dates)));
        if (!timeline.ok) return false;
        const starts = timeline.value.map((e) => e.start);
        return starts.every((s, i) => i === 0 || (starts[i - 1] ?? "") <= s);
      }),
    );
  });

  it("compares positions by start, then precision", () => {
    const year = positionOf({ value: "2000" });
    const day = positionOf({ value: "2000-01-01" });
    if (!year || !day) throw new Error("unparsed");
    expect(comparePositions(year, day)).toBeLessThan(0);
    expect(comparePositions(day, year)).toBeGreaterThan(0);
  });
});

describe("timeline dates in words", () => {
  it("says a shared month or year once in a range", () => {
    expect(formatTimelineDate({ value: "2016-04-26", to: "2016-04-27" })).toBe("26–27 April 2016");
    expect(formatTimelineDate({ value: "2016-04-30", to: "2016-05-02" })).toBe("30 April – 2 May 2016");
    expect(formatTimelineDate({ value: "2014", to: "2015" })).toBe("2014–2015");
    expect(formatTimelineDate({ value: "2013-01", qualifier: "late" })).toBe("late January 2013");
    expect(formatTimelineDate({ value: "1990s" })).toBe("the 1990s");
  });

  it("reads a source's issued date, intervals included", () => {
    expect(formatIssued("2016-11")).toBe("November 2016");
    expect(formatIssued("2024/2025")).toBe("2024–2025");
    expect(parseIssued("2024/2025")?.span.from).toBeLessThan(parseIssued("2025-01")?.span.from ?? 0);
    expect(formatIssued("not a date")).toBe("not a date");
  });
});

describe("buildTimeline on the fixture corpus", () => {
  it("lists every dated claim in order, undated claims left out", async () => {
    const timeline = buildTimeline(lookupCorpus(await loadFixture()));
    expect(timeline.ok && timeline.value.map((e) => e.claim)).toEqual([
      "tiny-aid-1990s",
      "tiny-recognition-1991",
      "tiny-recognition-december-1991",
      "tiny-commission-1995",
      "tiny-commission-2000",
      "tiny-agreement-2013",
      "tiny-exercise-january-2013",
      "tiny-defence-late-january-2013",
      "tiny-visit-talks-april-2016",
      "tiny-visit-april-2016",
    ]);
  });

  it("shows the other side of a date conflict with its date and source", async () => {
    const timeline = buildTimeline(lookupCorpus(await loadFixture()));
    const entry = timeline.ok ? timeline.value.find((e) => e.claim === "tiny-commission-1995") : undefined;
    expect(entry?.dateConflicts).toEqual([
      {
        id: "tiny-commission-start",
        title: "When the Arcadia–Borduria commission began",
        others: [
          {
            claim: "tiny-commission-2000",
            says: "began in September 2000",
            dates: ["September 2000"],
            sources: [{ source: "beta-review", issued: "2021-03", date: "March 2021", inferred: false }],
          },
        ],
      },
    ]);
  });

  it("keeps events that overlap the --from/--to years, the 1990s included in 1995", async () => {
    const timeline = buildTimeline(lookupCorpus(await loadFixture()), { from: 1992, to: 2000 });
    expect(timeline.ok && timeline.value.map((e) => e.claim)).toEqual(["tiny-aid-1990s", "tiny-commission-1995", "tiny-commission-2000"]);
  });

  it("filters by topic and refuses an unknown one with a suggestion", async () => {
    const lookup = lookupCorpus(await loadFixture());
    const visits = buildTimeline(lookup, { topic: "visits" });
    expect(visits.ok && visits.value.map((e) => e.claim)).toEqual(["tiny-visit-talks-april-2016", "tiny-visit-april-2016"]);
    const typo = buildTimeline(lookup, { topic: "visit" });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.error).toMatchObject({ code: "unknown-value", option: "--topic", value: "visit", suggestion: "visits" });
  });
});

describe("claimTime", () => {
  it("sees a supersession recorded only by the earlier claim, from both ends", async () => {
    const lookup = lookupCorpus(await loadFixture());
    const older = lookup.claim("tiny-ambassador-ann-smith");
    const newer = lookup.claim("tiny-ambassador-ben-jones");
    if (!older || !newer) throw new Error("fixture claims missing");
    const oldTime = claimTime(older, lookup);
    expect(oldTime.trueAsOf).toBe("2015");
    expect(oldTime.supersededBy.map((l) => [l.claim, l.stated[0]?.date])).toEqual([["tiny-ambassador-ben-jones", "March 2021"]]);
    expect(claimTime(newer, lookup).supersedes.map((l) => l.claim)).toEqual(["tiny-ambassador-ann-smith"]);
    expect(claimTime(newer, lookup).supersededBy).toEqual([]);
  });

  it("links a plan and its outcome whichever side records it", async () => {
    const lookup = lookupCorpus(await loadFixture());
    const plan = lookup.claim("tiny-visit-planned");
    const visit = lookup.claim("tiny-visit-april-2016");
    if (!plan || !visit) throw new Error("fixture claims missing");
    expect(claimTime(plan, lookup).laterOutcomes.map((l) => l.claim)).toEqual(["tiny-visit-april-2016"]);
    expect(claimTime(visit, lookup).earlierPlans.map((l) => l.claim)).toEqual(["tiny-visit-planned"]);
  });

  it("lists every source that states a claim, oldest first", async () => {
    const lookup = lookupCorpus(await loadFixture());
    const claim = lookup.claim("tiny-recognition-1991");
    if (!claim) throw new Error("fixture claim missing");
    expect(claimTime(claim, lookup).stated.map((s) => `${s.source} ${s.date}`)).toEqual(["alpha-report 2015", "beta-review March 2021"]);
  });
});
