// A claim's statement is the curator's summary; its quotes are the
// articles' own words. A sentence that restates one quote closely mentions
// most of that quote and little of the summary ("two brotherly Muslim
// nations … unique historical, religious and political commonalities"), so
// a candidate's recall is the best of its statement's and each quote's.

import type { TextAnalysis } from "../facts/analyze-text.js";
import type { SearchIndex } from "./build-index.js";
import { scoreOf, type Candidate } from "./find-candidates.js";

/** The candidates rescored with the recall of their closest passage, best first. */
/** @param floor the least score that counts for anything; candidates that cannot reach it are left as they are. */
export function rescoreByPassage(candidates: readonly Candidate[], said: TextAnalysis, index: SearchIndex, floor = 0): Candidate[] {
  const sentence = new Set(said.terms);
  const weight = (terms: Iterable<string>): number => {
    let sum = 0;
    for (const t of terms) sum += index.idf(t);
    return sum;
  };
  return candidates
    .map((c) => {
      // Only a claim that could reach `floor` with every word of a quote mentioned is worth weighing its quotes for.
      if (scoreOf(c.coverage, 1) < floor) return c;
      let recall = c.recall;
      // Each quote's terms were read when the index was built (build-index.ts).
      for (const quote of c.entry.quoteTerms) {
        const total = weight(quote);
        if (total === 0) continue;
        recall = Math.max(recall, weight(quote.filter((t) => sentence.has(t))) / total);
      }
      return recall === c.recall ? c : { ...c, recall, score: scoreOf(c.coverage, recall) };
    })
    .sort((a, b) => b.score - a.score || a.entry.claim.id.localeCompare(b.entry.claim.id));
}
