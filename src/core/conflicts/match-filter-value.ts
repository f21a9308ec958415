// A filter value (--topic, --source, --kind) must name something the corpus
// has: a typo should be an error with "did you mean", not an empty listing
// that looks like "no conflicts here".

import type { PakazError } from "../errors.js";
import { findNearestId } from "../text/nearest-id.js";

export function matchFilterValue(what: string, option: string, value: string, known: Iterable<string>): PakazError | undefined {
  const values = [...new Set(known)].sort();
  if (values.includes(value)) return undefined;
  const suggestion = findNearestId(value, values);
  return { code: "unknown-value", what, option, value, known: values, ...(suggestion ? { suggestion } : {}) };
}

/** Every topic the corpus uses, on claims or on conflicts. */
export function corpusTopics(corpus: { claims: ReadonlyArray<{ topic: string }>; conflicts: ReadonlyArray<{ topic: string }> }): string[] {
  return [...new Set([...corpus.claims.map((c) => c.topic), ...corpus.conflicts.map((c) => c.topic)])];
}
