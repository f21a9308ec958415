import type { Command } from "commander";
import { PakazFailure } from "../../core/errors.js";
import type { CliContext } from "../context.js";
import { parsePositiveInt } from "../parse-options.js";
import { MAX_DRAFT_SHOWN } from "../read-draft.js";

export const FORMATS = ["text", "json", "sarif", "github"] as const;
export type Format = (typeof FORMATS)[number];
/** Verdicts that can fail a run, least severe last: --fail-on X fails on X and anything worse. */
export const FAILING = ["contradicted", "disputed", "unverified"] as const;
export type FailOn = (typeof FAILING)[number];
export const SYNTAXES = ["auto", "markdown", "text"] as const;

export interface ReviewOptions {
  format: Format;
  json?: boolean;
  failOn: FailOn;
  verbose?: boolean;
  all?: boolean;
  syntax: (typeof SYNTAXES)[number];
  top: number;
}

function oneOf<T extends string>(option: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new PakazFailure({ code: "bad-option", option, value, expected: `one of ${values.join(", ")}` });
  };
}

export function registerReview(program: Command, context: CliContext): void {
  program
    .command("review")
    .description("check every factual sentence of a draft (Markdown or plain text) and point at the lines the sources contradict or dispute")
    .argument("<file...>", "the drafts to review (- for standard input)")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, oneOf("--format", FORMATS), "text")
    .option("--json", "same as --format json: one JSON object per checkable sentence (JSON Lines)")
    .option("--fail-on <verdict>", `the least severe verdict that makes the exit status non-zero: ${FAILING.join(", ")}`, oneOf("--fail-on", FAILING), "unverified")
    .option("-v, --verbose", "also show the sentences the sources support")
    .option("-a, --all", "also list the sentences that were not checked, and why")
    .option("--syntax <syntax>", `read the input as ${SYNTAXES.join(", ")} (auto: by file extension; for stdin, by its content)`, oneOf("--syntax", SYNTAXES), "auto")
    .option("--top <n>", "how many matching corpus claims each JSON object lists", parsePositiveInt("--top"), 3)
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz review draft.md
  $ pakaz review --verbose --all notes.txt
  $ cat draft.md | pakaz review -
  $ pakaz review --format sarif articles/*.md > pakaz.sarif
  $ pakaz review --format github --fail-on contradicted articles/*.md

Limits: a draft (or standard input) of at most ${MAX_DRAFT_SHOWN}, in UTF-8; a larger one, or a
file that is not text, is refused with exit status 2.

Exit status: the worst verdict found, as for check -f: 1 contradicted, 3 disputed,
4 unverified, 0 when every checked sentence is supported (or none was checkable);
--fail-on disputed ignores unverified sentences, --fail-on contradicted ignores
disputed ones too. 2 for errors.`,
    )
    .action(async (paths: string[], options: ReviewOptions, command: Command) => {
      const { runReview } = await import("../actions/review.js");
      await runReview(context, context.settings(command), paths, options);
    });
}
