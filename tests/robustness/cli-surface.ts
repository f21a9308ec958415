// The commands and options pakaz has right now, read from its own --help,
// so that the robustness suite exercises every command that exists (new ones
// included) without a list to keep up to date.

import { runCli } from "../helpers/run-cli.js";

export interface OptionSurface {
  /** The long name, e.g. "--top". */
  long: string;
  /** The placeholder of its value ("n", "file"), or undefined for a flag. */
  value: string | undefined;
}

export interface ArgumentSurface {
  name: string;
  required: boolean;
  variadic: boolean;
}

export interface CommandSurface {
  name: string;
  args: ArgumentSurface[];
  options: OptionSurface[];
}

const COMMAND_LINE = /^ {2}([a-z][\w-]*) (?:\[options\])?/;
const OPTION_LINE = /^ {2}(?:-[A-Za-z], )?(--[a-z][\w-]*)(?: <([^>]+)>)?/;

function parseArgs(usage: string): ArgumentSurface[] {
  return [...usage.matchAll(/([<[])([\w-]+)(\.\.\.)?[>\]]/g)]
    .filter((m) => m[2] !== "options")
    .map((m) => ({ name: m[2] ?? "", required: m[1] === "<", variadic: m[3] !== undefined }));
}

export async function discoverCommands(): Promise<CommandSurface[]> {
  const help = (await runCli(["--help"])).stdout;
  const block = help.slice(help.indexOf("Commands:"));
  const names = block
    .split("\n")
    .map((line) => COMMAND_LINE.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== "help");
  const commands: CommandSurface[] = [];
  for (const name of names) {
    const text = (await runCli([name, "--help"])).stdout;
    const usage = text.split("\n").find((line) => line.startsWith("Usage:")) ?? "";
    const optionsBlock = text.slice(text.indexOf("Options:"));
    const options = optionsBlock
      .split("\n")
      .map((line) => OPTION_LINE.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && m[1] !== "--help")
      .map((m) => ({ long: m[1] ?? "", value: m[2] }));
    commands.push({ name, args: parseArgs(usage.replace(/^Usage: pakaz \S+/, "")), options });
  }
  return commands;
}
