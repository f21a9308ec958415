// A snapshot must answer exactly as a freshly built index does: the bundled
// corpus, saved and restored, gives the same index and the same verdicts. A
// change to buildIndex that unpackIndex does not follow fails here.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { lookupCorpus } from "../../src/core/corpus/corpus-lookup.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { buildIndex, type SearchIndex } from "../../src/core/search/build-index.js";
import { normalizeText } from "../../src/core/text/normalize.js";
import { splitWords } from "../../src/core/text/tokenize.js";
import type { Corpus } from "../../src/core/types.js";
import { checkClaim } from "../../src/core/verdict/check-claim.js";
import { ImageReader, ImageWriter } from "../../src/snapshot/packed-image.js";
import { packCorpus, unpackCorpus } from "../../src/snapshot/pack-corpus.js";
import { packIndex, unpackIndex } from "../../src/snapshot/pack-index.js";
import { ROOT } from "../helpers/run-cli.js";

let corpus: Corpus;
let built: SearchIndex;
let restored: SearchIndex;
let restoredCorpus: Corpus;

/** Packs, then reads back as a cache file holds it: the head as JSON text, the data as bytes. */
function roundTrip<H>(pack: (writer: ImageWriter) => H): { head: H; reader: ImageReader } {
  const writer = new ImageWriter();
  const head = pack(writer);
  const data = new Uint8Array(writer.size);
  let at = 0;
  for (const chunk of writer.chunks) {
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  return { head: JSON.parse(JSON.stringify(head)) as H, reader: ImageReader.fromBytes(data) };
}

beforeAll(async () => {
  const files = await readCorpusFiles(join(ROOT, "data"), ROOT);
  if (!files.ok) throw new Error("cannot read the bundled corpus");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new Error("the bundled corpus is invalid");
  corpus = loaded.value;
  built = buildIndex(corpus);
  // As a warm run has them: the corpus and the index both restored from the cache.
  const packedCorpus = roundTrip((writer) => packCorpus(corpus, writer));
  restoredCorpus = unpackCorpus(packedCorpus.head, packedCorpus.reader);
  const { head, reader } = roundTrip((writer) => packIndex(built, writer));
  restored = unpackIndex(restoredCorpus, head, reader);
});

describe("a saved and restored search index", () => {
  it("holds the same claims, terms and facts, in the same order", () => {
    expect(restored.claims).toHaveLength(built.claims.length);
    restored.claims.forEach((entry, i) => {
      const original = built.claims[i];
      expect(entry.claim).toBe(restoredCorpus.claims[i]);
      expect(entry.claim).toEqual(corpus.claims[i]);
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

  it("finds every entity by each of its names, as the built index does, from the saved name tables", () => {
    const names = corpus.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const words = splitWords(normalizeText(`In 2019, ${name} said so`));
      expect(restored.matcher.find(words), name).toEqual(built.matcher.find(words));
      expect(restored.matcher.find(words).length, name).toBeGreaterThan(0);
    }
  });

  it("reads every side of every recorded conflict as the built index does, without analysing it again", () => {
    expect(corpus.conflicts.length).toBeGreaterThan(5);
    restoredCorpus.conflicts.forEach((conflict, i) => {
      const original = corpus.conflicts[i];
      if (original === undefined) throw new Error(`conflict ${i} is missing`);
      const sides = restored.sidesOf(conflict);
      expect(sides, conflict.id).toEqual(built.sidesOf(original));
      expect(sides, conflict.id).toHaveLength(conflict.sides.length);
      // Read from the saved records once, then kept.
      expect(restored.sidesOf(conflict)).toBe(sides);
    });
    const [first] = restoredCorpus.conflicts;
    if (first !== undefined) expect(() => restored.sidesOf({ ...first, id: "not-saved" })).toThrow(/not-saved/);
  });

  it("gives the same verdicts, evidence and explanations as the built index", () => {
    const { cases } = parse(readFileSync(join(ROOT, "tests", "eval", "check-cases.yaml"), "utf8")) as { cases: Array<{ claim: string }> };
    expect(cases.length).toBeGreaterThan(20);
    for (const { claim } of cases) expect(checkClaim(claim, restored)).toEqual(checkClaim(claim, built));
  });

  it("refuses data saved for another corpus", () => {
    const { head, reader } = roundTrip((writer) => packIndex(built, writer));
    expect(() => unpackIndex({ ...corpus, claims: corpus.claims.slice(1) }, head, reader)).toThrow(/claims/);
  });

  it("gives term collections that read as the built Map and Set", () => {
    const entry = restored.claims[0];
    const original = built.claims[0];
    if (entry === undefined || original === undefined) throw new Error("no claims");
    const [term, weight] = [...original.terms][0] ?? ["", 0];
    expect(entry.terms.get(term)).toBe(weight);
    expect(entry.terms.has("no-such-term")).toBe(false);
    expect(entry.terms.size).toBe(original.terms.size);
    expect([...entry.terms.keys()]).toEqual([...original.terms.keys()]);
    expect([...entry.terms]).toEqual([...original.terms]);
    const first = [...original.statementTerms][0] ?? "";
    expect(entry.statementTerms.has(first)).toBe(true);
    expect(entry.statementTerms.size).toBe(original.statementTerms.size);
    expect([...entry.statementTerms]).toEqual([...original.statementTerms]);
  });
});

describe("a saved and restored corpus", () => {
  it("is the corpus, with every record's location", () => {
    const { head, reader } = roundTrip((writer) => packCorpus(corpus, writer));
    const again = unpackCorpus(head, reader);
    expect(again.claims).toEqual(corpus.claims);
    expect(again.sources).toEqual(corpus.sources);
    expect(again.entities).toEqual(corpus.entities);
    expect(again.conflicts).toEqual(corpus.conflicts);
    expect([...again.locations]).toEqual([...corpus.locations]);
  });

  it("names, for every claim, the claims that refer to it, as the corpus does", () => {
    const { head, reader } = roundTrip((writer) => packCorpus(corpus, writer));
    const restored = unpackCorpus(head, reader);
    expect(new Map(restored.referencedBy)).toEqual(new Map(corpus.referencedBy));
    const again = lookupCorpus(restored);
    const original = lookupCorpus(corpus);
    const referred = corpus.claims.filter((c) => original.referencesTo(c.id).length > 0);
    expect(referred.length).toBeGreaterThan(10);
    for (const claim of corpus.claims) expect(again.referencesTo(claim.id), claim.id).toEqual(original.referencesTo(claim.id));
    expect(again.referencesTo("no-such-claim")).toEqual([]);
  });

  it("has claims that read, spread and print as the claims themselves", () => {
    const { head, reader } = roundTrip((writer) => packCorpus(corpus, writer));
    const again = unpackCorpus(head, reader);
    const withRelated = corpus.claims.findIndex((c) => (c.related ?? []).length > 0);
    const original = corpus.claims[withRelated];
    const claim = again.claims[withRelated];
    if (original === undefined || claim === undefined) throw new Error("no claim with related claims");
    // The id is answered before the claim is decoded; related claims come with it.
    const related = claim.related;
    expect(claim.id).toBe(original.id);
    expect(related).toEqual(original.related);
    expect(claim.statement).toBe(original.statement);
    expect(claim.related).toBe(related);
    expect({ ...claim }).toEqual(original);
    expect(JSON.parse(JSON.stringify(claim))).toEqual(original);
    expect(Object.keys(claim)).toEqual(Object.keys(original));
    expect("keywords" in claim).toBe("keywords" in original);
  });

  it("has claims that cannot be changed, as the corpus's types say", () => {
    const { head, reader } = roundTrip((writer) => packCorpus(corpus, writer));
    const claim = unpackCorpus(head, reader).claims[0] as { statement: string } | undefined;
    expect(() => {
      if (claim !== undefined) claim.statement = "changed";
    }).toThrow(TypeError);
  });
});
