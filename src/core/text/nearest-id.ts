import { distance } from "fastest-levenshtein";

/**
 * The known id closest to `wanted`, for "did you mean" in errors. An id that
 * contains the input (or the reverse) wins over edit distance, because users
 * usually type a fragment ("recognition") rather than a misspelling.
 * Returns undefined when nothing is plausibly what the user meant.
 */
export function findNearestId(wanted: string, known: Iterable<string>): string | undefined {
  const needle = wanted.toLowerCase().trim();
  if (needle === "") return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const id of known) {
    const candidate = id.toLowerCase();
    const contains = candidate.includes(needle) || needle.includes(candidate);
    const score = contains ? Math.abs(candidate.length - needle.length) / 100 : distance(needle, candidate);
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return bestScore <= tolerance ? best : undefined;
}
