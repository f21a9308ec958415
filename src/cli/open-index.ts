// The search index for the chosen corpus. Building it analyses every claim
// and quote (dates, numbers, ranks, terms), which is the slow part of a cold
// start; the compiled cache keeps the result beside the cached corpus, under
// the same key, so a warm run reads back only what its check looks at.

import { buildIndex, type SearchIndex } from "../core/search/build-index.js";
import { packIndex, unpackIndex, type IndexHead } from "../core/search/serialize-index.js";
import { readCacheEntry, writeCacheEntry } from "./cache-slot.js";
import { openCompiledCorpus } from "./open-corpus.js";
import type { Settings } from "./resolve-settings.js";

export async function openIndex(settings: Settings): Promise<SearchIndex> {
  const { corpus, cache } = await openCompiledCorpus(settings);
  if (cache === undefined) return buildIndex(corpus);
  const cached = readCacheEntry(cache, "index", (head, reader) => unpackIndex(corpus, head as IndexHead, reader));
  if (cached !== undefined) return cached;
  const index = buildIndex(corpus);
  await writeCacheEntry(cache, "index", (writer) => packIndex(index, writer));
  return index;
}
