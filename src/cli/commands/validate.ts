import type { Command } from "commander";
import type { CliContext } from "../context.js";

export interface ValidateOptions {
  sourcesDir?: string;
  json?: boolean;
}

export function registerValidate(program: Command, context: CliContext): void {
  program
    .command("validate")
    .description("check the corpus: schema, unique ids, references, and (with --sources-dir) every quote against the article texts")
    .option("--sources-dir <dir>", "folder with the article texts; verifies each quote character for character")
    .option("--json", "print the report as JSON")
    .addHelpText("after", "\nExample:\n  $ pakaz validate --sources-dir ../shared/seeds\n\nExit status: 0 when the corpus is clean, 2 when there is any problem.")
    .action(async (options: ValidateOptions, command: Command) => {
      const { runValidate } = await import("../actions/validate.js");
      await runValidate(context, context.settings(command), options);
    });
}
