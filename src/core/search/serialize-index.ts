// A SearchIndex as plain data and back, for the compiled corpus cache:
// building an index reads every claim and quote with the date parser, which
// is slow for a large corpus; restoring one only copies what was computed.
// Postings and inverse document frequencies are not stored: assembleIndex
// derives them from the claims' terms exactly as buildIndex does.

import { createEntityMatcher } from "../text/entity-matcher.js";
import type { Corpus } from "../types.js";
import { assembleIndex, type IndexedClaim, type SearchIndex } from "./build-index.js";

/** Maps and Sets as the arrays JSON can hold; everything else as it is. */
type PlainOf<T> = T extends ReadonlyMap<infer K, infer V> ? Array<[K, V]> : T extends ReadonlySet<infer U> ? U[] : T;

/**
 * An IndexedClaim without its claim (the corpus holds that, at the same
 * position). Derived from IndexedClaim, so a field added there (even an
 * optional one) is a compile error in serializeIndex until it is saved too.
 */
export type SerializedClaimEntry = { [K in Exclude<keyof IndexedClaim, "claim">]-?: PlainOf<IndexedClaim[K]> };

export interface SerializedIndex {
  claims: SerializedClaimEntry[];
  vocabulary: Array<[string, string]>;
}

/** true when T survives JSON.stringify/parse unchanged: no Map, Set, function or class instance inside. */
export type IsPlainData<T> = T extends string | number | boolean | null | undefined
  ? true
  : T extends (...args: never[]) => unknown
    ? false
    : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | Date | RegExp
      ? false
      : T extends ReadonlyArray<infer U>
        ? AllTrue<IsPlainData<U>>
        : T extends object
          ? AllTrue<{ [K in keyof T]-?: IsPlainData<T[K]> }[keyof T]>
          : false;
type AllTrue<T> = [T] extends [true] ? true : false;

// Fails to compile when a field of IndexedClaim (or anything inside it, such
// as TextAnalysis) becomes something JSON would silently lose.
const serializedIndexIsPlainData: IsPlainData<SerializedIndex> = true;
void serializedIndexIsPlainData;

export function serializeIndex(index: SearchIndex): SerializedIndex {
  return {
    claims: index.claims.map(
      (entry): SerializedClaimEntry => ({
        facts: entry.facts,
        statement: entry.statement,
        terms: [...entry.terms],
        statementTerms: [...entry.statementTerms],
        sourceDates: entry.sourceDates,
      }),
    ),
    vocabulary: [...index.vocabulary],
  };
}

/**
 * The index serializeIndex saved, over the corpus it was built from (the
 * caller makes sure it is the same corpus: the cache key covers both).
 * Throws when the data does not fit the corpus, which the cache treats as an
 * unreadable file.
 */
export function restoreIndex(corpus: Corpus, data: SerializedIndex): SearchIndex {
  if (!Array.isArray(data.claims) || data.claims.length !== corpus.claims.length || !Array.isArray(data.vocabulary)) {
    throw new Error(`the saved index has ${Array.isArray(data.claims) ? data.claims.length : "no"} claims, the corpus ${corpus.claims.length}`);
  }
  const claims = corpus.claims.map((claim, position): IndexedClaim => {
    const entry = data.claims[position];
    if (entry === undefined || !Array.isArray(entry.terms) || !Array.isArray(entry.statementTerms)) {
      throw new Error(`the saved index has no usable entry for claim ${claim.id}`);
    }
    return {
      claim,
      facts: entry.facts,
      statement: entry.statement,
      terms: new Map(entry.terms),
      statementTerms: new Set(entry.statementTerms),
      sourceDates: entry.sourceDates,
    };
  });
  return assembleIndex(corpus, createEntityMatcher(corpus.entities), claims, new Map(data.vocabulary));
}
