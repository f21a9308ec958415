// What `pakaz search` does, loaded only when it runs (commands/search.ts holds
// its options and help).

import { PakazFailure } from "../../core/errors.js";
import { searchClaims } from "../../core/search/search-claims.js";
import { countCharacters } from "../../core/text/characters.js";
import { MAX_CLAIM_LENGTH } from "../../core/verdict/check-claim.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import type { CliContext } from "../context.js";
import { openIndex } from "../open-corpus.js";
import type { Settings } from "../resolve-settings.js";
import type { SearchOptions } from "../commands/search.js";

export async function runSearch(context: CliContext, settings: Settings, words: string[], options: SearchOptions): Promise<void> {
  const query = words.join(" ").trim();
  if (query === "") throw new PakazFailure({ code: "empty-claim" });
  const length = countCharacters(query);
  if (length > MAX_CLAIM_LENGTH) throw new PakazFailure({ code: "claim-too-long", length, max: MAX_CLAIM_LENGTH });
  const hits = searchClaims(query, await openIndex(settings), options.limit);
  if (options.json) {
    context.io.stdout(`${toSafeJson(hits, 2)}\n`);
    return;
  }
  const paint = await createPaint(settings.color);
  if (hits.length === 0) context.io.stdout("no matching claims\n");
  for (const hit of hits) {
    context.io.stdout(`${paint.id(hit.claimId)}  ${paint.dim(`${hit.score.toFixed(2)} [${hit.topic}] ${hit.sources.join(", ")}`)}\n  ${paint.safe(hit.statement)}\n`);
  }
}
