// The validated corpus as plain data for the compiled cache, and back.
// Loading it from the cache skips YAML parsing and schema validation, which
// dominate start-up for a large corpus: a corpus is validated once, when its
// cache is built.

import type { IsPlainData } from "../core/search/serialize-index.js";
import type { Corpus, Location } from "../core/types.js";

/**
 * The corpus with its locations (id → file, line, column) as a list that
 * names each file once. Derived from Corpus, so a field added there (even an
 * optional one) is a compile error in serializeCorpus until it is cached too.
 */
export type SerializedCorpus = { [K in Exclude<keyof Corpus, "locations">]-?: Corpus[K] } & {
  files: string[];
  /** [id, index into files, line, column] */
  locations: Array<[string, number, number, number]>;
};

const serializedCorpusIsPlainData: IsPlainData<SerializedCorpus> = true;
void serializedCorpusIsPlainData;

export function serializeCorpus(corpus: Corpus): SerializedCorpus {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const locations: SerializedCorpus["locations"] = [];
  for (const [id, at] of corpus.locations) {
    let index = fileIndex.get(at.file);
    if (index === undefined) {
      index = files.push(at.file) - 1;
      fileIndex.set(at.file, index);
    }
    locations.push([id, index, at.line, at.column]);
  }
  const { sources, entities, claims, conflicts } = corpus;
  return { sources, entities, claims, conflicts, files, locations };
}

/** Throws when the data is not a serialised corpus; the cache then treats the file as unreadable. */
export function restoreCorpus(data: SerializedCorpus): Corpus {
  const { sources, entities, claims, conflicts, files, locations } = data;
  if (![sources, entities, claims, conflicts, files, locations].every(Array.isArray)) throw new Error("the saved corpus is incomplete");
  const restored = new Map<string, Location>();
  for (const [id, file, line, column] of locations) restored.set(id, { file: files[file] ?? "?", line, column });
  return { sources, entities, claims, conflicts, locations: restored };
}
