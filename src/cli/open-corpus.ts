// The corpus a command works on: the bundled one or --corpus DIR, loaded and
// validated, or a PakazFailure that the CLI edge reports in one sentence.
// Behind it sits the compiled cache: a corpus whose files have not changed
// since the last run is read back as checked data, without parsing YAML or
// validating it again (--no-cache reads the files every time). For the
// bundled corpus, `npm run build` ships that cache ready-made (see
// scripts/build.mjs), so even a first run need not parse the YAML.

import { lstatSync } from "node:fs";
import { join } from "node:path";
import { displayPath, readCorpusFiles } from "../core/corpus/read-corpus.js";
import { PakazFailure } from "../core/errors.js";
import type { Corpus } from "../core/types.js";
import { packCorpus, unpackCorpus, type CorpusHead, type StoredPaths } from "./cache-corpus.js";
import { buildDirectory, corpusFileName, corpusKeyOfTexts, keyCorpusFiles } from "./cache-key.js";
import { hashMemoPath, openCacheSlot, readCacheEntry, writeCacheEntry, type CacheSlot, type KeyedSlot } from "./cache-slot.js";
import { bundledCorpusDir, type Settings } from "./resolve-settings.js";

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

/**
 * The cache that the build ships in dist/corpus-image/ for the bundled
 * corpus: read, never written. Its files may belong to whoever installed
 * pakaz (root, for a global install), as the code beside it does: whoever
 * can write them can write that code too.
 */
function shippedSlot(settings: Settings, slot: CacheSlot): CacheSlot | undefined {
  const dist = buildDirectory();
  if (dist === undefined || settings.corpusDir !== bundledCorpusDir()) return undefined;
  let owners: number[];
  try {
    owners = [lstatSync(join(dist, "cli.cjs")).uid];
  } catch {
    return undefined;
  }
  return { dir: join(dist, "corpus-image"), stem: "bundled", owners, readOnly: true, warn: slot.warn, writes: { failed: true } };
}

function storedPaths(settings: Settings): StoredPaths {
  return {
    store: (shown) => corpusFileName(settings.corpusDir, settings.cwd, shown),
    show: (stored) => displayPath(join(settings.corpusDir, stored), settings.cwd),
  };
}

export async function openCompiledCorpus(settings: Settings): Promise<CompiledCorpus> {
  const slot = openCacheSlot(settings);
  const onDisk = slot === undefined ? undefined : keyCorpusFiles(settings.corpusDir, settings.cwd, hashMemoPath(slot));
  const paths = storedPaths(settings);
  if (slot !== undefined && onDisk !== undefined) {
    const { key } = onDisk;
    for (const candidate of [slot, shippedSlot(settings, slot)]) {
      if (candidate === undefined) continue;
      const keyed = { ...candidate, key };
      const cached = readCacheEntry(keyed, "corpus", (head, reader) => unpackCorpus(head as CorpusHead, reader, paths));
      if (cached !== undefined) return { corpus: cached, cache: keyed };
    }
  }
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  // YAML and the schema validator are needed only when the cache cannot answer.
  const { loadCorpusFromFiles } = await import("../core/corpus/load-corpus.js");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new CorpusProblems(loaded.error.first, loaded.error.total);
  // Cache only what the next run will find: the same files, listed the same way.
  const sameFiles = onDisk !== undefined && onDisk.files.length === files.value.length && onDisk.files.every((f, i) => f.path === files.value[i]?.path);
  if (slot === undefined || !sameFiles) return { corpus: loaded.value, cache: undefined };
  const keyed = { ...slot, key: corpusKeyOfTexts(files.value, settings.corpusDir, settings.cwd) };
  await writeCacheEntry(keyed, "corpus", (writer) => packCorpus(loaded.value, writer, paths));
  return { corpus: loaded.value, cache: keyed };
}
