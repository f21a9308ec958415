import type { Command } from "commander";
import type { CliContext } from "../context.js";

export interface SourcesOptions {
  json?: boolean;
}

export function registerSources(program: Command, context: CliContext): void {
  program
    .command("sources")
    .description("list the articles the corpus quotes, with their dates and how many claims cite each")
    .option("--json", "print the sources as a JSON array")
    .action(async (options: SourcesOptions, command: Command) => {
      const { runSources } = await import("../actions/sources.js");
      await runSources(context, context.settings(command), options);
    });
}
