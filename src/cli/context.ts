// What a command's action receives: the io, the settings resolved from the
// global options, and a place to leave its exit status.

import type { Command } from "commander";
import type { CliIo } from "./io.js";
import { resolveSettings, type GlobalOptions, type Settings } from "./resolve-settings.js";

export interface CliContext {
  io: CliIo;
  exitCode: number;
  settings(command: Command): Settings;
}

export function createContext(io: CliIo): CliContext {
  return {
    io,
    exitCode: 0,
    settings: (command) => resolveSettings(command.optsWithGlobals<GlobalOptions>(), io),
  };
}
