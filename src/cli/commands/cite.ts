import type { Command } from "commander";
import { builtinStyleNames, DEFAULT_STYLE } from "../../core/cite/style-registry.js";
import type { CliContext } from "../context.js";

export const STYLE_OPTION_HELP = `citation style: ${builtinStyleNames().join(", ")}, or the path of a CSL 1.0 file`;

export interface CiteOptions {
  style: string;
  json?: boolean;
}

export function registerCite(program: Command, context: CliContext): void {
  program
    .command("cite")
    .description("format the sources behind claims, conflicts or sources as references in a citation style, with the quoted passages")
    .argument("<ids...>", "claim, conflict or source ids (see pakaz search, pakaz conflicts, pakaz sources)")
    .option("-s, --style <style>", STYLE_OPTION_HELP, DEFAULT_STYLE)
    .option("--json", "print JSON: each reference as text and HTML, its in-text citation and the quotes")
    .addHelpText(
      "after",
      `
Examples:
  $ pakaz cite recognition-rank
  $ pakaz cite --style mla embassy-pakistan-baku-opened
  $ pakaz cite --style ./house-style.csl ali-fortifying

Other CSL styles: https://github.com/citation-style-language/styles (download a .csl file, give its path).`,
    )
    .action(async (ids: string[], options: CiteOptions, command: Command) => {
      const { runCite } = await import("../actions/cite.js");
      await runCite(context, context.settings(command), ids, options);
    });
}
