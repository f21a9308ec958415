// CSL styles through citation-js's citeproc: register a style's XML under a
// name, then format references and in-text citations with it.

import { sha256Hex } from "../../core/hash.js";
import type { CslItem } from "../../core/cite/csl-item.js";
import { citeItems, type CitationJs } from "./citation-js.js";

export type Markup = "text" | "html";

export interface FormattedReference {
  id: string;
  /** The bibliography entry, without a trailing newline. */
  reference: string;
  /** The parenthetical or numbered in-text citation, e.g. "(Ali, 2016)". */
  inText: string;
}

/**
 * Registers CSL XML with citation-js and returns the name to format with.
 * citation-js caches a citeproc engine per name, so the name carries a hash
 * of the XML: two different files never share an engine.
 */
export function registerStyleXml(citationJs: CitationJs, xml: string): string {
  const name = `pakaz-${sha256Hex(xml).slice(0, 16)}`;
  if (!citationJs.styles.has(name)) citationJs.styles.add(name, xml);
  return name;
}

/** References in the order the style sorts them (alphabetical for APA, cited order for Vancouver). */
export function formatReferences(citationJs: CitationJs, items: readonly CslItem[], template: string, markup: Markup = "text"): FormattedReference[] {
  if (items.length === 0) return [];
  const cite = citeItems(citationJs, items);
  const entries = cite.format("bibliography", { template, format: markup, asEntryArray: true });
  const order = entries.map(([id]) => id);
  return entries.map(([id, entry], index) => ({
    id,
    reference: cleanEntry(entry, markup),
    // Cited amid all the others in reference-list order, so a numbered style
    // gives the number the list shows and author-date styles add 2025a/2025b.
    inText: cleanEntry(
      cite.format("citation", {
        template,
        format: markup,
        entry: id,
        citationsPre: order.slice(0, index),
        citationsPost: order.slice(index + 1),
      }),
      markup,
    ),
  }));
}

/** citeproc wraps HTML entries in a div and ends text entries with a newline; a caller wants the entry alone. */
function cleanEntry(entry: string, markup: Markup): string {
  const trimmed = entry.trim();
  if (markup === "text") return trimmed;
  return trimmed.replace(/^<div[^>]*>/, "").replace(/<\/div>$/, "").trim();
}
