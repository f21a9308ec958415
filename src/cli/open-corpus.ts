// The corpus a command works on (the bundled one or --corpus DIR) and its
// search index. The one place that chooses between the snapshot
// (src/snapshot/: read back what an earlier run built) and the plain way
// (read, validate and index the YAML every time), which --no-cache takes.
// Both give the same answers; without src/snapshot/, this file would keep
// only the plain way.

import { buildIndex, type SearchIndex } from "../core/search/build-index.js";
import type { Corpus } from "../core/types.js";
import { openSnapshot, type Snapshot } from "../snapshot/open-snapshot.js";
import { loadCorpus } from "./load-corpus.js";
import { bundledCorpusDir, type Settings } from "./resolve-settings.js";

async function open(settings: Settings): Promise<Snapshot> {
  const plain = { readCorpus: () => loadCorpus(settings), buildIndex };
  if (!settings.useCache) {
    const { corpus } = await plain.readCorpus();
    return { corpus, index: async () => buildIndex(corpus) };
  }
  const { corpusDir, cwd, env, warn } = settings;
  return openSnapshot({ corpusDir, cwd, env, warn, bundled: corpusDir === bundledCorpusDir() }, plain);
}

export async function openCorpus(settings: Settings): Promise<Corpus> {
  return (await open(settings)).corpus;
}

export async function openIndex(settings: Settings): Promise<SearchIndex> {
  return (await open(settings)).index();
}
