import { Option, type Command } from "commander";
import type { CliContext } from "../context.js";
import { parsePositiveInt } from "../parse-options.js";

export interface CheckOptions {
  json?: boolean;
  format?: "text" | "json" | "claimreview";
  file?: string;
  top: number;
  appearance: string[];
}

export function registerCheck(program: Command, context: CliContext): void {
  program
    .command("check")
    .description("check a statement against the sources: supported, contradicted, disputed or unverified, with the evidence")
    .argument("[claim...]", "the statement to check (quote it in your shell)")
    .option("-f, --file <file>", "check one statement per line of <file> (- for stdin); blank lines and # comments are skipped")
    .option("--json", "print JSON (one object per statement, as JSON Lines for a file); same as --format json")
    .addOption(new Option("--format <format>", "text, json, or claimreview: a schema.org ClaimReview (JSON-LD) to publish the check").choices(["text", "json", "claimreview"]))
    .option("--top <n>", "how many matching corpus claims to show", parsePositiveInt("--top"), 3)
    .option("--appearance <url>", "with --format claimreview: where the checked statement was published (repeat for several)", (url: string, previous: string[]) => [...previous, url], [])
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz check "Pakistan opened its embassy in Baku in 1993"
  $ pakaz check --json "Pakistan was the third country to recognise Azerbaijan"
  $ pakaz check -f claims.txt
  $ cat claims.txt | pakaz check -f -

A statement of several sentences is checked sentence by sentence, each on its own
(one JSON object per sentence with --json); pakaz review reads a whole text.

Exit status: 0 supported, 1 contradicted, 3 disputed, 4 unverified; for a file or
several sentences, the worst of them (contradicted, disputed, unverified,
supported); 2 for errors.`,
    )
    .action(async (words: string[], options: CheckOptions, command: Command) => {
      const { runCheck } = await import("../actions/check.js");
      await runCheck(context, context.settings(command), words, options);
    });
}
