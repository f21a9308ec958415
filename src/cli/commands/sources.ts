import type { Command } from "commander";
import { createPaint } from "../../render/paint.js";
import { toSafeJson } from "../../render/sanitize-terminal-text.js";
import { renderSourcesText } from "../../render/text/sources.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";

export function registerSources(program: Command, context: CliContext): void {
  program
    .command("sources")
    .description("list the articles the corpus quotes, with their dates and how many claims cite each")
    .option("--json", "print the sources as a JSON array")
    .action(async (options: { json?: boolean }, command: Command) => {
      const settings = context.settings(command);
      const corpus = await openCorpus(settings);
      const counts = new Map<string, number>();
      for (const claim of corpus.claims) {
        for (const source of new Set(claim.citations.map((c) => c.source))) counts.set(source, (counts.get(source) ?? 0) + 1);
      }
      const rows = corpus.sources.map((source) => ({ ...source, claims: counts.get(source.id) ?? 0 }));
      context.io.stdout(options.json ? `${toSafeJson(rows, 2)}\n` : renderSourcesText(rows, createPaint(settings.color)));
    });
}
