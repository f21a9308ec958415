// BibTeX and BibLaTeX through citation-js, with the entry types fitted to
// web articles and interviews. citation-js maps CSL types one to one
// (an interview becomes BibLaTeX @audio, an article without a periodical an
// @article with no journal); pakaz asks it for the nearest type that carries
// every field, then renames that entry to the type a reference manager
// expects. So citation-js still does all escaping and name formatting.

import type { CslItem } from "../../core/cite/csl-item.js";
import { citeItems, type BibEntry, type CitationJs } from "./citation-js.js";

export type BibDialect = "bibtex" | "biblatex";

interface EntryFit {
  /** The CSL type citation-js is given, chosen for the fields it then writes. */
  view: string;
  /** The entry type written instead of citation-js's choice. */
  entryType?: string;
  /** Where the container (journal, site, outlet) goes when the entry type has no journal. */
  containerField?: string;
  extra?: Record<string, string>;
}

const INTERVIEW = { type: "Interview" };

function fitEntry(item: CslItem, dialect: BibDialect): EntryFit {
  const container = item["container-title"] !== undefined;
  switch (item.type) {
    case "article-magazine":
    case "article-newspaper":
      if (container) return { view: item.type };
      // Not in a periodical: a standalone online piece (@online needs a URL) or a @misc.
      return dialect === "biblatex" && item.URL ? { view: "webpage" } : { view: "document" };
    case "webpage":
      if (dialect === "biblatex") return container ? { view: "article-magazine", entryType: "online", containerField: "organization" } : { view: "webpage" };
      return container ? { view: "article-magazine", entryType: "misc", containerField: "howpublished" } : { view: "document" };
    case "interview":
      return container
        ? { view: "article-magazine", entryType: "misc", containerField: "howpublished", extra: INTERVIEW }
        : { view: "document", extra: INTERVIEW };
    case "report":
      return { view: "report" };
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fitted(entry: BibEntry, item: CslItem, fit: EntryFit, dialect: BibDialect): BibEntry {
  const properties: Record<string, string> = {};
  for (const [field, value] of Object.entries(entry.properties)) {
    const containerSource = field === "journal" || field === "journaltitle";
    properties[containerSource && fit.containerField ? fit.containerField : field] = value;
  }
  Object.assign(properties, fit.extra);
  const parts = item.issued?.["date-parts"];
  // BibTeX's year is one year ("2024--2025" is none, and styles print or sort
  // it wrongly): it takes the first, and the note keeps the range, ahead of
  // the reason the date was inferred. BibLaTeX's date holds the range itself.
  if (dialect === "bibtex" && parts && parts.length > 1) {
    const years = parts.map((p) => p[0]);
    properties.year = String(years[0]);
    const range = `Published ${years.join("–")}.`;
    properties.note = properties.note === undefined ? range : `${range} ${properties.note}`;
  }
  return { type: fit.entryType ?? entry.type, label: entry.label, properties };
}

function formatEntry(entry: BibEntry, dialect: BibDialect): string {
  const fields = Object.entries(entry.properties).map(([field, value]) => {
    // BibTeX styles know month macros (nov) and print them in the document's language; "{11}" prints as 11.
    const month = field === "month" && dialect === "bibtex" ? MONTHS[Number(value) - 1] : undefined;
    return `\t${field} = ${month ?? `{${value}}`},\n`;
  });
  return `@${entry.type}{${entry.label},\n${fields.join("")}}\n`;
}

export function renderBib(citationJs: CitationJs, items: readonly CslItem[], dialect: BibDialect): string {
  const fits = items.map((item) => fitEntry(item, dialect));
  // A view's type may be one pakaz never maps a source to ("document"), hence the cast.
  const views = items.map((item, i) => ({ ...item, type: fits[i]?.view ?? item.type }) as unknown as CslItem);
  const entries = citeItems(citationJs, views).format(dialect, { format: "object" });
  return entries
    .map((entry, i) => {
      const item = items[i];
      const fit = fits[i];
      return item && fit ? formatEntry(fitted(entry, item, fit, dialect), dialect) : formatEntry(entry, dialect);
    })
    .join("\n");
}
