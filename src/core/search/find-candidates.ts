// The claims a sentence is about, scored. The inverted index gives every
// claim that shares a term; each is scored by how much of the sentence it
// explains and how much of the claim the sentence mentions (IDF-weighted, so
// that sharing "Pakistan" or "1992" alone scores near zero).

import Fuse from "fuse.js";
import type { TextAnalysis } from "../facts/analyze-text.js";
import { isEnglishWord } from "../text/english-words.js";
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

/** How much coverage and recall count in a candidate's score. */
const COVERAGE_WEIGHT = 0.7;
const RECALL_WEIGHT = 0.3;

/** A candidate's score from how much of the sentence it explains and how much of the claim the sentence mentions. */
export function scoreOf(coverage: number, recall: number): number {
  return coverage ** COVERAGE_WEIGHT * recall ** RECALL_WEIGHT;
}

/** The least coverage a claim scoring `score` can have (its recall is at most 1): a floor for minCoverage. */
export function coverageForScore(score: number): number {
  return score ** (1 / COVERAGE_WEIGHT);
}

const fuses = new WeakMap<SearchIndex, Fuse<string>>();
/** Corrections already looked up, per index: a draft repeats its unknown words. */
const corrections = new WeakMap<SearchIndex, Map<string, string>>();

/**
 * Terms of the sentence as the corpus spells them: a word the corpus does not
 * know and English does not either ("Mushak") is replaced by the closest
 * corpus word ("mushshaq") when one is close enough, using Fuse's Bitap
 * scoring over the corpus vocabulary.
 */
export function correctTerms(analysis: TextAnalysis, index: SearchIndex): string[] {
  let fuse = fuses.get(index);
  const words = analysis.normalized.split(/[^\p{L}\p{N}]+/u);
  return analysis.terms.map((term) => {
    if (term.startsWith("@") || index.postings.has(term)) return term;
    const word = words.find((w) => w.length >= 5 && term.length >= 4 && w.startsWith(term.slice(0, 2)));
    // A real English word is what the writer meant, not a misspelling of a corpus word.
    // A word of more than 32 letters is no misspelling of a corpus word, and Fuse's time grows with its length.
    if (word === undefined || term.startsWith("~") || word.length > 32 || isEnglishWord(word)) return term;
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

/** Per index: each claim's slot among the current sentence's candidates, or -1 (reused, so a batch allocates it once). */
const slots = new WeakMap<SearchIndex, Int32Array>();

export function findCandidates(analysis: TextAnalysis, index: SearchIndex, options: CandidateOptions): Candidate[] {
  const terms = [...new Set(correctTerms(analysis, index))];
  if (terms.length === 0) return [];
  const userTotal = terms.reduce((sum, t) => sum + index.idf(t), 0);
  const minCoverage = options.minCoverage ?? 0;
  const lists = terms.map((term) => index.termPostings(term));

  // Term at a time, as search engines score: the claims holding a rare term
  // are the candidates; every term's postings then add its weight to the
  // candidates among them. No claim's own term map is opened.
  let slot = slots.get(index);
  if (slot === undefined || slot.length < index.claims.length) slots.set(index, (slot = new Int32Array(index.claims.length).fill(-1)));
  const rare = new Set(rareTerms(terms, index, minCoverage * userTotal));
  const positions: number[] = [];
  terms.forEach((term, i) => {
    const list = lists[i];
    if (list === undefined || !rare.has(term)) return;
    for (let k = 0; k < list.positions.length; k++) {
      const p = list.positions[k] ?? 0;
      if (slot[p] === -1) slot[p] = positions.push(p) - 1;
    }
  });
  const words = Math.ceil(terms.length / 32);
  const matched = new Float64Array(positions.length);
  const statementMatched = new Float64Array(positions.length);
  const shared = new Uint32Array(positions.length * words);
  terms.forEach((term, i) => {
    const list = lists[i];
    if (list === undefined) return;
    const weight = index.idf(term);
    const bit = 1 << i % 32;
    const word = i >> 5;
    for (let k = 0; k < list.positions.length; k++) {
      const at = slot[list.positions[k] ?? 0] ?? -1;
      if (at === -1) continue;
      matched[at] = (matched[at] ?? 0) + weight * (list.weights[k] ?? 0);
      if (list.inStatement[k] === 1) statementMatched[at] = (statementMatched[at] ?? 0) + weight;
      shared[at * words + word] = (shared[at * words + word] ?? 0) | bit;
    }
  });

  const scores = new Float64Array(positions.length).fill(-1);
  const recalls = new Float64Array(positions.length);
  let passing = 0;
  positions.forEach((position, at) => {
    slot[position] = -1;
    const coverage = (matched[at] ?? 0) / userTotal;
    if (index.claims[position] === undefined || coverage < minCoverage) return;
    const statementTotal = index.statementWeight(position);
    const recall = statementTotal === 0 ? 0 : (statementMatched[at] ?? 0) / statementTotal;
    recalls[at] = recall;
    // What matters most is that the claim explains the sentence; a sentence
    // may state only part of a long claim, so recall counts for less.
    scores[at] = scoreOf(coverage, recall);
    passing++;
  });
  if (passing === 0 || options.limit <= 0) return [];

  // Objects only for the best `limit` (and any claim tied with the last of
  // them): a sentence of common words can pass thousands of claims of a large corpus.
  const bar = scores.slice().sort()[Math.max(0, scores.length - Math.min(options.limit, passing))] ?? 0;
  const candidates: Candidate[] = [];
  scores.forEach((score, at) => {
    const entry = index.claims[positions[at] ?? -1];
    if (score < bar || score < 0 || entry === undefined) return;
    const sharedTerms = terms.filter((_, i) => ((shared[at * words + (i >> 5)] ?? 0) & (1 << i % 32)) !== 0);
    candidates.push({ entry, score, coverage: (matched[at] ?? 0) / userTotal, recall: recalls[at] ?? 0, shared: sharedTerms });
  });
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
