// read → parse → validate, as one call for the commands that just need a corpus.

import { dirname, sep } from "node:path";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Corpus } from "../types.js";
import { parseCorpusFile } from "./parse-corpus.js";
import type { CorpusFile } from "./read-corpus.js";
import { createCorpusValidator } from "./validate-corpus.js";

/** Every problem in the given files; an empty list means the corpus is usable. */
export function buildCorpus(files: readonly CorpusFile[]): { corpus: Corpus | undefined; problems: PakazError[] } {
  const problems: PakazError[] = [];
  const validator = createCorpusValidator();
  for (const file of files) {
    const result = parseCorpusFile(file);
    if (!result.ok) problems.push(result.error);
    // Syntax errors are reported alone: a file that did not parse leaves others' references dangling.
    else if (problems.length === 0) validator.add(result.value);
  }
  if (problems.length > 0) return { corpus: undefined, problems };
  const validated = validator.finish();
  // Empty or whitespace-only files are valid YAML with no records; a corpus of
  // nothing but those would make every check "unverified" without saying why.
  if (validated.problems.length === 0 && validated.corpus.sources.length === 0 && validated.corpus.claims.length === 0) {
    return { corpus: undefined, problems: [{ code: "corpus-empty", path: folderOf(files) }] };
  }
  return { corpus: validated.problems.length === 0 ? validated.corpus : undefined, problems: validated.problems };
}

/** The one file, or the deepest folder that holds all of them, as the user named it. */
function folderOf(files: readonly CorpusFile[]): string {
  if (files.length <= 1) return files[0]?.path ?? ".";
  const folders = files.map((f) => dirname(f.path).split(sep));
  const shared: string[] = [];
  for (let i = 0; folders.every((parts) => parts[i] !== undefined && parts[i] === folders[0]?.[i]); i++) shared.push(folders[0]?.[i] ?? "");
  return shared.join(sep) || ".";
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
