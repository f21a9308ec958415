// The validated corpus packed for the compiled cache, and restored from it.
// Restoring skips YAML parsing and schema validation (a corpus is validated
// once, when its cache is built), and is lazy: sources, entities and
// conflicts are read at once, but each claim stays JSON text until something
// other than its id is read from it, so a check of a corpus of 100,000 claims
// decodes the few dozen it compares. The claims that name each claim in their
// `related` lists are worked out when the cache is built, and read one claim
// at a time, rather than from every claim on every run.

import { lookupCorpus } from "../core/corpus/corpus-lookup.js";
import { LazyMap, type MapSource } from "../core/search/lazy-collections.js";
import { ImageReader, ImageWriter, type RecordsRef } from "../core/search/packed-image.js";
import type { IsPlainData } from "../core/search/serialize-index.js";
import type { Claim, Corpus, InboundReference, Location } from "../core/types.js";

/**
 * The JSON head of a packed corpus. Derived from Corpus, so a field added
 * there (even an optional one) is a compile error in packCorpus until it is
 * cached too.
 */
export type CorpusHead = { [K in Exclude<keyof Corpus, "claims" | "locations" | "referencedBy">]-?: Corpus[K] } & {
  /**
   * What lookups of every claim read, kept out of the records so that they do
   * not decode it: the ids, one per line (ids are kebab-case), which parse far
   * faster as one string than as an array.
   */
  claimIds: string;
  claims: RecordsRef;
  /** One record per claim, in the claims' order: the claims that name it in `related`, or null. */
  referencedBy: RecordsRef;
  /** One record: { files, entries: [id, index into files, line, column][] }. */
  locations: RecordsRef;
};

interface LocationsRecord {
  files: string[];
  entries: Array<[string, number, number, number]>;
}

const claimIsPlainData: IsPlainData<Claim> = true;
const headIsPlainData: IsPlainData<Omit<CorpusHead, "claims" | "locations" | "referencedBy">> = true;
void claimIsPlainData;
void headIsPlainData;

/**
 * How the cache names corpus files: relative to the corpus folder, so that a
 * cache made from one working directory serves another; messages name them
 * relative to the working directory (see displayPath).
 */
export interface StoredPaths {
  store(shown: string): string;
  show(stored: string): string;
}

const AS_SHOWN: StoredPaths = { store: (shown) => shown, show: (stored) => stored };

export function packCorpus(corpus: Corpus, writer: ImageWriter, paths: StoredPaths = AS_SHOWN): CorpusHead {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const entries: LocationsRecord["entries"] = [];
  for (const [id, at] of corpus.locations) {
    let index = fileIndex.get(at.file);
    if (index === undefined) {
      index = files.push(paths.store(at.file)) - 1;
      fileIndex.set(at.file, index);
    }
    entries.push([id, index, at.line, at.column]);
  }
  const { sources, entities, conflicts, claims } = corpus;
  const lookup = lookupCorpus(corpus);
  return {
    sources,
    entities,
    conflicts,
    claimIds: claims.map((c) => c.id).join("\n"),
    claims: writer.addRecords(claims),
    referencedBy: writer.addRecords(
      claims.map((c) => {
        const references = lookup.referencesTo(c.id);
        return references.length === 0 ? null : references;
      }),
    ),
    locations: writer.addRecords([{ files, entries } satisfies LocationsRecord]),
  };
}

/** What a claim's proxy holds until the claim is decoded: its id and where its JSON is. */
class ClaimStub {
  claim: Claim | undefined;

  constructor(
    readonly id: string,
    readonly position: number,
    readonly records: { record(index: number): unknown },
  ) {}
}

function decodedClaim(stub: ClaimStub): Claim {
  if (stub.claim === undefined) {
    const claim = stub.records.record(stub.position) as Claim;
    if (claim.id !== stub.id) throw new Error(`the saved claim ${stub.id} reads as ${String(claim.id)}`);
    stub.claim = claim;
  }
  return stub.claim;
}

/**
 * Every trap answers from the decoded claim (the stub only anchors the
 * proxy), except the id, which lookups of every claim read and the stub
 * already has. One handler for all claims.
 */
const CLAIM_HANDLER: ProxyHandler<ClaimStub> = {
  get: (stub, key) => (key === "id" ? stub.id : Reflect.get(decodedClaim(stub), key)),
  has: (stub, key) => (key === "id" ? true : Reflect.has(decodedClaim(stub), key)),
  set: (stub, key, value) => Reflect.set(decodedClaim(stub), key, value),
  deleteProperty: (stub, key) => Reflect.deleteProperty(decodedClaim(stub), key),
  defineProperty: (stub, key, descriptor) => Reflect.defineProperty(decodedClaim(stub), key, descriptor),
  ownKeys: (stub) => Reflect.ownKeys(decodedClaim(stub)),
  getOwnPropertyDescriptor: (stub, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(decodedClaim(stub), key);
    // A proxy may not call configurable what its target does not have.
    return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
  },
  getPrototypeOf: () => Object.prototype,
};

/**
 * A claim that decodes itself on first use. A Proxy rather than an object
 * with getters, so that whatever a command does with a claim (spread it,
 * print it as JSON, list its keys) sees exactly the decoded claim.
 */
function lazyClaim(stub: ClaimStub): Claim {
  // The cast is the point of the proxy: it stands for a Claim it has not decoded yet.
  return new Proxy(stub, CLAIM_HANDLER) as unknown as Claim;
}

function restoreLocations(read: () => LocationsRecord, paths: StoredPaths): Map<string, Location> {
  let map: Map<string, Location> | undefined;
  const all = (): Map<string, Location> => {
    if (map === undefined) {
      const { files, entries } = read();
      const shown = files.map((file) => paths.show(file));
      map = new Map(entries.map(([id, file, line, column]): [string, Location] => [id, { file: shown[file] ?? "?", line, column }]));
    }
    return map;
  };
  // Only `show` and error messages read locations: decode them when asked.
  const source: MapSource<string, Location> = {
    get size() {
      return all().size;
    },
    get: (id) => all().get(id),
    has: (id) => all().has(id),
    entries: () => all().entries(),
  };
  return new LazyMap(source);
}

/** Each claim's inbound references, read from its record when first asked for. */
function restoreReferences(ids: readonly string[], records: { record(index: number): unknown }): ReadonlyMap<string, readonly InboundReference[]> {
  let positions: Map<string, number> | undefined;
  const read = new Map<number, readonly InboundReference[] | null>();
  const at = (position: number): readonly InboundReference[] | undefined => {
    let found = read.get(position);
    if (found === undefined) read.set(position, (found = records.record(position) as readonly InboundReference[] | null));
    return found ?? undefined;
  };
  const get = (id: string): readonly InboundReference[] | undefined => {
    if (positions === undefined) {
      positions = new Map();
      for (let position = 0; position < ids.length; position++) positions.set(ids[position] ?? "", position);
    }
    const position = positions.get(id);
    return position === undefined ? undefined : at(position);
  };
  // Only `get` serves a check; the rest read every record, as a Map of them would hold.
  const all = (): Array<[string, readonly InboundReference[]]> => ids.flatMap((id, position) => {
    const references = at(position);
    return references === undefined ? [] : [[id, references] as [string, readonly InboundReference[]]];
  });
  const source: MapSource<string, readonly InboundReference[]> = {
    get size() {
      return all().length;
    },
    get,
    has: (id) => get(id) !== undefined,
    entries: () => all()[Symbol.iterator](),
  };
  return new LazyMap(source);
}

/** Throws when the data is not a packed corpus; the cache then treats the file as unreadable. */
export function unpackCorpus(head: CorpusHead, reader: ImageReader, paths: StoredPaths = AS_SHOWN): Corpus {
  const { sources, entities, conflicts } = head;
  if (![sources, entities, conflicts].every(Array.isArray) || typeof head.claimIds !== "string" || head.referencedBy === undefined) {
    throw new Error("the saved corpus is incomplete");
  }
  const records = reader.records(head.claims);
  const ids = records.count === 0 ? [] : head.claimIds.split("\n");
  const inbound = reader.records(head.referencedBy);
  if (records.count !== ids.length || inbound.count !== ids.length) throw new Error("the saved corpus's claims do not agree");
  const claims = ids.map((id, position) => lazyClaim(new ClaimStub(id, position, records)));
  const locations = reader.records(head.locations);
  return {
    sources,
    entities,
    conflicts,
    claims,
    locations: restoreLocations(() => locations.record(0) as LocationsRecord, paths),
    referencedBy: restoreReferences(ids, inbound),
  };
}
