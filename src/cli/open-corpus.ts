// The corpus a command works on: the bundled one or --corpus DIR, loaded and
// validated, or a PakazFailure that the CLI edge reports in one sentence.

import { loadCorpusFromFiles } from "../core/corpus/load-corpus.js";
import { readCorpusFiles } from "../core/corpus/read-corpus.js";
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

export async function openCorpus(settings: Settings): Promise<Corpus> {
  const files = await readCorpusFiles(settings.corpusDir, settings.cwd);
  if (!files.ok) throw new PakazFailure(files.error);
  const loaded = loadCorpusFromFiles(files.value);
  if (!loaded.ok) throw new CorpusProblems(loaded.error.first, loaded.error.total);
  return loaded.value;
}
