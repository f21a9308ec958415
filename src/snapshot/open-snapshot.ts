// The snapshot's face: a corpus and its search index, read back from the
// snapshot saved by an earlier run when the corpus files have not changed
// since, else built the plain way and saved for the next run. What comes
// back is the same Corpus and SearchIndex the core builds; only how much of
// them is decoded up front differs. Nothing outside src/snapshot/ knows that
// a snapshot exists but src/cli/open-corpus.ts, which chooses this or the
// plain way (--no-cache); deleting this folder leaves a slower, correct pakaz.
//
// For the bundled corpus, `npm run build` ships a snapshot ready-made in
// dist/corpus-image/ (see scripts/build.mjs), so even a first run need not
// parse the YAML.

import { lstatSync } from "node:fs";
import { join } from "node:path";
import { displayPath, type CorpusFile } from "../core/corpus/read-corpus.js";
import type { SearchIndex } from "../core/search/build-index.js";
import type { Corpus } from "../core/types.js";
import type { FolderEnv } from "./folder.js";
import { buildDirectory, corpusFileName, corpusKeyOfTexts, keyCorpusFiles } from "./key.js";
import { packCorpus, unpackCorpus, type CorpusHead, type StoredPaths } from "./pack-corpus.js";
import { packIndex, unpackIndex, type IndexHead } from "./pack-index.js";
import { hashMemoPath, openSlot, readEntry, writeEntry, type KeyedSlot, type Slot } from "./slot.js";

export interface SnapshotOptions {
  /** The corpus folder (or one .yaml file), absolute. */
  corpusDir: string;
  cwd: string;
  /** Where the cache folder is named (XDG_CACHE_HOME, HOME, LOCALAPPDATA). */
  env: FolderEnv;
  /** Says one line on stderr; a run says at most one about snapshots. */
  warn(message: string): void;
  /** The corpus pakaz ships, whose snapshot the build made beside the code. */
  bundled: boolean;
}

/** The plain way, which a snapshot stands in for: the same answers, slower. */
export interface PlainBuild {
  /** Reads and validates the corpus files, or throws the failure to report. */
  readCorpus(): Promise<{ files: readonly CorpusFile[]; corpus: Corpus }>;
  buildIndex(corpus: Corpus): SearchIndex;
}

export interface Snapshot {
  corpus: Corpus;
  /** The corpus's index, read back or built (and then saved). */
  index(): Promise<SearchIndex>;
}

/**
 * The snapshot that the build ships in dist/corpus-image/ for the bundled
 * corpus: read, never written. Its files may belong to whoever installed
 * pakaz (root, for a global install), as the code beside it does: whoever
 * can write them can write that code too.
 */
function shippedSlot(slot: Slot): Slot | undefined {
  const dist = buildDirectory();
  if (dist === undefined) return undefined;
  let owners: number[];
  try {
    owners = [lstatSync(join(dist, "cli.cjs")).uid];
  } catch {
    return undefined;
  }
  return { dir: join(dist, "corpus-image"), stem: "bundled", owners, readOnly: true, warn: slot.warn, writes: { failed: true } };
}

function storedPaths(options: SnapshotOptions): StoredPaths {
  return {
    store: (shown) => corpusFileName(options.corpusDir, options.cwd, shown),
    show: (stored) => displayPath(join(options.corpusDir, stored), options.cwd),
  };
}

/** The corpus's snapshot, or the corpus built the plain way and saved (when it can be) for the next run. */
export async function openSnapshot(options: SnapshotOptions, plain: PlainBuild): Promise<Snapshot> {
  const slot = openSlot(options.corpusDir, options.env, options.warn);
  const onDisk = slot === undefined ? undefined : await keyCorpusFiles(options.corpusDir, options.cwd, hashMemoPath(slot));
  const paths = storedPaths(options);
  if (slot !== undefined && onDisk !== undefined) {
    const { key } = onDisk;
    for (const candidate of [slot, options.bundled ? shippedSlot(slot) : undefined]) {
      if (candidate === undefined) continue;
      const keyed = { ...candidate, key };
      const corpus = await readEntry(keyed, "corpus", (head, reader) => unpackCorpus(head as CorpusHead, reader, paths));
      if (corpus !== undefined) return withIndex(corpus, keyed, plain);
    }
  }
  const { files, corpus } = await plain.readCorpus();
  // Save only what the next run will find: the same files, listed the same way.
  const sameFiles = onDisk !== undefined && onDisk.files.length === files.length && onDisk.files.every((f, i) => f.path === files[i]?.path);
  if (slot === undefined || !sameFiles) return { corpus, index: async () => plain.buildIndex(corpus) };
  const keyed = { ...slot, key: corpusKeyOfTexts(files, options.corpusDir, options.cwd) };
  await writeEntry(keyed, "corpus", (writer) => packCorpus(corpus, writer, paths));
  return withIndex(corpus, keyed, plain);
}

/** The index saved beside the corpus under the same key, or built and saved there. */
function withIndex(corpus: Corpus, slot: KeyedSlot, plain: PlainBuild): Snapshot {
  return {
    corpus,
    index: async () => {
      const saved = await readEntry(slot, "index", (head, reader) => unpackIndex(corpus, head as IndexHead, reader));
      if (saved !== undefined) return saved;
      const index = plain.buildIndex(corpus);
      await writeEntry(slot, "index", (writer) => packIndex(index, writer));
      return index;
    },
  };
}
