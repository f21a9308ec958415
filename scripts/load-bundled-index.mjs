// The bundled corpus, loaded and indexed through the built library, for the
// evaluation and tuning scripts. Fails loudly: these are developer tools.

import { buildIndex, loadCorpusFromFiles, readCorpusFiles } from "../dist/index.js";

export const root = new URL("..", import.meta.url).pathname;

export async function loadBundledIndex() {
  const files = await readCorpusFiles(`${root}data`, root);
  if (!files.ok) throw new Error(`cannot read the corpus: ${JSON.stringify(files.error)}`);
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error(`corpus invalid: ${JSON.stringify(corpus.error.first)}`);
  return buildIndex(corpus.value);
}
