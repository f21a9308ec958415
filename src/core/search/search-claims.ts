// `pakaz search`: claims ranked by how well they match some words. The
// inverted index narrows the corpus to claims sharing a term; Fuse.js then
// ranks those few by fuzzy match over statement, keywords, tags and quotes.

import Fuse from "fuse.js";
import { analyzeText } from "../facts/analyze-text.js";
import type { SearchIndex } from "./build-index.js";
import { findCandidates } from "./find-candidates.js";

export interface SearchHit {
  claimId: string;
  statement: string;
  topic: string;
  sources: string[];
  score: number;
}

const KEYS = [
  { name: "statement", weight: 3 },
  { name: "keywords", weight: 2 },
  { name: "tags", weight: 1.5 },
  { name: "quotes", weight: 1 },
];

/**
 * Fuse's work grows with every character of the query: with threshold 1 its
 * fuzzy search tries every number of errors up to a word's length, over every
 * candidate, for each word that has not yet matched well. A 400-digit word
 * took 1.7 s (84% of it in Fuse), and 76 twelve-letter words that match
 * nothing as long. So Fuse gets at most FUZZY_WORDS words, the first ones,
 * each cut to its first FUZZY_WORD_LENGTH characters (a prefix that long
 * still matches its word well; the corpus's longest words, such as
 * "intergovernmental" and "Pakistan-Azerbaijan", are under 20): at most 128
 * characters in all, about 0.2 s at worst on a 2-core machine. The index,
 * which finds the candidates and gives most of the score, still reads every
 * word.
 */
export const FUZZY_WORDS = 8;
export const FUZZY_WORD_LENGTH = 16;

/** The words as Fuse's extended search takes them: each may match anywhere, fuzzily; the OR of words ranks by how many match well. */
export function fuzzyQuery(words: string): string {
  const kept: string[] = [];
  for (const raw of words.split(/\s+/)) {
    // Cut by characters, not UTF-16 units, so that a letter outside the BMP is never split.
    const word = Array.from(raw.replace(/[^\p{L}\p{N}-]/gu, "")).slice(0, FUZZY_WORD_LENGTH).join("");
    if (word.length > 1) kept.push(word);
    if (kept.length === FUZZY_WORDS) break;
  }
  return kept.join(" | ");
}

export function searchClaims(words: string, index: SearchIndex, limit: number): SearchHit[] {
  const candidates = findCandidates(analyzeText(words, index.matcher), index, { limit: 200 });
  if (candidates.length === 0) return [];
  const docs = candidates.map((c) => ({
    candidate: c,
    statement: c.entry.claim.statement,
    keywords: (c.entry.claim.keywords ?? []).join(" "),
    tags: c.entry.claim.tags.join(" "),
    quotes: c.entry.claim.citations.map((q) => q.quote).join(" "),
  }));
  const fuse = new Fuse(docs, { keys: KEYS, includeScore: true, ignoreLocation: true, threshold: 1, useExtendedSearch: true });
  const query = fuzzyQuery(words);
  const fuzzy = new Map<(typeof docs)[number], number>();
  if (query !== "") for (const hit of fuse.search(query)) fuzzy.set(hit.item, 1 - (hit.score ?? 1));
  return docs
    .map((d) => ({ d, score: 0.7 * d.candidate.score + 0.3 * (fuzzy.get(d) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.d.candidate.entry.claim.id.localeCompare(b.d.candidate.entry.claim.id))
    .slice(0, limit)
    .map(({ d, score }) => ({
      claimId: d.candidate.entry.claim.id,
      statement: d.statement,
      topic: d.candidate.entry.claim.topic,
      sources: [...new Set(d.candidate.entry.claim.citations.map((c) => c.source))],
      score: Math.round(score * 1000) / 1000,
    }));
}
