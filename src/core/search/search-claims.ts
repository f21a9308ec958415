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
  // Extended search: each word may match anywhere, fuzzily; the OR of words ranks by how many match well.
  const query = words
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ""))
    .filter((w) => w.length > 1)
    .join(" | ");
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
