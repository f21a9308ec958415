// A reference list in Markdown for pasting into a draft: each reference in
// the chosen style (italics kept), then the passages quoted from it with the
// claim each one states.

import type { CitedSource } from "../../core/cite/collect-citations.js";
import type { FormattedReference } from "./format-references.js";
import { htmlToMarkdown } from "./html-to-markdown.js";

const escapeQuote = (text: string): string => text.replace(/\s+/g, " ").trim().replace(/([\\`*_<>])/g, "\\$1");

/** `references` are formatted as HTML, in the style's order. */
export function renderMarkdown(references: readonly FormattedReference[], cited: readonly CitedSource[]): string {
  const quotesOf = new Map(cited.map((entry) => [entry.source.id, entry.quotes]));
  const out = ["## References", ""];
  for (const reference of references) {
    out.push(htmlToMarkdown(reference.reference), "");
    for (const { claimId, quote } of quotesOf.get(reference.id) ?? []) {
      out.push(`> “${escapeQuote(quote)}” (claim \`${claimId}\`)`, "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
