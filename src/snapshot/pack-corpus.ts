// The validated corpus packed into a snapshot, and restored from it.
// Restoring skips YAML parsing and schema validation (a corpus is validated
// once, when its snapshot is built), and is lazy: sources, entities and
// conflicts are read at once, but each claim stays JSON text until something
// other than its id is read from it, so a check of a corpus of 100,000 claims
// decodes the few dozen it compares. The corpus's references between claims
// (Corpus.referencedBy) are read one claim at a time.

import type { Claim, Corpus, InboundReference, Location } from "../core/types.js";
import { ViewMap } from "./lazy-views.js";
import type { ImageReader, ImageWriter, RecordsRef } from "./packed-image.js";
import type { IsPlainData } from "./plain-data.js";

/**
 * The JSON head of a packed corpus. Derived from Corpus, so a field added
 * there (even an optional one) is a compile error in packCorpus until it is
 * cached too.
 */
export type CorpusHead = { -readonly [K in Exclude<keyof Corpus, "claims" | "locations" | "referencedBy">]-?: Corpus[K] } & {
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
 * How a snapshot names corpus files: relative to the corpus folder, so that
 * a snapshot made from one working directory serves another; messages name
 * them relative to the working directory (see displayPath).
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
  const { sources, entities, conflicts, claims, referencedBy } = corpus;
  return {
    sources,
    entities,
    conflicts,
    claimIds: claims.map((c) => c.id).join("\n"),
    claims: writer.addRecords(claims),
    referencedBy: writer.addRecords(
      claims.map((c) => {
        const references = referencedBy.get(c.id) ?? [];
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
 * already has. A corpus is read-only (its types say so), and so is this:
 * a write fails. One handler for all claims.
 */
const CLAIM_HANDLER: ProxyHandler<ClaimStub> = {
  get: (stub, key) => (key === "id" ? stub.id : Reflect.get(decodedClaim(stub), key)),
  has: (stub, key) => (key === "id" ? true : Reflect.has(decodedClaim(stub), key)),
  set: () => false,
  deleteProperty: () => false,
  defineProperty: () => false,
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

/** Where each record is defined: read whole when first asked for (only `show` and error messages ask). */
class StoredLocations extends ViewMap<string, Location> {
  #map: Map<string, Location> | undefined;

  constructor(
    private readonly read: () => LocationsRecord,
    private readonly paths: StoredPaths,
  ) {
    super();
  }

  #all(): Map<string, Location> {
    if (this.#map === undefined) {
      const { files, entries } = this.read();
      const shown = files.map((file) => this.paths.show(file));
      this.#map = new Map(entries.map(([id, file, line, column]): [string, Location] => [id, { file: shown[file] ?? "?", line, column }]));
    }
    return this.#map;
  }

  get size(): number {
    return this.#all().size;
  }

  get(id: string): Location | undefined {
    return this.#all().get(id);
  }

  has(id: string): boolean {
    return this.#all().has(id);
  }

  entries(): MapIterator<[string, Location]> {
    return this.#all().entries();
  }
}

/** Each claim's inbound references, read from its record when first asked for. */
class StoredReferences extends ViewMap<string, readonly InboundReference[]> {
  #positions: Map<string, number> | undefined;
  readonly #read = new Map<number, readonly InboundReference[] | null>();

  constructor(
    private readonly ids: readonly string[],
    private readonly records: { record(index: number): unknown },
  ) {
    super();
  }

  #at(position: number): readonly InboundReference[] | undefined {
    let found = this.#read.get(position);
    if (found === undefined) this.#read.set(position, (found = this.records.record(position) as readonly InboundReference[] | null));
    return found ?? undefined;
  }

  get(id: string): readonly InboundReference[] | undefined {
    if (this.#positions === undefined) {
      this.#positions = new Map();
      for (let position = 0; position < this.ids.length; position++) this.#positions.set(this.ids[position] ?? "", position);
    }
    const position = this.#positions.get(id);
    return position === undefined ? undefined : this.#at(position);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  // Only `get` serves a check; the rest read every record, as a Map of them would hold.
  #all(): Array<[string, readonly InboundReference[]]> {
    return this.ids.flatMap((id, position) => {
      const references = this.#at(position);
      return references === undefined ? [] : [[id, references] as [string, readonly InboundReference[]]];
    });
  }

  get size(): number {
    return this.#all().length;
  }

  entries(): MapIterator<[string, readonly InboundReference[]]> {
    return this.#all()[Symbol.iterator]();
  }
}

/** Throws when the data is not a packed corpus; the snapshot file is then treated as unreadable. */
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
    locations: new StoredLocations(() => locations.record(0) as LocationsRecord, paths),
    referencedBy: new StoredReferences(ids, inbound),
  };
}
