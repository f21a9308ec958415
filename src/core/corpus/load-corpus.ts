// read → parse → validate, as one call for the commands that just need a corpus.

import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Corpus } from "../types.js";
import { parseCorpusFile, type ParsedFile } from "./parse-corpus.js";
import type { CorpusFile } from "./read-corpus.js";
import { validateCorpus } from "./validate-corpus.js";

/** Every problem in the given files; an empty list means the corpus is usable. */
export function buildCorpus(files: readonly CorpusFile[]): { corpus: Corpus | undefined; problems: PakazError[] } {
  const parsed: ParsedFile[] = [];
  const problems: PakazError[] = [];
  for (const file of files) {
    const result = parseCorpusFile(file);
    if (result.ok) parsed.push(result.value);
    else problems.push(result.error);
  }
  if (problems.length > 0) return { corpus: undefined, problems };
  const validated = validateCorpus(parsed);
  return { corpus: validated.problems.length === 0 ? validated.corpus : undefined, problems: validated.problems };
}

/** A corpus ready to use, or the first problem (with a count of the rest). */
export function loadCorpusFromFiles(files: readonly CorpusFile[]): Result<Corpus, { first: PakazError; total: number }> {
  const { corpus, problems } = buildCorpus(files);
  const first = problems[0];
  if (first !== undefined || corpus === undefined) {
    return err({ first: first ?? { code: "corpus-empty", path: "?" }, total: problems.length });
  }
  return ok(corpus);
}
