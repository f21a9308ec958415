// Proves that every quote is in its article, character for character, and that
// the article is the very text the corpus was built from (SHA-256).

import { sha256Hex } from "../hash.js";
import type { PakazError } from "../errors.js";
import type { Corpus } from "../types.js";

export interface QuoteReport {
  /** Quotes found, per source id. */
  found: Map<string, number>;
  /** Where each found quote starts in its seed text (1-based line). */
  lines: Map<string, number>;
  problems: PakazError[];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * @param seeds source id → seed text, or undefined when the file is missing.
 * @param seedPath source id → the path shown to the user for that seed.
 */
export function verifyQuotes(
  corpus: Corpus,
  seeds: ReadonlyMap<string, string | undefined>,
  seedPath: (sourceId: string) => string,
): QuoteReport {
  const found = new Map<string, number>();
  const lines = new Map<string, number>();
  const problems: PakazError[] = [];
  const usable = new Set<string>();
  for (const source of corpus.sources) {
    const text = seeds.get(source.id);
    if (text === undefined) {
      problems.push({ code: "seed-missing", source: source.id, path: seedPath(source.id) });
      continue;
    }
    const actual = sha256Hex(text);
    if (actual !== source.seed.sha256) {
      problems.push({ code: "seed-hash-mismatch", source: source.id, path: seedPath(source.id), expected: source.seed.sha256, actual });
      continue;
    }
    usable.add(source.id);
    found.set(source.id, 0);
  }
  for (const claim of corpus.claims) {
    claim.citations.forEach((citation, index) => {
      if (!usable.has(citation.source)) return;
      const text = seeds.get(citation.source) ?? "";
      const offset = text.indexOf(citation.quote);
      if (offset < 0) {
        problems.push({
          code: "quote-not-found",
          claim: claim.id,
          source: citation.source,
          quote: citation.quote,
          at: corpus.locations.get(claim.id) ?? { file: "?", line: 1, column: 1 },
        });
        return;
      }
      found.set(citation.source, (found.get(citation.source) ?? 0) + 1);
      lines.set(`${claim.id}#${index}`, lineOf(text, offset));
    });
  }
  return { found, lines, problems };
}
