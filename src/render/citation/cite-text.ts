// `pakaz cite` for a terminal: each reference, its in-text form, and the
// passages quoted from it with the claim ids, ready to paste.

import type { Paint } from "../paint.js";

export interface CitedReference {
  source: string;
  reference: string;
  inText: string;
  quotes: Array<{ claimId: string; quote: string }>;
}

export function renderCiteText(references: readonly CitedReference[], paint: Paint): string {
  const out: string[] = [];
  for (const entry of references) {
    out.push(paint.safe(entry.reference));
    out.push(`  ${paint.dim("in text:")} ${paint.safe(entry.inText)}`);
    for (const { claimId, quote } of entry.quotes) {
      out.push(`  ${paint.quote(`“${quote.replace(/\s+/g, " ").trim()}”`)} ${paint.dim("—")} ${paint.id(claimId)}`);
    }
    out.push("");
  }
  return out.join("\n");
}
