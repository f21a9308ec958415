import { formatIssued } from "../../core/timeline/issued-date.js";
import type { Source } from "../../core/types.js";
import type { Paint } from "../paint.js";
import { authorLine } from "./author-line.js";
import { wrap } from "./wrap.js";

export function renderSourcesText(rows: ReadonlyArray<Source & { claims: number }>, paint: Paint): string {
  const out: string[] = [];
  for (const source of rows) {
    // In words, as show, conflicts and timeline write it ("November 2016",
    // "2024–2025"), not as the corpus stores it ("2016-11", "2024/2025").
    const issued = formatIssued(source.issued);
    const date = source.dateInferred ? `${issued} (inferred)` : issued;
    out.push(`${paint.id(source.id)}  ${paint.dim(date)}  ${source.claims} claims`);
    out.push(...wrap(paint.safe(authorLine(source)), 76).map((l) => `  ${l}`));
    if (source.dateNote) out.push(...wrap(paint.safe(`Date: ${source.dateNote}`), 76).map((l) => `  ${paint.dim(l)}`));
    out.push("");
  }
  return out.join("\n");
}
