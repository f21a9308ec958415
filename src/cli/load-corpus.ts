// The plain way to a corpus: read every YAML file, parse and validate it, or
// a PakazFailure that the CLI edge reports in one sentence. It is all pakaz
// needs; the snapshot (src/snapshot/) only saves doing it again.

import { readCorpusFiles, type CorpusFile } from "../core/corpus/read-corpus.js";
import { PakazFailure } from "../core/errors.js";
import type { Corpus } from "../core/types.js";
import type { Settings } from "./resolve-settings.js";

export class CorpusProblems extends PakazFailure {
  constructor(
    error: PakazFailure["error"],
    readonly total: number,
  ) {
    super(error);
  }
}

export async function loadCorpus(settings: Settings): Promise<{ files: readonly CorpusFile[]; corpus: Corpus }> {
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  // YAML and the schema validator are loaded only when a corpus is read this way.
  const { loadCorpusFromFiles } = await import("../core/corpus/load-corpus.js");
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new CorpusProblems(loaded.error.first, loaded.error.total);
  return { files: files.value, corpus: loaded.value };
}
