import type { Command } from "commander";
import { DEFAULT_STYLE } from "../../core/cite/style-registry.js";
import { exportFormatNames } from "../../render/citation/export-formats.js";
import type { CliContext } from "../context.js";
import { STYLE_OPTION_HELP } from "./cite.js";

export interface ExportOptions {
  format?: string;
  claims: string[];
  style?: string;
  output?: string;
  force?: boolean;
}

const collectIds = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== ""),
];

export function registerExport(program: Command, context: CliContext): void {
  program
    .command("export")
    .description("write the sources as BibTeX, BibLaTeX, CSL-JSON, RIS or a Markdown reference list, for a reference manager or a draft")
    .option("--format <format>", `${exportFormatNames().join(", ")} (default: bibtex, or what the -o file's extension says)`)
    .option("--claims <ids>", "only the sources behind these claim, conflict or source ids (comma-separated, or repeat the option)", collectIds, [])
    .option("-s, --style <style>", `for markdown: the ${STYLE_OPTION_HELP} (default: ${DEFAULT_STYLE})`)
    .option("-o, --output <file>", "write to <file> instead of standard output (never half-written)")
    .option("--force", "replace <file> if it exists")
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz export > pakaz.bib
  $ pakaz export --format ris -o pakaz.ris
  $ pakaz export --format csl-json --claims recognition-rank
  $ pakaz export --format markdown --style chicago --claims embassy-pakistan-baku-opened`,
    )
    .action(async (options: ExportOptions, command: Command) => {
      const { runExport } = await import("../actions/export.js");
      await runExport(context, context.settings(command), options);
    });
}
