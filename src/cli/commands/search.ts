import type { Command } from "commander";
import { PakazFailure } from "../../core/errors.js";
import { searchClaims } from "../../core/search/search-claims.js";
import { MAX_CLAIM_LENGTH } from "../../core/verdict/check-claim.js";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import type { CliContext } from "../context.js";
import { openIndex } from "../open-index.js";
import { parsePositiveInt } from "../parse-options.js";

export function registerSearch(program: Command, context: CliContext): void {
  program
    .command("search")
    .description("find corpus claims by words, ranked (aliases and small typos are understood)")
    .argument("<words...>", "what to look for")
    .option("--limit <n>", "how many claims to show", parsePositiveInt("--limit"), 10)
    .option("--json", "print the hits as a JSON array")
    .addHelpText("after", "\nExamples:\n  $ pakaz search embassy Baku\n  $ pakaz search --limit 3 JF17 Thunder")
    .action(async (words: string[], options: { limit: number; json?: boolean }, command: Command) => {
      const settings = context.settings(command);
      const query = words.join(" ").trim();
      if (query === "") throw new PakazFailure({ code: "empty-claim" });
      if (query.length > MAX_CLAIM_LENGTH) throw new PakazFailure({ code: "claim-too-long", length: query.length, max: MAX_CLAIM_LENGTH });
      const hits = searchClaims(query, await openIndex(settings), options.limit);
      if (options.json) {
        context.io.stdout(`${toSafeJson(hits, 2)}\n`);
        return;
      }
      const paint = createPaint(settings.color);
      if (hits.length === 0) context.io.stdout("no matching claims\n");
      for (const hit of hits) {
        context.io.stdout(`${paint.id(hit.claimId)}  ${paint.dim(`${hit.score.toFixed(2)} [${hit.topic}] ${hit.sources.join(", ")}`)}\n  ${paint.safe(hit.statement)}\n`);
      }
    });
}
