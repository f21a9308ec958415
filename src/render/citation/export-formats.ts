// The formats `pakaz export` writes, by name. Each loads what it needs when it
// runs (CSL-JSON needs no citation-js at all). A new format is one entry.

import type { CitedSource } from "../../core/cite/collect-citations.js";
import type { CslItem } from "../../core/cite/csl-item.js";
import type { CitationJs } from "./citation-js.js";

export interface ExportInput {
  items: readonly CslItem[];
  cited: readonly CitedSource[];
  /** citation-js, loaded on demand. */
  citationJs(): Promise<CitationJs>;
  /** The registered name of the chosen CSL style (formats that format references). */
  styleTemplate(citationJs: CitationJs): Promise<string>;
}

export interface ExportFormat {
  label: string;
  extension: string;
  usesStyle: boolean;
  render(input: ExportInput): Promise<string>;
}

export const EXPORT_FORMATS = {
  bibtex: {
    label: "BibTeX",
    extension: ".bib",
    usesStyle: false,
    async render(input) {
      const { renderBib } = await import("./bibtex.js");
      return renderBib(await input.citationJs(), input.items, "bibtex");
    },
  },
  biblatex: {
    label: "BibLaTeX",
    extension: ".bib",
    usesStyle: false,
    async render(input) {
      const { renderBib } = await import("./bibtex.js");
      return renderBib(await input.citationJs(), input.items, "biblatex");
    },
  },
  "csl-json": {
    label: "CSL-JSON",
    extension: ".json",
    usesStyle: false,
    async render(input) {
      const { renderCslJson } = await import("./csl-json.js");
      return renderCslJson(input.items);
    },
  },
  ris: {
    label: "RIS",
    extension: ".ris",
    usesStyle: false,
    async render(input) {
      const { renderRis } = await import("./ris.js");
      return renderRis(await input.citationJs(), input.items);
    },
  },
  markdown: {
    label: "Markdown",
    extension: ".md",
    usesStyle: true,
    async render(input) {
      const [{ renderMarkdown }, { formatReferences }] = await Promise.all([import("./markdown.js"), import("./format-references.js")]);
      const citationJs = await input.citationJs();
      const references = formatReferences(citationJs, input.items, await input.styleTemplate(citationJs), "html");
      return renderMarkdown(references, input.cited);
    },
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const exportFormatNames = (): ExportFormatName[] => Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
