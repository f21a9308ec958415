// The compiled cache must answer exactly as a freshly built index does: the
// bundled corpus, saved as JSON and restored, gives the same index and the
// same verdicts. A change to buildIndex that restoreIndex does not follow
// fails here.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { restoreCorpus, serializeCorpus } from "../../src/cli/cache-corpus.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { buildIndex, type SearchIndex } from "../../src/core/search/build-index.js";
import { restoreIndex, serializeIndex } from "../../src/core/search/serialize-index.js";
import type { Corpus } from "../../src/core/types.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { ROOT } from "../helpers/run-cli.js";

let corpus: Corpus;
let built: SearchIndex;
let restored: SearchIndex;

/** Through JSON text, as the cache file holds it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeAll(async () => {
  const files = await readCorpusFiles(join(ROOT, "data"), ROOT);
  if (!files.ok) throw new Error("cannot read the bundled corpus");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new Error("the bundled corpus is invalid");
  corpus = loaded.value;
  built = buildIndex(corpus);
  restored = restoreIndex(corpus, viaJson(serializeIndex(built)));
});

describe("a saved and restored search index", () => {
  it("holds the same claims, terms and facts, in the same order", () => {
    expect(restored.claims).toHaveLength(built.claims.length);
    restored.claims.forEach((entry, i) => {
      const original = built.claims[i];
      expect(entry.claim).toBe(corpus.claims[i]);
      expect(entry.facts).toEqual(original?.facts);
      expect(entry.statement).toEqual(original?.statement);
      expect([...entry.terms]).toEqual([...(original?.terms ?? [])]);
      expect([...entry.statementTerms]).toEqual([...(original?.statementTerms ?? [])]);
      expect(entry.sourceDates).toEqual(original?.sourceDates);
    });
  });

  it("has the same postings, vocabulary and term weights", () => {
    expect([...restored.postings]).toEqual([...built.postings]);
    expect([...restored.vocabulary]).toEqual([...built.vocabulary]);
    for (const term of [...built.postings.keys(), "never-seen-term"]) expect(restored.idf(term)).toBe(built.idf(term));
  });

  it("gives the same verdicts, evidence and explanations as the built index", () => {
    const { cases } = parse(readFileSync(join(ROOT, "tests", "eval", "check-cases.yaml"), "utf8")) as { cases: Array<{ claim: string }> };
    expect(cases.length).toBeGreaterThan(20);
    for (const { claim } of cases) expect(checkClaim(claim, restored)).toEqual(checkClaim(claim, built));
  });

  it("refuses data saved for another corpus", () => {
    const saved = serializeIndex(built);
    expect(() => restoreIndex(corpus, { ...saved, claims: saved.claims.slice(1) })).toThrow(/claims/);
  });
});

describe("a saved and restored corpus", () => {
  it("is the corpus, with every record's location", () => {
    const again = restoreCorpus(viaJson(serializeCorpus(corpus)));
    expect(again.claims).toEqual(corpus.claims);
    expect(again.sources).toEqual(corpus.sources);
    expect(again.entities).toEqual(corpus.entities);
    expect(again.conflicts).toEqual(corpus.conflicts);
    expect([...again.locations]).toEqual([...corpus.locations]);
  });
});
