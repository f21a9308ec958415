// A SearchIndex packed for the compiled corpus cache, and restored from it.
// Building an index reads every claim and quote with the date parser, which
// is slow for a large corpus; restoring one reads back what was computed.
//
// Restoring is lazy, so that a check costs what it looks at rather than the
// size of the corpus. The terms of every claim and the postings sit in typed
// arrays, read through Map and Set views (ViewMap, ViewSet) when a claim
// becomes a candidate; the rest of an entry (its facts and the analysis of
// its statement) stays JSON text until the verdict compares that claim.
// Term weights come from assembleIndex, as they do for a built index.

import { createEntityMatcher } from "../text/entity-matcher.js";
import type { Claim, Corpus } from "../types.js";
import { assembleIndex, type IndexedClaim, type SearchIndex, type TermPostings } from "./build-index.js";
import { LazyMap, ViewMap, ViewSet, type MapSource } from "./lazy-collections.js";
import { ImageReader, ImageWriter, type RecordsRef, type SectionRef } from "./packed-image.js";

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

/**
 * What an IndexedClaim keeps as JSON: every field but the claim (the corpus
 * holds it, at the same position) and the term collections (packed). Derived
 * from IndexedClaim, so a field added there, even an optional one, is a
 * compile error in packIndex until it is saved, and in RestoredEntry until it
 * is restored.
 */
export type EntryRecord = { [K in Exclude<keyof IndexedClaim, "claim" | "terms" | "statementTerms">]-?: IndexedClaim[K] };

// Fails to compile when a field of an entry (or anything inside it, such as
// TextAnalysis) becomes something JSON would silently lose.
const entryRecordIsPlainData: IsPlainData<EntryRecord> = true;
void entryRecordIsPlainData;

/** The JSON head of a packed index; the sections it names are in the image's data. */
export interface IndexHead {
  claims: number;
  /** Every term: the postings' terms first, in the postings' order, then terms that only statements use. */
  terms: string[];
  postingTerms: number;
  /** u32, postingTerms + 1: where each term's positions start in postingPositions. */
  postingStarts: SectionRef;
  postingPositions: SectionRef;
  /** u16, parallel to postingPositions: indexes into weights, the term's weight in that claim. */
  postingWeights: SectionRef;
  /** u8, parallel to postingPositions: 1 where the term is in that claim's statement. */
  postingInStatement: SectionRef;
  /** u32, claims + 1: where each claim's terms start in termIds and termWeights. */
  termStarts: SectionRef;
  /** i32, or u16 when there are at most 65,536 terms. */
  termIds: SectionRef;
  /** u16 indexes into weights. */
  termWeights: SectionRef;
  weights: number[];
  statementStarts: SectionRef;
  statementIds: SectionRef;
  records: RecordsRef;
  vocabulary: { words: string[]; terms: string[] };
}

export function packIndex(index: SearchIndex, writer: ImageWriter): IndexHead {
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIndex.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      termIndex.set(term, id);
    }
    return id;
  };
  for (const term of index.postings.keys()) idOf(term);
  const postingTerms = terms.length;

  let positionCount = 0;
  for (const list of index.postings.values()) positionCount += list.length;
  const claims = index.claims;
  const weights: number[] = [];
  const weightCodes = new Map<number, number>();
  const codeOf = (weight: number): number => {
    let code = weightCodes.get(weight);
    if (code === undefined) {
      code = weights.push(weight) - 1;
      if (code > 0xffff) throw new Error("too many distinct term weights to pack");
      weightCodes.set(weight, code);
    }
    return code;
  };
  const postingStarts = new Uint32Array(postingTerms + 1);
  const postingPositions = new Int32Array(positionCount);
  const postingWeights = new Uint16Array(positionCount);
  const postingInStatement = new Uint8Array(positionCount);
  let at = 0;
  let term = 0;
  for (const [name, list] of index.postings) {
    postingStarts[term++] = at;
    postingPositions.set(list, at);
    for (const position of list) {
      const entry = claims[position];
      postingWeights[at] = codeOf(entry?.terms.get(name) ?? 0);
      postingInStatement[at++] = entry?.statementTerms.has(name) ? 1 : 0;
    }
  }
  postingStarts[term] = at;

  let termCount = 0;
  let statementCount = 0;
  for (const entry of claims) {
    termCount += entry.terms.size;
    statementCount += entry.statementTerms.size;
  }
  // Statement terms are all terms of their claims, so the table is complete
  // before the claims are packed, and its size picks the narrowest ids.
  for (const entry of claims) for (const term of entry.statementTerms) idOf(term);
  const wide = terms.length > 0xffff;
  const termStarts = new Uint32Array(claims.length + 1);
  const termIds = wide ? new Int32Array(termCount) : new Uint16Array(termCount);
  const termWeights = new Uint16Array(termCount);
  const statementStarts = new Uint32Array(claims.length + 1);
  const statementIds = wide ? new Int32Array(statementCount) : new Uint16Array(statementCount);
  let t = 0;
  let s = 0;
  claims.forEach((entry, position) => {
    termStarts[position] = t;
    for (const [term, weight] of entry.terms) {
      termIds[t] = idOf(term);
      termWeights[t++] = codeOf(weight);
    }
    statementStarts[position] = s;
    for (const term of entry.statementTerms) statementIds[s++] = idOf(term);
  });
  termStarts[claims.length] = t;
  statementStarts[claims.length] = s;

  const records = writer.addRecords(
    claims.map((entry): EntryRecord => ({ facts: entry.facts, statement: entry.statement, sourceDates: entry.sourceDates })),
  );
  return {
    claims: claims.length,
    terms,
    postingTerms,
    postingStarts: writer.add("u32", postingStarts),
    postingPositions: writer.add("i32", postingPositions),
    postingWeights: writer.add("u16", postingWeights),
    postingInStatement: writer.add("u8", postingInStatement),
    termStarts: writer.add("u32", termStarts),
    termIds: termIds instanceof Int32Array ? writer.add("i32", termIds) : writer.add("u16", termIds),
    termWeights: writer.add("u16", termWeights),
    weights,
    statementStarts: writer.add("u32", statementStarts),
    statementIds: statementIds instanceof Int32Array ? writer.add("i32", statementIds) : writer.add("u16", statementIds),
    records,
    vocabulary: { words: [...index.vocabulary.keys()], terms: [...index.vocabulary.values()] },
  };
}

/** The packed arrays every restored entry reads from. */
class PackedEntries {
  readonly termIndex: Map<string, number>;
  readonly terms: string[];
  readonly weights: number[];
  readonly termStarts: Uint32Array;
  readonly termIds: Int32Array | Uint16Array;
  readonly termWeights: Uint16Array;
  readonly statementStarts: Uint32Array;
  readonly statementIds: Int32Array | Uint16Array;
  readonly #records: { count: number; record(index: number): unknown };

  constructor(head: IndexHead, reader: ImageReader) {
    this.terms = head.terms;
    this.termIndex = new Map(head.terms.map((term, id) => [term, id]));
    this.weights = head.weights;
    this.termStarts = reader.section(head.termStarts, "u32");
    this.termIds = reader.section(head.termIds, "i32", "u16");
    this.termWeights = reader.section(head.termWeights, "u16");
    this.statementStarts = reader.section(head.statementStarts, "u32");
    this.statementIds = reader.section(head.statementIds, "i32", "u16");
    this.#records = reader.records(head.records);
    const n = head.claims;
    if (this.termStarts.length !== n + 1 || this.statementStarts.length !== n + 1 || this.#records.count !== n) {
      throw new Error("the saved index's sections do not agree on the number of claims");
    }
    if (this.termStarts[n] !== this.termIds.length || this.termIds.length !== this.termWeights.length || this.statementStarts[n] !== this.statementIds.length) {
      throw new Error("the saved index's term sections do not agree");
    }
  }

  record(position: number): EntryRecord {
    return this.#records.record(position) as EntryRecord;
  }
}

/** One claim's term → weight, read from the packed arrays (the Map a candidate search reads). */
class PackedTerms extends ViewMap<string, number> {
  readonly #packed: PackedEntries;
  readonly #start: number;
  readonly #end: number;

  constructor(packed: PackedEntries, position: number) {
    super();
    this.#packed = packed;
    this.#start = packed.termStarts[position] ?? 0;
    this.#end = packed.termStarts[position + 1] ?? this.#start;
  }

  protected viewSize(): number {
    return this.#end - this.#start;
  }

  #find(term: string): number {
    const id = this.#packed.termIndex.get(term);
    if (id === undefined) return -1;
    const ids = this.#packed.termIds;
    for (let k = this.#start; k < this.#end; k++) if (ids[k] === id) return k;
    return -1;
  }

  protected viewGet(term: string): number | undefined {
    const k = this.#find(term);
    return k < 0 ? undefined : this.#packed.weights[this.#packed.termWeights[k] ?? 0];
  }

  protected viewHas(term: string): boolean {
    return this.#find(term) >= 0;
  }

  protected *viewEntries(): MapIterator<[string, number]> {
    const { terms, termIds, termWeights, weights } = this.#packed;
    for (let k = this.#start; k < this.#end; k++) yield [terms[termIds[k] ?? 0] ?? "", weights[termWeights[k] ?? 0] ?? 0];
  }
}

/** One claim statement's terms, read from the packed arrays. */
class PackedStatementTerms extends ViewSet<string> {
  readonly #packed: PackedEntries;
  readonly #start: number;
  readonly #end: number;

  constructor(packed: PackedEntries, position: number) {
    super();
    this.#packed = packed;
    this.#start = packed.statementStarts[position] ?? 0;
    this.#end = packed.statementStarts[position + 1] ?? this.#start;
  }

  protected viewSize(): number {
    return this.#end - this.#start;
  }

  protected viewHas(term: string): boolean {
    const id = this.#packed.termIndex.get(term);
    if (id === undefined) return false;
    const ids = this.#packed.statementIds;
    for (let k = this.#start; k < this.#end; k++) if (ids[k] === id) return true;
    return false;
  }

  protected *viewValues(): SetIterator<string> {
    const { terms, statementIds } = this.#packed;
    for (let k = this.#start; k < this.#end; k++) yield terms[statementIds[k] ?? 0] ?? "";
  }
}

/**
 * An IndexedClaim read from the cache: its terms when a search first asks,
 * the rest when a verdict first looks. Accessors, not fields, so spreading
 * one ({ ...entry }) would lose them: the engine reads entries, never copies them.
 */
class RestoredEntry implements IndexedClaim {
  readonly claim: Claim;
  readonly #position: number;
  readonly #packed: PackedEntries;
  #terms: Map<string, number> | undefined;
  #statementTerms: Set<string> | undefined;
  #record: EntryRecord | undefined;

  constructor(claim: Claim, position: number, packed: PackedEntries) {
    this.claim = claim;
    this.#position = position;
    this.#packed = packed;
  }

  get terms(): Map<string, number> {
    return (this.#terms ??= new PackedTerms(this.#packed, this.#position));
  }

  get statementTerms(): Set<string> {
    return (this.#statementTerms ??= new PackedStatementTerms(this.#packed, this.#position));
  }

  get facts(): EntryRecord["facts"] {
    return this.#decoded().facts;
  }

  get statement(): EntryRecord["statement"] {
    return this.#decoded().statement;
  }

  get sourceDates(): EntryRecord["sourceDates"] {
    return this.#decoded().sourceDates;
  }

  #decoded(): EntryRecord {
    return (this.#record ??= this.#packed.record(this.#position));
  }
}

/** term → positions, each list copied out of the packed array the first time it is asked for. */
class PackedPostings implements MapSource<string, number[]> {
  readonly #terms: string[];
  readonly #ids = new Map<string, number>();
  readonly #starts: Uint32Array;
  readonly #positions: Int32Array;
  readonly #weightCodes: Uint16Array;
  readonly #inStatement: Uint8Array;
  readonly #weights: number[];
  readonly #lists: Array<number[] | undefined>;

  constructor(head: IndexHead, reader: ImageReader) {
    this.#terms = head.terms;
    this.#starts = reader.section(head.postingStarts, "u32");
    this.#positions = reader.section(head.postingPositions, "i32");
    this.#weightCodes = reader.section(head.postingWeights, "u16");
    this.#inStatement = reader.section(head.postingInStatement, "u8");
    this.#weights = head.weights;
    const count = head.postingTerms;
    const total = this.#positions.length;
    if (this.#starts.length !== count + 1 || this.#starts[count] !== total || this.#weightCodes.length !== total || this.#inStatement.length !== total) {
      throw new Error("the saved postings do not agree");
    }
    for (let id = 0; id < count; id++) this.#ids.set(head.terms[id] ?? "", id);
    this.#lists = new Array<number[] | undefined>(count);
  }

  get size(): number {
    return this.#ids.size;
  }

  #list(id: number): number[] {
    return (this.#lists[id] ??= Array.from(this.#positions.subarray(this.#starts[id] ?? 0, this.#starts[id + 1] ?? 0)));
  }

  get(term: string): number[] | undefined {
    const id = this.#ids.get(term);
    return id === undefined ? undefined : this.#list(id);
  }

  has(term: string): boolean {
    return this.#ids.has(term);
  }

  /** A term's postings with their weights, as views of the packed arrays (only the weights are decoded). */
  termPostings(term: string): TermPostings | undefined {
    const id = this.#ids.get(term);
    if (id === undefined) return undefined;
    const from = this.#starts[id] ?? 0;
    const to = this.#starts[id + 1] ?? from;
    const codes = this.#weightCodes.subarray(from, to);
    return { positions: this.#positions.subarray(from, to), weights: Float64Array.from(codes, (code) => this.#weights[code] ?? 0), inStatement: this.#inStatement.subarray(from, to) };
  }

  /** The length of a term's list, without copying it out. */
  count(term: string): number {
    const id = this.#ids.get(term);
    return id === undefined ? 0 : (this.#starts[id + 1] ?? 0) - (this.#starts[id] ?? 0);
  }

  *entries(): MapIterator<[string, number[]]> {
    for (let id = 0; id < this.#ids.size; id++) yield [this.#terms[id] ?? "", this.#list(id)];
  }
}

/**
 * The index packIndex saved, over the corpus it was built from (the caller
 * makes sure it is the same corpus: the cache key covers both). Throws when
 * the saved data does not fit, which the cache treats as an unreadable file.
 */
export function unpackIndex(corpus: Corpus, head: IndexHead, reader: ImageReader): SearchIndex {
  if (head === null || typeof head !== "object" || head.claims !== corpus.claims.length) {
    throw new Error(`the saved index has ${String(head?.claims)} claims, the corpus ${corpus.claims.length}`);
  }
  if (!Array.isArray(head.terms) || !Array.isArray(head.weights) || !Array.isArray(head.vocabulary?.words) || !Array.isArray(head.vocabulary?.terms)) {
    throw new Error("the saved index is incomplete");
  }
  const packed = new PackedEntries(head, reader);
  const claims = corpus.claims.map((claim, position): IndexedClaim => new RestoredEntry(claim, position, packed));
  const { words, terms } = head.vocabulary;
  const vocabulary = new Map(words.map((word, i): [string, string] => [word, terms[i] ?? ""]));
  const postings = new PackedPostings(head, reader);
  const statementTerms = function* (position: number): Generator<string> {
    for (let k = packed.statementStarts[position] ?? 0, end = packed.statementStarts[position + 1] ?? 0; k < end; k++) yield packed.terms[packed.statementIds[k] ?? 0] ?? "";
  };
  return assembleIndex(corpus, createEntityMatcher(corpus.entities), claims, new LazyMap(postings), vocabulary, (term) => postings.count(term), {
    termPostings: (term) => postings.termPostings(term),
    statementTerms,
  });
}
