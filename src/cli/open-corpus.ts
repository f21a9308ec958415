// The corpus a command works on: the bundled one or --corpus DIR, loaded and
// validated, or a PakazFailure that the CLI edge reports in one sentence.
// Behind it sits the compiled cache: a corpus whose files have not changed
// since the last run is read back as checked data, without parsing YAML or
// validating it again (--no-cache reads the files every time).

import { readCorpusFiles } from "../core/corpus/read-corpus.js";
import { PakazFailure } from "../core/errors.js";
import type { Corpus } from "../core/types.js";
import { packCorpus, unpackCorpus, type CorpusHead } from "./cache-corpus.js";
import { corpusKey, corpusKeyOfTexts, keyCorpusFiles } from "./cache-key.js";
import { hashMemoPath, openCacheSlot, readCacheEntry, writeCacheEntry, type KeyedSlot } from "./cache-slot.js";
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
  cache: KeyedSlot | undefined;
}

export async function openCorpus(settings: Settings): Promise<Corpus> {
  return (await openCompiledCorpus(settings)).corpus;
}

export async function openCompiledCorpus(settings: Settings): Promise<CompiledCorpus> {
  const slot = openCacheSlot(settings);
  const onDisk = slot === undefined ? undefined : keyCorpusFiles(settings.corpusDir, settings.cwd, hashMemoPath(slot));
  if (slot !== undefined && onDisk !== undefined) {
    const keyed = { ...slot, key: corpusKey(onDisk) };
    const cached = readCacheEntry(keyed, "corpus", (head, reader) => unpackCorpus(head as CorpusHead, reader));
    if (cached !== undefined) return { corpus: cached, cache: keyed };
  }
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  // YAML and the schema validator are needed only when the cache cannot answer.
  const { loadCorpusFromFiles } = await import("../core/corpus/load-corpus.js");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new CorpusProblems(loaded.error.first, loaded.error.total);
  // Cache only what the next run will find: the same files, listed the same way.
  const sameFiles = onDisk !== undefined && onDisk.length === files.value.length && onDisk.every((f, i) => f.path === files.value[i]?.path);
  if (slot === undefined || !sameFiles) return { corpus: loaded.value, cache: undefined };
  const keyed = { ...slot, key: corpusKeyOfTexts(files.value) };
  await writeCacheEntry(keyed, "corpus", (writer) => packCorpus(loaded.value, writer));
  return { corpus: loaded.value, cache: keyed };
}
