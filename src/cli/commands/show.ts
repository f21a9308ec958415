import type { Command } from "commander";
import type { CliContext } from "../context.js";

export interface ShowOptions {
  json?: boolean;
}

export function registerShow(program: Command, context: CliContext): void {
  program
    .command("show")
    .description("show a claim, conflict or source by id: its facts, quotes, sources, cross-references and conflicts")
    .argument("<id>", "a claim, conflict or source id (see pakaz search, pakaz conflicts, pakaz sources)")
    .option("--json", "print the record as JSON")
    .addHelpText("after", "\nExamples:\n  $ pakaz show embassy-pakistan-baku-opened\n  $ pakaz show recognition-rank\n  $ pakaz show ali-fortifying")
    .action(async (id: string, options: ShowOptions, command: Command) => {
      const { runShow } = await import("../actions/show.js");
      await runShow(context, context.settings(command), id, options);
    });
}
