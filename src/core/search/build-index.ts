// The search index over a corpus: each claim's statement, keywords, tags,
// quotes and entities reduced to weighted terms, an inverted index from term
// to claims (so a check looks at a handful of claims, not all of them), and
// inverse document frequencies (so a term every claim shares, such as
// Pakistan, counts for little and a rare one, such as "embassy", for much).

import { analyzeText, analyzeWords, datesOf, readWords, termsOf, type TextAnalysis, type TextWords } from "../facts/analyze-text.js";
import { createEntityMatcher, type EntityMatcher } from "../text/entity-matcher.js";
import type { Claim, Conflict, Corpus, FactDate, Facts } from "../types.js";

/**
 * One claim as the index reads it. Every field is read-only, and so is all
 * an entry holds: an index may read its entries from anywhere (built here,
 * or read back on demand), and the engine reads them and never copies or
 * changes them.
 */
export interface IndexedClaim {
  readonly claim: Claim;
  /** The claim's own facts, completed from its statement where the curator left a kind out. */
  readonly facts: Facts;
  readonly statement: TextAnalysis;
  /** term → weight in this claim (statement 1, keywords and tags 0.8, entities 0.7, quotes 0.5). */
  readonly terms: ReadonlyMap<string, number>;
  readonly statementTerms: ReadonlySet<string>;
  /** When the claim's sources were written: a claim with no date of its own was true as of these. */
  readonly sourceDates: readonly FactDate[];
  /** Each quote's terms, once each: a sentence may restate one quote closely (see passage-recall.ts). */
  readonly quoteTerms: ReadonlyArray<readonly string[]>;
}

/** One term's postings as candidate scoring reads them: parallel arrays, in corpus order. */
export interface TermPostings {
  readonly positions: ArrayLike<number>;
  /** The term's weight in each of those claims. */
  readonly weights: ArrayLike<number>;
  /** 1 where the term is one of that claim statement's terms. */
  readonly inStatement: ArrayLike<number>;
}

/**
 * What an index is made of: the analysed claims and what is read from them
 * term by term. buildIndex works them out from a corpus; assembleIndex adds
 * the term weights, which are derived from these and nothing else.
 */
export interface IndexParts {
  readonly corpus: Corpus;
  readonly matcher: EntityMatcher;
  readonly claims: readonly IndexedClaim[];
  /** term → the positions of the claims that carry it, in corpus order. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Every normalised word of the corpus with its term, for typo correction. */
  readonly vocabulary: ReadonlyMap<string, string>;
  /** How many claims carry a term. */
  documentFrequency(term: string): number;
  /**
   * What scoring reads term by term, so that it need not open each candidate
   * claim's own term map (see findCandidates).
   */
  termPostings(term: string): TermPostings | undefined;
  /** The terms of a claim's statement, in their order. */
  statementTerms(position: number): Iterable<string>;
  /**
   * How each side of a recorded conflict reads (its `says`, analysed), in the
   * conflict's order of sides: a verdict asks whether a sentence takes one.
   */
  sidesOf(conflict: Conflict): TextAnalysis[];
}

export interface SearchIndex extends IndexParts {
  idf(term: string): number;
  /** The weight of a claim's statement: the idf of its statement terms, summed in their order. */
  statementWeight(position: number): number;
}

const WEIGHTS = { statement: 1, keywords: 0.8, entities: 0.7, quotes: 0.5 } as const;

function addTerms(target: Map<string, number>, terms: Iterable<string>, weight: number): void {
  for (const term of terms) target.set(term, Math.max(target.get(term) ?? 0, weight));
}

/**
 * Curated facts are authoritative: a date the curator wrote only into the
 * statement (an office holder "in office in 2015" is not an event of 2015)
 * stays out, and so does a denial in a side clause ("states which have never
 * served"). Only rank words, which a curator can overlook, are read from the
 * statement.
 */
function completeFacts(facts: Facts, statement: TextAnalysis, quoteDates: FactDate[]): Facts {
  const completed: Facts = { ...facts };
  // Where the curator recorded no date, the dates the quotes themselves state
  // (not the statement's paraphrase) are what the sources say.
  if (!facts.dates?.length && quoteDates.length > 0) completed.dates = quoteDates;
  if (!facts.rank && statement.ranks[0] && statement.ranks[0].kind !== "ordinal") completed.rank = statement.ranks[0];
  return completed;
}

/**
 * A curator's frame (the claim's `frame`) stands in for pakaz's reading of
 * the statement's event of that kind, roles included; the others stay.
 */
function withFrame(statement: TextAnalysis, claim: Claim): TextAnalysis {
  const frame = claim.frame;
  if (frame === undefined) return statement;
  const read = statement.events ?? [];
  const words = read.find((e) => e.type === frame.event)?.words ?? frame.event;
  const curated = { type: frame.event, words, ...(frame.agent !== undefined ? { agent: frame.agent } : {}), ...(frame.recipient !== undefined ? { recipient: frame.recipient } : {}) };
  return { ...statement, events: [curated, ...read.filter((e) => e.type !== frame.event)] };
}

function issuedAsFactDate(issued: string): FactDate {
  const [from, to] = issued.split("/");
  return { value: from ?? issued, ...(to ? { to } : {}), role: "as of" };
}

export function buildIndex(corpus: Corpus): SearchIndex {
  const matcher = createEntityMatcher(corpus.entities);
  const issued = new Map(corpus.sources.map((s) => [s.id, issuedAsFactDate(s.issued)]));
  const vocabulary = new Map<string, string>();
  const termsOfWords = ({ words, mentions }: TextWords): string[] => {
    const terms = termsOf(words, mentions);
    for (const word of words) {
      if (!vocabulary.has(word.word) && /^\p{L}{4,}$/u.test(word.word)) {
        const [term] = termsOf([word], []);
        if (term !== undefined) vocabulary.set(word.word, term);
      }
    }
    return terms;
  };
  // Each text is normalised, split and matched once, however many readings it serves.
  const claims = corpus.claims.map((claim): IndexedClaim => {
    const statementWords = readWords(claim.statement, matcher);
    // The words behind each term are for explaining a sentence's check, not for claims.
    const { termWords: _unused, ...read } = analyzeWords(statementWords, matcher);
    const statement = withFrame(read, claim);
    const terms = new Map<string, number>();
    addTerms(terms, termsOfWords(statementWords), WEIGHTS.statement);
    addTerms(terms, termsOfWords(readWords([...(claim.keywords ?? []), ...claim.tags].join(" . "), matcher)), WEIGHTS.keywords);
    addTerms(terms, (claim.facts.entities ?? []).map((e) => `@${e}`), WEIGHTS.entities);
    // A curator's frame names the event in the lexicon's terms, whatever words the statement uses.
    if (claim.frame !== undefined) addTerms(terms, [`~${claim.frame.event}`], WEIGHTS.keywords);
    const quoteDates: FactDate[] = [];
    const quoteTerms: string[][] = [];
    for (const citation of claim.citations) {
      const quoteWords = readWords(citation.quote, matcher);
      const termsOfQuote = termsOfWords(quoteWords);
      addTerms(terms, termsOfQuote, WEIGHTS.quotes);
      quoteTerms.push([...new Set(termsOfQuote)]);
      quoteDates.push(...datesOf(quoteWords));
    }
    const sourceDates = [...new Set(claim.citations.map((c) => c.source))].flatMap((id) => issued.get(id) ?? []);
    return { claim, facts: completeFacts(claim.facts, statement, quoteDates), statement, terms, statementTerms: new Set(statement.terms), sourceDates, quoteTerms };
  });
  const postings = postingsOf(claims);
  return assembleIndex({
    corpus,
    matcher,
    claims,
    postings,
    vocabulary,
    documentFrequency: (term) => postings.get(term)?.length ?? 0,
    ...scoringOf(claims, postings),
    sidesOf: readOnce((conflict) => conflict.sides.map((side) => analyzeText(side.says, matcher))),
  });
}

/** term → the positions of the claims that carry it, in corpus order. */
function postingsOf(claims: readonly IndexedClaim[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  claims.forEach((entry, position) => {
    for (const term of entry.terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(position);
      else postings.set(term, [position]);
    }
  });
  return postings;
}

/** The index over its parts: each term weighs by how few claims carry it. */
export function assembleIndex(parts: IndexParts): SearchIndex {
  const total = Math.max(1, parts.claims.length);
  // A term the corpus has never seen is the strongest sign that a sentence is
  // about something else, so it weighs as much as the rarest known term.
  const unseen = Math.log(1 + total / 0.5);
  const weights = new Map<string, number>();
  // Scoring asks for the same few terms' weights once per candidate claim.
  const idf = (term: string): number => {
    let weight = weights.get(term);
    if (weight === undefined) {
      const df = parts.documentFrequency(term);
      weight = df === 0 ? unseen : Math.log(1 + total / df);
      weights.set(term, weight);
    }
    return weight;
  };
  const statementWeights = new Float64Array(parts.claims.length).fill(Number.NaN);
  return {
    corpus: parts.corpus,
    matcher: parts.matcher,
    claims: parts.claims,
    postings: parts.postings,
    vocabulary: parts.vocabulary,
    documentFrequency: (term) => parts.documentFrequency(term),
    termPostings: (term) => parts.termPostings(term),
    statementTerms: (position) => parts.statementTerms(position),
    sidesOf: (conflict) => parts.sidesOf(conflict),
    idf,
    statementWeight: (position) => {
      let weight = statementWeights[position] ?? 0;
      if (Number.isNaN(weight)) {
        weight = 0;
        for (const term of parts.statementTerms(position)) weight += idf(term);
        statementWeights[position] = weight;
      }
      return weight;
    },
  };
}

/** sidesOf from `read`: each conflict's sides read when first asked for, then kept. */
export function readOnce(read: (conflict: Conflict) => TextAnalysis[]): (conflict: Conflict) => TextAnalysis[] {
  const readings = new WeakMap<Conflict, TextAnalysis[]>();
  return (conflict) => {
    let sides = readings.get(conflict);
    if (sides === undefined) {
      sides = read(conflict);
      readings.set(conflict, sides);
    }
    return sides;
  };
}

/** Term postings with their weights, read from the claims of a built index, one term at a time as asked. */
function scoringOf(claims: readonly IndexedClaim[], postings: ReadonlyMap<string, readonly number[]>): Pick<IndexParts, "termPostings" | "statementTerms"> {
  const memo = new Map<string, TermPostings>();
  return {
    termPostings: (term) => {
      let found = memo.get(term);
      if (found === undefined) {
        const positions = postings.get(term);
        if (positions === undefined) return undefined;
        found = {
          positions,
          weights: positions.map((p) => claims[p]?.terms.get(term) ?? 0),
          inStatement: positions.map((p) => (claims[p]?.statementTerms.has(term) ? 1 : 0)),
        };
        memo.set(term, found);
      }
      return found;
    },
    statementTerms: (position) => claims[position]?.statementTerms ?? [],
  };
}
