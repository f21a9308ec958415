import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { parsePositiveInt } from "../parse-options.js";

export interface SearchOptions {
  limit: number;
  json?: boolean;
}

export function registerSearch(program: Command, context: CliContext): void {
  program
    .command("search")
    .description("find corpus claims by words, ranked (aliases and small typos are understood)")
    .argument("<words...>", "what to look for")
    .option("--limit <n>", "how many claims to show", parsePositiveInt("--limit"), 10)
    .option("--json", "print the hits as a JSON array")
    .addHelpText("after", "\nExamples:\n  $ pakaz search embassy Baku\n  $ pakaz search --limit 3 JF17 Thunder")
    .action(async (words: string[], options: SearchOptions, command: Command) => {
      const { runSearch } = await import("../actions/search.js");
      await runSearch(context, context.settings(command), words, options);
    });
}
