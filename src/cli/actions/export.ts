// What `pakaz export` does, loaded only when it runs (commands/export.ts holds
// its options and help).

import { extname } from "node:path";
import { collectCitations, type CitedSource } from "../../core/cite/collect-citations.js";
import { properNames, withSentenceCaseTitles } from "../../core/cite/sentence-case.js";
import { citedSourcesToCsl } from "../../core/cite/source-to-csl.js";
import { DEFAULT_STYLE } from "../../core/cite/style-registry.js";
import { lookupCorpus } from "../../core/corpus/corpus-lookup.js";
import { PakazFailure } from "../../core/errors.js";
import type { CitationJs } from "../../render/citation/citation-js.js";
import { EXPORT_FORMATS, exportFormatNames, isExportFormat, type ExportFormatName } from "../../render/citation/export-formats.js";
import { sanitizeTerminalLine, sanitizeTerminalText } from "../../render/sanitize-terminal-text.js";
import type { CliContext } from "../context.js";
import { openCorpus } from "../open-corpus.js";
import { isStandardOutput, writeOutputFile } from "../write-output.js";
import { readStyle, useStyle } from "./cite.js";
import type { Settings } from "../resolve-settings.js";
import type { ExportOptions } from "../commands/export.js";

/** -o refs.ris picks RIS without --format; .bib means BibTeX, the more widely read of the two. */
const FORMAT_BY_EXTENSION: Record<string, ExportFormatName> = {
  ".bib": "bibtex",
  ".ris": "ris",
  ".json": "csl-json",
  ".md": "markdown",
  ".markdown": "markdown",
};

function chooseFormat(options: ExportOptions): ExportFormatName {
  if (options.format === undefined) {
    if (options.output === undefined || isStandardOutput(options.output)) return "bibtex";
    const extension = extname(options.output).toLowerCase();
    // A name without an extension gets the default; refs.xyz silently got
    // BibTeX too, and an extension pakaz does not know is now an error.
    if (extension === "") return "bibtex";
    const byExtension = FORMAT_BY_EXTENSION[extension];
    if (byExtension === undefined) {
      const known = Object.keys(FORMAT_BY_EXTENSION);
      const listed = `${known.slice(0, -1).join(", ")} or ${known.at(-1) ?? ""}`;
      throw new PakazFailure({ code: "bad-option", option: "-o", value: options.output, expected: `a file name ending in ${listed}, or the format given with --format` });
    }
    return byExtension;
  }
  const name = options.format.trim().toLowerCase();
  if (!isExportFormat(name)) {
    throw new PakazFailure({ code: "bad-option", option: "--format", value: options.format, expected: `one of ${exportFormatNames().join(", ")}` });
  }
  return name;
}

export async function runExport(context: CliContext, settings: Settings, options: ExportOptions): Promise<void> {
  const formatName = chooseFormat(options);
  const format = EXPORT_FORMATS[formatName];
  if (options.style !== undefined && !format.usesStyle) {
    throw new PakazFailure({ code: "bad-option", option: "--style", value: options.style, expected: "--style only with --format markdown; the other formats carry data, not a style" });
  }
  const style = format.usesStyle ? await readStyle(options.style ?? DEFAULT_STYLE, settings) : undefined;
  const lookup = lookupCorpus(await openCorpus(settings));

  let cited: CitedSource[];
  if (options.claims.length > 0) {
    const collected = collectCitations(options.claims, lookup);
    if (!collected.ok) throw new PakazFailure(collected.error);
    cited = collected.value;
  } else {
    cited = lookup.corpus.sources.map((source) => ({ source, quotes: [] }));
  }
  const cslItems = citedSourcesToCsl(lookup.corpus.sources, cited.map((c) => c.source.id));
  // A formatted reference list gets sentence-case titles, as cite does; data formats keep the article's own.
  const items = format.usesStyle ? withSentenceCaseTitles(cslItems, properNames(lookup.corpus)) : cslItems;

  let loaded: Promise<CitationJs> | undefined;
  const citationJs = (): Promise<CitationJs> => {
    loaded ??= import("../../render/citation/citation-js.js").then((m) => m.loadCitationJs());
    return loaded;
  };
  const rendered = await format.render({
    items,
    cited,
    citationJs,
    styleTemplate: async (loadedCitationJs) => {
      if (!style) throw new Error(`${formatName} formats no references`);
      return useStyle(loadedCitationJs, style, items);
    },
  });

  // citation-js passes a corpus's control characters through untouched, and
  // these files are printed to terminals (by default to this one).
  const text = sanitizeTerminalText(rendered);
  if (options.output === undefined || isStandardOutput(options.output)) {
    context.io.stdout(text);
    return;
  }
  const written = await writeOutputFile(options.output, text, { cwd: settings.cwd, force: options.force === true });
  const count = `${items.length} reference${items.length === 1 ? "" : "s"}`;
  context.io.stderr(`wrote ${count} (${format.label}) to ${sanitizeTerminalLine(written)}\n`);
}
