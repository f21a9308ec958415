// The command-line surface: global options and the list of commands. Each
// command lives in its own file and loads what it needs only when it runs.

import { Command, Option } from "commander";
import type { CliContext } from "./context.js";
import { registerCheck } from "./commands/check.js";
import { registerReview } from "./commands/review.js";
import { registerCite } from "./commands/cite.js";
import { registerConflicts } from "./commands/conflicts.js";
import { registerExport } from "./commands/export.js";
import { registerSearch } from "./commands/search.js";


import { registerShow } from "./commands/show.js";
import { registerSources } from "./commands/sources.js";
import { registerTimeline } from "./commands/timeline.js";
import { registerValidate } from "./commands/validate.js";
import { sanitizeTerminalLine } from "../render/sanitize-terminal-text.js";
import { PAKAZ_VERSION } from "./version.js";

/** One line per command, in the order a newcomer needs them. */
const COMMANDS: ReadonlyArray<(program: Command, context: CliContext) => void> = [
  registerCheck,
  registerReview,
  registerCite,
  registerExport,
  registerConflicts,
  registerSearch,
  registerShow,
  registerTimeline,
  registerSources,
  registerValidate,
];

export function buildProgram(context: CliContext): Command {
  const program = new Command("pakaz")
    // One paragraph: commander wraps it to the terminal's width; a line break
    // of its own made it wrap each half again, mid-phrase ("published\narticles,").
    .description(
      "Check statements about Pakistan–Azerbaijan relations against five published articles, " +
        "with the quotes that support or contradict them and the places where the sources disagree.",
    )
    .version(PAKAZ_VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .addOption(new Option("--corpus <dir>", "use the corpus in <dir> instead of the bundled one"))
    .addOption(new Option("--color", "force colour even when not writing to a terminal"))
    .addOption(new Option("--no-color", "never use colour (NO_COLOR=1 does the same)"))
    .addOption(new Option("--no-cache", "do not read or write the compiled corpus cache, nor Node's compile cache"))
    .addOption(new Option("--debug", "show stack traces for errors"))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      // One line, like pakaz's own errors: commander puts its suggestion on a
      // second line, and echoes the user's argument, which may hold escapes.
      outputError: (text, write) =>
        write(`${sanitizeTerminalLine(text.trimEnd().replace(/^error: /, "pakaz: ").replace(/\n\(Did you mean (.+)\?\)$/, " (did you mean $1?)"))}\n`),
    })
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz check "Pakistan opened its embassy in Baku in 1993"
  $ pakaz check --json "Pakistan was the third country to recognise Azerbaijan"
  $ pakaz conflicts
  $ pakaz show recognition-rank

Exit status of check: 0 supported, 1 contradicted, 3 disputed, 4 unverified,
2 for a usage or corpus error.`,
    );
  for (const register of COMMANDS) register(program, context);
  // Subcommands inherit exitOverride and output settings from the program.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}
