// Candidate retrieval may skip claims that cannot explain enough of the
// sentence (max-score pruning), but it must never skip one that can: with a
// coverage floor it returns exactly the claims an unpruned search scores
// at or above that floor, in the same order.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/core/facts/analyze-text.js";
import type { SearchIndex } from "../../src/core/search/build-index.js";
import { correctTerms, findCandidates, type Candidate } from "../../src/core/search/find-candidates.js";
import { ROOT } from "../helpers/run-cli.js";
import { loadBundledIndex } from "../helpers/bundled-index.js";

let index: SearchIndex;
const sentences = (parse(readFileSync(join(ROOT, "tests", "eval", "check-cases.yaml"), "utf8")) as { cases: { claim: string }[] }).cases.map((c) => c.claim);

beforeAll(async () => {
  index = await loadBundledIndex();
});

const summary = (list: Candidate[]): Array<[string, number]> => list.map((c) => [c.entry.claim.id, c.score]);

/** Scoring as it reads in words: each claim sharing a term, from its own term map. */
function referenceScores(sentence: string): Array<[string, number, number, number, string[]]> {
  const said = analyzeText(sentence, index.matcher);
  // The same corrected terms findCandidates scores.
  const terms = [...new Set(correctTerms(said, index))];
  const userTotal = terms.reduce((sum, t) => sum + index.idf(t), 0);
  const rows: Array<[string, number, number, number, string[]]> = [];
  index.claims.forEach((entry) => {
    const shared = terms.filter((t) => entry.terms.has(t));
    if (shared.length === 0) return;
    let matched = 0;
    let statementMatched = 0;
    for (const t of shared) {
      matched += index.idf(t) * (entry.terms.get(t) ?? 0);
      if (entry.statementTerms.has(t)) statementMatched += index.idf(t);
    }
    let statementTotal = 0;
    for (const t of entry.statementTerms) statementTotal += index.idf(t);
    const coverage = matched / userTotal;
    const recall = statementTotal === 0 ? 0 : statementMatched / statementTotal;
    rows.push([entry.claim.id, coverage ** 0.7 * recall ** 0.3, coverage, recall, shared]);
  });
  return rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

describe("findCandidates", () => {
  it("scores every claim sharing a term as the plain per-claim formula does, on each labelled sentence", () => {
    for (const sentence of sentences) {
      const found = findCandidates(analyzeText(sentence, index.matcher), index, { limit: 10_000 }).map((c): [string, number, number, number, string[]] => [c.entry.claim.id, c.score, c.coverage, c.recall, c.shared]);
      expect(found, sentence).toEqual(referenceScores(sentence));
    }
  });
});

describe("findCandidates with a limit", () => {
  it.each([1, 3, 40])("returns the best %i of the full ranking, ties broken by claim id", (limit) => {
    for (const sentence of sentences) {
      const said = analyzeText(sentence, index.matcher);
      const all = findCandidates(said, index, { limit: 10_000, minCoverage: 0.2 });
      expect(summary(findCandidates(said, index, { limit, minCoverage: 0.2 })), sentence).toEqual(summary(all.slice(0, limit)));
    }
  });
});

describe("findCandidates with a coverage floor", () => {
  it.each([0.2, 0.3, 0.45, 0.6])("returns exactly the claims covering at least %f of each labelled sentence", (floor) => {
    expect(sentences.length).toBeGreaterThan(100);
    let pruned = 0;
    for (const sentence of sentences) {
      const said = analyzeText(sentence, index.matcher);
      const all = findCandidates(said, index, { limit: 10_000 });
      const kept = findCandidates(said, index, { limit: 10_000, minCoverage: floor });
      expect(summary(kept), sentence).toEqual(summary(all.filter((c) => c.coverage >= floor)));
      pruned += all.length - kept.length;
    }
    // The floor must leave something out, or this test proves nothing.
    expect(pruned).toBeGreaterThan(0);
  });
});
