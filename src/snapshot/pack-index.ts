// A SearchIndex packed into a snapshot, and restored from it. Building an
// index reads every claim and quote with the date parser, which is slow for
// a large corpus; restoring one reads back what was computed.
//
// Restoring is lazy, so that a check costs what it looks at rather than the
// size of the corpus. The terms of every claim and the postings sit in typed
// arrays, read through Map and Set views (ViewMap, ViewSet) when a claim
// becomes a candidate; the rest of an entry (its facts and the analysis of
// its statement) stays JSON text until the verdict compares that claim.
// Term weights come from assembleIndex, as they do for a built index.

import type { TextAnalysis } from "../core/facts/analyze-text.js";
import { assembleIndex, readOnce, type IndexedClaim, type SearchIndex, type TermPostings } from "../core/search/build-index.js";
import { createEntityMatcher, entityNameTables, type EntityNameTables } from "../core/text/entity-matcher.js";
import type { Claim, Conflict, Corpus } from "../core/types.js";
import { ViewMap, ViewSet } from "./lazy-views.js";
import { ImageReader, ImageWriter, type CheckedSection, type RecordsRef, type SectionRef } from "./packed-image.js";
import type { IsPlainData } from "./plain-data.js";


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
  /** The entity matcher's name tables, so that a run need not normalise every name again. */
  entityNames: EntityNameTables;
  /** One record per conflict, in the corpus's order: sidesOf(conflict). */
  conflictSides: RecordsRef;
}

/**
 * Numbers values in the order first seen, appending each new one to
 * `values`: the same value always gets the same number, at most `limit`.
 */
function interner<T>(values: T[], limit = Number.MAX_SAFE_INTEGER, what = "values"): (value: T) => number {
  const ids = new Map<T, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = values.push(value) - 1;
      if (id > limit) throw new Error(`too many distinct ${what} to pack`);
      ids.set(value, id);
    }
    return id;
  };
}

export function packIndex(index: SearchIndex, writer: ImageWriter): IndexHead {
  const terms: string[] = [];
  const idOf = interner(terms);
  for (const term of index.postings.keys()) idOf(term);
  const postingTerms = terms.length;

  let positionCount = 0;
  for (const list of index.postings.values()) positionCount += list.length;
  const claims = index.claims;
  const weights: number[] = [];
  // Weights are stored as 16-bit codes.
  const codeOf = interner(weights, 0xffff, "term weights");
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
    claims.map((entry): EntryRecord => ({ facts: entry.facts, statement: entry.statement, sourceDates: entry.sourceDates, quoteTerms: entry.quoteTerms })),
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
    entityNames: entityNameTables(index.corpus.entities),
    conflictSides: writer.addRecords(index.corpus.conflicts.map((conflict) => index.sidesOf(conflict))),
  };
}

/**
 * The packed arrays every restored entry reads from. Only the small arrays of
 * where each claim's terms start are read at once; a claim's terms are read
 * when it becomes one of the few candidates a verdict compares, and the
 * statement terms all together the first time a score needs them.
 */
class PackedEntries {
  readonly terms: string[];
  readonly weights: number[];
  readonly termStarts: Uint32Array;
  readonly statementStarts: Uint32Array;
  readonly #reader: ImageReader;
  readonly #termIds: CheckedSection<"i32" | "u16">;
  readonly #termWeights: CheckedSection<"u16">;
  readonly #statementIds: CheckedSection<"i32" | "u16">;
  #allStatementIds: Int32Array | Uint16Array | undefined;
  #termIndex: Map<string, number> | undefined;
  readonly #records: { count: number; record(index: number): unknown };

  constructor(head: IndexHead, reader: ImageReader) {
    this.#reader = reader;
    this.terms = head.terms;
    this.weights = head.weights;
    this.termStarts = reader.section(head.termStarts, "u32");
    this.statementStarts = reader.section(head.statementStarts, "u32");
    this.#termIds = reader.check(head.termIds, "i32", "u16");
    this.#termWeights = reader.check(head.termWeights, "u16");
    this.#statementIds = reader.check(head.statementIds, "i32", "u16");
    this.#records = reader.records(head.records);
    const n = head.claims;
    if (this.termStarts.length !== n + 1 || this.statementStarts.length !== n + 1 || this.#records.count !== n) {
      throw new Error("the saved index's sections do not agree on the number of claims");
    }
    if (this.termStarts[n] !== this.#termIds.length || this.#termIds.length !== this.#termWeights.length || this.statementStarts[n] !== this.#statementIds.length) {
      throw new Error("the saved index's term sections do not agree");
    }
  }

  /** term → id, for every term: the postings' terms and the claims' terms look theirs up here. */
  get termIndex(): Map<string, number> {
    if (this.#termIndex === undefined) {
      this.#termIndex = new Map();
      for (let id = 0; id < this.terms.length; id++) this.#termIndex.set(this.terms[id] ?? "", id);
    }
    return this.#termIndex;
  }

  /** One claim's term ids and weight codes. */
  termsOf(position: number): { ids: Int32Array | Uint16Array; weights: Uint16Array } {
    const from = this.termStarts[position] ?? 0;
    const to = this.termStarts[position + 1] ?? from;
    return { ids: this.#reader.slice(this.#termIds, from, to), weights: this.#reader.slice(this.#termWeights, from, to) };
  }

  /** One claim statement's term ids. */
  statementOf(position: number): Int32Array | Uint16Array {
    this.#allStatementIds ??= this.#reader.slice(this.#statementIds, 0, this.#statementIds.length);
    return this.#allStatementIds.subarray(this.statementStarts[position] ?? 0, this.statementStarts[position + 1] ?? 0);
  }

  record(position: number): EntryRecord {
    return this.#records.record(position) as EntryRecord;
  }
}

/** One claim's term → weight, read from the packed arrays (the Map a verdict reads). */
class PackedTerms extends ViewMap<string, number> {
  readonly #packed: PackedEntries;
  readonly #ids: Int32Array | Uint16Array;
  readonly #weights: Uint16Array;

  constructor(packed: PackedEntries, position: number) {
    super();
    this.#packed = packed;
    ({ ids: this.#ids, weights: this.#weights } = packed.termsOf(position));
  }

  get size(): number {
    return this.#ids.length;
  }

  #find(term: string): number {
    const id = this.#packed.termIndex.get(term);
    return id === undefined ? -1 : this.#ids.indexOf(id);
  }

  get(term: string): number | undefined {
    const k = this.#find(term);
    return k < 0 ? undefined : this.#packed.weights[this.#weights[k] ?? 0];
  }

  has(term: string): boolean {
    return this.#find(term) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    const { terms, weights } = this.#packed;
    for (let k = 0; k < this.#ids.length; k++) yield [terms[this.#ids[k] ?? 0] ?? "", weights[this.#weights[k] ?? 0] ?? 0];
  }
}

/** One claim statement's terms, read from the packed arrays. */
class PackedStatementTerms extends ViewSet<string> {
  readonly #packed: PackedEntries;
  readonly #ids: Int32Array | Uint16Array;

  constructor(packed: PackedEntries, position: number) {
    super();
    this.#packed = packed;
    this.#ids = packed.statementOf(position);
  }

  get size(): number {
    return this.#ids.length;
  }

  has(term: string): boolean {
    const id = this.#packed.termIndex.get(term);
    return id !== undefined && this.#ids.indexOf(id) >= 0;
  }

  *values(): SetIterator<string> {
    for (const id of this.#ids) yield this.#packed.terms[id] ?? "";
  }
}

/**
 * An IndexedClaim read from a snapshot: its terms when a search first asks,
 * the rest when a verdict first looks. IndexedClaim's fields are read-only,
 * so accessors can stand for them.
 */
class RestoredEntry implements IndexedClaim {
  readonly claim: Claim;
  readonly #position: number;
  readonly #packed: PackedEntries;
  #terms: ReadonlyMap<string, number> | undefined;
  #statementTerms: ReadonlySet<string> | undefined;
  #record: EntryRecord | undefined;

  constructor(claim: Claim, position: number, packed: PackedEntries) {
    this.claim = claim;
    this.#position = position;
    this.#packed = packed;
  }

  get terms(): ReadonlyMap<string, number> {
    return (this.#terms ??= new PackedTerms(this.#packed, this.#position));
  }

  get statementTerms(): ReadonlySet<string> {
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

  get quoteTerms(): EntryRecord["quoteTerms"] {
    return this.#decoded().quoteTerms;
  }

  #decoded(): EntryRecord {
    return (this.#record ??= this.#packed.record(this.#position));
  }
}

/** term → positions, each list read from the packed arrays the first time it is asked for. */
class PackedPostings extends ViewMap<string, readonly number[]> {
  readonly #terms: string[];
  readonly #packed: PackedEntries;
  /** Terms with postings: ids 0 to count - 1 (see IndexHead.terms). */
  readonly #count: number;
  readonly #reader: ImageReader;
  readonly #starts: Uint32Array;
  readonly #positions: CheckedSection<"i32">;
  readonly #weightCodes: CheckedSection<"u16">;
  readonly #inStatement: CheckedSection<"u8">;
  readonly #weights: number[];
  readonly #lists: Array<number[] | undefined>;
  /** Each term's weighted postings once read: a draft's sentences share many terms. */
  readonly #scored = new Map<number, TermPostings>();

  constructor(head: IndexHead, reader: ImageReader, packed: PackedEntries) {
    super();
    this.#reader = reader;
    this.#terms = head.terms;
    this.#packed = packed;
    this.#starts = reader.section(head.postingStarts, "u32");
    this.#positions = reader.check(head.postingPositions, "i32");
    this.#weightCodes = reader.check(head.postingWeights, "u16");
    this.#inStatement = reader.check(head.postingInStatement, "u8");
    this.#weights = head.weights;
    const count = head.postingTerms;
    const total = this.#positions.length;
    if (this.#starts.length !== count + 1 || this.#starts[count] !== total || this.#weightCodes.length !== total || this.#inStatement.length !== total) {
      throw new Error("the saved postings do not agree");
    }
    this.#count = count;
    this.#lists = new Array<number[] | undefined>(count);
  }

  get size(): number {
    return this.#count;
  }

  #id(term: string): number | undefined {
    const id = this.#packed.termIndex.get(term);
    return id !== undefined && id < this.#count ? id : undefined;
  }

  #range(id: number): [number, number] {
    const from = this.#starts[id] ?? 0;
    return [from, this.#starts[id + 1] ?? from];
  }

  #list(id: number): number[] {
    return (this.#lists[id] ??= Array.from(this.#reader.slice(this.#positions, ...this.#range(id))));
  }

  get(term: string): number[] | undefined {
    const id = this.#id(term);
    return id === undefined ? undefined : this.#list(id);
  }

  has(term: string): boolean {
    return this.#id(term) !== undefined;
  }

  /** A term's postings with their weights, read from the file for this term only, once. */
  termPostings(term: string): TermPostings | undefined {
    const id = this.#id(term);
    if (id === undefined) return undefined;
    let found = this.#scored.get(id);
    if (found === undefined) {
      const [from, to] = this.#range(id);
      const codes = this.#reader.slice(this.#weightCodes, from, to);
      found = {
        positions: this.#reader.slice(this.#positions, from, to),
        weights: Float64Array.from(codes, (code) => this.#weights[code] ?? 0),
        inStatement: this.#reader.slice(this.#inStatement, from, to),
      };
      this.#scored.set(id, found);
    }
    return found;
  }

  /** The length of a term's list, without reading it. */
  count(term: string): number {
    const id = this.#id(term);
    if (id === undefined) return 0;
    const [from, to] = this.#range(id);
    return to - from;
  }

  *entries(): MapIterator<[string, readonly number[]]> {
    for (let id = 0; id < this.#count; id++) yield [this.#terms[id] ?? "", this.#list(id)];
  }
}

/** The readings of conflicts' sides that packIndex saved, each parsed when first asked for. */
function savedSides(corpus: Corpus, records: { count: number; record(index: number): unknown }): (conflict: Conflict) => TextAnalysis[] {
  if (records.count !== corpus.conflicts.length) throw new Error(`the saved index reads ${records.count} conflicts, the corpus has ${corpus.conflicts.length}`);
  const positions = new Map(corpus.conflicts.map((conflict, position) => [conflict, position]));
  return readOnce((conflict) => {
    const position = positions.get(conflict);
    if (position === undefined) throw new Error(`conflict ${conflict.id} is not in the indexed corpus`);
    return records.record(position) as TextAnalysis[];
  });
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
  if (!Array.isArray(head.terms) || !Array.isArray(head.weights) || !Array.isArray(head.vocabulary?.words) || !Array.isArray(head.vocabulary?.terms) || !Array.isArray(head.entityNames?.phrases) || !Array.isArray(head.entityNames?.longest)) {
    throw new Error("the saved index is incomplete");
  }
  const packed = new PackedEntries(head, reader);
  const claims = corpus.claims.map((claim, position): IndexedClaim => new RestoredEntry(claim, position, packed));
  const { words, terms } = head.vocabulary;
  const vocabulary = new Map<string, string>();
  for (let i = 0; i < words.length; i++) vocabulary.set(words[i] ?? "", terms[i] ?? "");
  const postings = new PackedPostings(head, reader, packed);
  const matcher = createEntityMatcher(corpus.entities, head.entityNames);
  return assembleIndex({
    corpus,
    matcher,
    claims,
    postings,
    vocabulary,
    documentFrequency: (term) => postings.count(term),
    termPostings: (term) => postings.termPostings(term),
    statementTerms: (position) => Array.from(packed.statementOf(position), (id) => packed.terms[id] ?? ""),
    sidesOf: savedSides(corpus, reader.records(head.conflictSides)),
  });
}
