// The CLI edge: parse argv, run one command, turn anything that went wrong
// into one sentence on stderr and an exit status. Never calls process.exit, so
// tests run it in-process and the bin decides what to do with the status.

import { CommanderError } from "commander";
import { PakazFailure } from "../core/errors.js";
import { createContext } from "./context.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { processIo, type CliIo } from "./io.js";
import { sanitizeTerminalLine, sanitizeTerminalText } from "../render/sanitize-terminal-text.js";
import { formatError } from "./messages.js";
import { CorpusProblems } from "./load-corpus.js";
import { buildProgram } from "./program.js";

export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const context = createContext(io);
  const program = buildProgram(context);
  const debug = argv.includes("--debug");
  // Traces then point at the TypeScript (the bundle ships source maps), for
  // the code loaded from here on: every command's action is.
  if (debug) process.setSourceMapsEnabled(true);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message; help and version are successes.
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      if (error.code === "commander.executeSubCommandAsync") return context.exitCode;
      return EXIT_USAGE;
    }
    if (error instanceof PakazFailure) {
      let message = `pakaz: ${formatError(error.error)}`;
      if (error instanceof CorpusProblems && error.total > 1) {
        message += ` (and ${error.total - 1} more problem${error.total > 2 ? "s" : ""}: run pakaz validate to see them all)`;
      }
      // Messages quote ids, paths and values the user or a corpus gave: one safe line.
      io.stderr(`${sanitizeTerminalLine(message)}\n`);
      if (debug && error.stack) io.stderr(`${sanitizeTerminalText(error.stack)}\n`);
      return EXIT_USAGE;
    }
    if (isBrokenPipe(error)) return 0;
    // A bug: still one line, but ask for a report; the stack only with --debug.
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${sanitizeTerminalLine(`pakaz: internal error: ${reason} (run again with --debug for details, and please report it)`)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${sanitizeTerminalText(error.stack)}\n`);
    return EXIT_USAGE;
  }
}

/** A reader that went away (`pakaz conflicts | head`) is not an error. */
function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EPIPE";
}
