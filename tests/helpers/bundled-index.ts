// The bundled corpus, read, validated and indexed from source, for tests that
// check sentences against it. Fails loudly: a test cannot run without it.

import { join } from "node:path";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { buildIndex, type SearchIndex } from "../../src/core/search/build-index.js";
import { ROOT } from "./run-cli.js";

export async function loadBundledIndex(): Promise<SearchIndex> {
  const files = await readCorpusFiles(join(ROOT, "data"), ROOT);
  if (!files.ok) throw new Error("cannot read the bundled corpus");
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error("the bundled corpus is invalid");
  return buildIndex(corpus.value);
}
