import { describe, expect, it } from "vitest";
import { lookupCorpus, type CorpusLookup } from "../../src/core/corpus/corpus-lookup.js";
import { crossReferencesOf, describeRecord } from "../../src/core/corpus/describe-record.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { FIXTURES, ROOT } from "../helpers/run-cli.js";

async function load(dir: string): Promise<CorpusLookup> {
  const files = await readCorpusFiles(dir, ROOT);
  if (!files.ok) throw new Error(files.error.code);
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error(corpus.error.first.code);
  return lookupCorpus(corpus.value);
}

const summary = (lookup: CorpusLookup, id: string): string[] => crossReferencesOf(id, lookup).map((r) => `${r.direction} ${r.relation} ${r.claim}`);

describe("cross-reference resolution", () => {
  it("finds the claims that point at a claim", async () => {
    const lookup = await load(`${FIXTURES}/corpus-small`);
    expect(lookup.referencesTo("tiny-ambassador-ben-jones")).toEqual([{ from: "tiny-ambassador-ann-smith", relation: "superseded-by" }]);
    expect(lookup.referencesTo("tiny-aid-1990s")).toEqual([]);
  });

  it("reads an inbound link from the shown claim's side", async () => {
    const lookup = await load(`${FIXTURES}/corpus-small`);
    // Ann Smith's record says "superseded-by Ben Jones"; from Ben Jones that is "supersedes".
    expect(summary(lookup, "tiny-ambassador-ben-jones")).toEqual(["in supersedes tiny-ambassador-ann-smith"]);
    expect(summary(lookup, "tiny-ambassador-ann-smith")).toEqual(["out superseded-by tiny-ambassador-ben-jones"]);
    // part-of and follow-up have inverses the corpus does not name.
    expect(summary(lookup, "tiny-visit-april-2016")).toContain("in has-part tiny-visit-talks-april-2016");
    expect(summary(lookup, "tiny-commission-1995")).toEqual(["in follows tiny-recognition-december-1991"]);
  });

  it("merges a link recorded on both claims into one, marked both", async () => {
    const lookup = await load(`${FIXTURES}/corpus-small`);
    expect(summary(lookup, "tiny-visit-planned")).toEqual(["both later-outcome tiny-visit-april-2016"]);
    expect(summary(lookup, "tiny-visit-april-2016")).toEqual(["both earlier-plan tiny-visit-planned", "in has-part tiny-visit-talks-april-2016"]);
    expect(summary(lookup, "tiny-recognition-1991")).toEqual(["both same-event tiny-recognition-december-1991"]);
  });

  it("lists the conflicts a claim is a side of, with what each side says", async () => {
    const lookup = await load(`${FIXTURES}/corpus-small`);
    const view = describeRecord("tiny-commission-2000", lookup);
    expect(view?.type === "claim" && view.conflicts).toEqual([
      {
        id: "tiny-commission-start",
        kind: "date",
        title: "When the Arcadia–Borduria commission began",
        says: "began in September 2000",
        others: [{ claim: "tiny-commission-1995", says: "set up in 1995" }],
      },
    ]);
  });

  it("on the bundled corpus, describes every reference and conflict that involves each claim", async () => {
    const lookup = await load(`${ROOT}/data`);
    for (const claim of lookup.corpus.claims) {
      const view = describeRecord(claim.id, lookup);
      if (view?.type !== "claim") throw new Error(`no claim view for ${claim.id}`);
      const shown = new Set(view.crossReferences.map((r) => r.claim));
      const involved = [
        ...(claim.related ?? []).map((r) => r.claim),
        ...lookup.corpus.claims.filter((c) => c.related?.some((r) => r.claim === claim.id)).map((c) => c.id),
      ];
      expect([...new Set(involved)].filter((id) => !shown.has(id)), claim.id).toEqual([]);
      const conflicts = lookup.corpus.conflicts.filter((c) => c.sides.some((s) => s.claim === claim.id)).map((c) => c.id);
      expect(view.conflicts.map((c) => c.id), claim.id).toEqual(conflicts);
    }
  });
});
