import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/core/search/find-candidates.js";
import type { IndexedClaim } from "../../src/core/search/build-index.js";
import type { Conflict } from "../../src/core/types.js";
import type { FactComparison } from "../../src/core/verdict/compare-facts.js";
import { decideVerdict, isPreciseFigure, judge, mayDecide, THRESHOLDS, type Decision, type Judged } from "../../src/core/verdict/decide-verdict.js";

// A check judges only the candidates mayDecide lets through (check-claim.ts).
// That is safe only while no way decideVerdict takes a claim as evidence
// reaches below its bars: these random cases hold it to that.

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS: FactComparison["kind"][] = ["date", "number", "rank", "event", "place", "person", "actor", "detail", "polarity", "title"];
const OUTCOMES: FactComparison["outcome"][] = ["agree", "differ", "uncovered"];
const SAID = ["2015", "$72.36 billion", "15", "third", "visited", "Baku"];
/** What a sentence with no precise figure can give. */
const ROUND = SAID.filter((s) => !isPreciseFigure(s));

function candidateOf(id: string, score: number, coverage: number, recall: number, shared: number, modal = false): Candidate {
  // judge and decideVerdict read only the claim's id of an entry, and whether its statement is a plan.
  const entry = { claim: { id }, statement: { modal } } as unknown as IndexedClaim;
  return { entry, score, coverage, recall, shared: Array.from({ length: shared }, (_, i) => `t${i}`) };
}

function comparisonsOf(next: () => number, figures: boolean): FactComparison[] {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: Math.floor(next() * 4) }, () => ({ kind: pick(KINDS), outcome: pick(OUTCOMES), said: pick(figures ? SAID : ROUND), corpus: pick(SAID) }));
}

function summary(d: Decision): unknown {
  const ids = (list: readonly Judged[]): string[] => list.map((j) => j.candidate.entry.claim.id);
  return { verdict: d.verdict, supporting: ids(d.supporting), contradicting: ids(d.contradicting), conflicts: d.conflicts.map((c) => c.id) };
}

describe("mayDecide", () => {
  it("lets through a candidate at any bar decideVerdict uses, and not one below them all", () => {
    expect(mayDecide(candidateOf("a", THRESHOLDS.structural, 0.1, 0.1, 2))).toBe(true);
    expect(mayDecide(candidateOf("a", 0.1, THRESHOLDS.factCoverage, 0.1, 2))).toBe(true);
    expect(mayDecide(candidateOf("a", THRESHOLDS.structural - 0.01, THRESHOLDS.factCoverage - 0.01, 1, 9))).toBe(false);
    // A claim's figures decide only a sentence that gives a precise one.
    expect(mayDecide(candidateOf("a", 0.1, 0.9, 0.1, 2), THRESHOLDS, false)).toBe(false);
  });

  it("leaves out only candidates that cannot change a decision", () => {
    const next = random(20261207);
    const lowest = Math.min(THRESHOLDS.relevant, THRESHOLDS.support, THRESHOLDS.contradict, THRESHOLDS.jointMember, THRESHOLDS.structural);
    const conflict = { id: "c1", sides: [] } as unknown as Conflict;
    let left = 0;
    for (let n = 0; n < 3000; n++) {
      // Half the sentences give no precise figure: their candidates are judged only at a score.
      const figures = next() < 0.5;
      const judged: Judged[] = [];
      const count = 1 + Math.floor(next() * 5);
      for (let i = 0; i < count; i++) {
        const score = next();
        const coverage = next();
        judged.push(judge(candidateOf(`k${i}`, score, coverage, next(), Math.floor(next() * 4), next() < 0.1), comparisonsOf(next, figures)));
      }
      // One more, below every bar, anywhere in the list.
      const coverage = figures ? next() * THRESHOLDS.factCoverage * 0.99 : next();
      const low = judge(candidateOf("low", next() * lowest * 0.99, coverage, next(), Math.floor(next() * 4), next() < 0.1), comparisonsOf(next, figures));
      expect(mayDecide(low.candidate, THRESHOLDS, figures)).toBe(false);
      const withLow = [...judged];
      withLow.splice(Math.floor(next() * (judged.length + 1)), 0, low);
      const conflictsOf = (id: string): Conflict[] => (id === "k0" || id === "low" ? [conflict] : []);
      const decide = (list: readonly Judged[]): unknown => summary(decideVerdict(list, conflictsOf, () => true, () => true, THRESHOLDS, (l) => Math.max(0, ...l.map((c) => c.coverage))));
      expect(decide(withLow)).toEqual(decide(withLow.filter((j) => mayDecide(j.candidate, THRESHOLDS, figures))));
      if (low.stance !== "other-event") left++;
    }
    // The low candidates were of every stance, not only ones decideVerdict ignores anyway.
    expect(left).toBeGreaterThan(1000);
  });
});
