// The corpus a command works on: the bundled one or --corpus DIR, loaded and
// validated, or a PakazFailure that the CLI edge reports in one sentence.
// Behind it sits the compiled cache: a corpus whose files have not changed
// since the last run is read back as checked data, without parsing YAML or
// validating it again (--no-cache reads the files every time).

import { readCorpusFiles } from "../core/corpus/read-corpus.js";
import { PakazFailure } from "../core/errors.js";
import type { Corpus } from "../core/types.js";
import { restoreCorpus, serializeCorpus, type SerializedCorpus } from "./cache-corpus.js";
import { openCacheSlot, readCacheEntry, writeCacheEntry, type CacheSlot } from "./cache-slot.js";
import type { Settings } from "./resolve-settings.js";

export class CorpusProblems extends PakazFailure {
  constructor(
    error: PakazFailure["error"],
    readonly total: number,
  ) {
    super(error);
  }
}

export interface CompiledCorpus {
  corpus: Corpus;
  /** Where the rest of this corpus's cache goes; undefined when no cache is used. */
  cache: CacheSlot | undefined;
}

export async function openCorpus(settings: Settings): Promise<Corpus> {
  return (await openCompiledCorpus(settings)).corpus;
}

export async function openCompiledCorpus(settings: Settings): Promise<CompiledCorpus> {
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  const cache = openCacheSlot(settings, files.value);
  if (cache !== undefined) {
    const cached = await readCacheEntry(cache, "corpus", (data) => restoreCorpus(data as SerializedCorpus));
    if (cached !== undefined) return { corpus: cached, cache };
  }
  // YAML and the schema validator are needed only when the cache cannot answer.
  const { loadCorpusFromFiles } = await import("../core/corpus/load-corpus.js");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new CorpusProblems(loaded.error.first, loaded.error.total);
  if (cache !== undefined) await writeCacheEntry(cache, "corpus", serializeCorpus(loaded.value));
  return { corpus: loaded.value, cache };
}
