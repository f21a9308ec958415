// The claims a sentence is about, scored. The inverted index gives every
// claim that shares a term; each is scored by how much of the sentence it
// explains and how much of the claim the sentence mentions (IDF-weighted, so
// that sharing "Pakistan" or "1992" alone scores near zero).

import Fuse from "fuse.js";
import type { TextAnalysis } from "../facts/analyze-text.js";
import type { IndexedClaim, SearchIndex } from "./build-index.js";

export interface Candidate {
  entry: IndexedClaim;
  /** 0..1: weighted geometric mean of the two coverages, coverage counting more. */
  score: number;
  /** Share of the sentence's weight this claim explains. */
  coverage: number;
  /** Share of the claim statement's weight the sentence mentions. */
  recall: number;
  /** The sentence's terms this claim shares. */
  shared: string[];
}

export interface CandidateOptions {
  limit: number;
  /**
   * Leave out claims that explain less of the sentence than this (0..1). They
   * are never scored, which is what keeps a check fast on a large corpus.
   */
  minCoverage?: number;
}

/** How much coverage counts in a candidate's score (recall counts the rest). */
const COVERAGE_WEIGHT = 0.7;

/** The least coverage a claim scoring `score` can have (its recall is at most 1): a floor for minCoverage. */
export function coverageForScore(score: number): number {
  return score ** (1 / COVERAGE_WEIGHT);
}

const fuses = new WeakMap<SearchIndex, Fuse<string>>();
/** Corrections already looked up, per index: a draft repeats its unknown words. */
const corrections = new WeakMap<SearchIndex, Map<string, string>>();

/**
 * Terms of the sentence as the corpus spells them: a word the corpus does not
 * know ("Mushak") is replaced by the closest corpus word ("mushshaq") when one
 * is close enough, using Fuse's Bitap scoring over the corpus vocabulary.
 */
export function correctTerms(analysis: TextAnalysis, index: SearchIndex): string[] {
  let fuse = fuses.get(index);
  const words = analysis.normalized.split(/[^\p{L}\p{N}]+/u);
  return analysis.terms.map((term) => {
    if (term.startsWith("@") || index.postings.has(term)) return term;
    const word = words.find((w) => w.length >= 5 && term.length >= 4 && w.startsWith(term.slice(0, 2)));
    if (word === undefined) return term;
    let memo = corrections.get(index);
    if (!memo) corrections.set(index, (memo = new Map()));
    const known = memo.get(word);
    if (known !== undefined) return known === "" ? term : known;
    fuse ??= new Fuse([...index.vocabulary.keys()], { includeScore: true, threshold: 0.25, ignoreLocation: true, minMatchCharLength: 4 });
    fuses.set(index, fuse);
    const best = fuse.search(word, { limit: 1 })[0];
    const corrected = best !== undefined && (best.score ?? 1) <= 0.25 ? index.vocabulary.get(best.item) : undefined;
    memo.set(word, corrected ?? "");
    return corrected ?? term;
  });
}

export function findCandidates(analysis: TextAnalysis, index: SearchIndex, options: CandidateOptions): Candidate[] {
  const terms = [...new Set(correctTerms(analysis, index))];
  if (terms.length === 0) return [];
  const userTotal = terms.reduce((sum, t) => sum + index.idf(t), 0);
  const minCoverage = options.minCoverage ?? 0;
  const seen = new Set<number>();
  for (const term of rareTerms(terms, index, minCoverage * userTotal)) for (const position of index.postings.get(term) ?? []) seen.add(position);
  const candidates: Candidate[] = [];
  for (const position of seen) {
    const entry = index.claims[position];
    if (entry === undefined) continue;
    let matched = 0;
    let statementMatched = 0;
    const shared: string[] = [];
    for (const term of terms) {
      const weight = entry.terms.get(term);
      if (weight === undefined) continue;
      matched += index.idf(term) * weight;
      shared.push(term);
      if (entry.statementTerms.has(term)) statementMatched += index.idf(term);
    }
    let statementTotal = 0;
    for (const term of entry.statementTerms) statementTotal += index.idf(term);
    const coverage = matched / userTotal;
    if (coverage < minCoverage) continue;
    const recall = statementTotal === 0 ? 0 : statementMatched / statementTotal;
    // What matters most is that the claim explains the sentence; a sentence
    // may state only part of a long claim, so recall counts for less.
    const score = coverage ** COVERAGE_WEIGHT * recall ** (1 - COVERAGE_WEIGHT);
    candidates.push({ entry, score, coverage, recall, shared });
  }
  return candidates.sort((a, b) => b.score - a.score || a.entry.claim.id.localeCompare(b.entry.claim.id)).slice(0, options.limit);
}

/**
 * The terms a claim must hold one of to explain `needed` of the sentence's
 * weight (max-score pruning, as search engines do): a claim's weight for a
 * term is at most 1, so one holding none of the rarest terms can explain at
 * most the weight of the common ones. A sentence naming Pakistan and
 * Azerbaijan then reads the postings of its rare words, not two-thirds of
 * the corpus.
 */
function rareTerms(terms: readonly string[], index: SearchIndex, needed: number): string[] {
  if (needed <= 0) return [...terms];
  const byRarity = [...terms].sort((a, b) => index.idf(b) - index.idf(a));
  let rest = byRarity.reduce((sum, t) => sum + index.idf(t), 0);
  const rare: string[] = [];
  for (const term of byRarity) {
    if (rest < needed) break;
    rare.push(term);
    rest -= index.idf(term);
  }
  return rare;
}
