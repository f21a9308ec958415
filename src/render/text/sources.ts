import type { Source } from "../../core/types.js";
import type { Paint } from "../paint.js";
import { authorLine } from "./author-line.js";

export function renderSourcesText(rows: ReadonlyArray<Source & { claims: number }>, paint: Paint): string {
  const out: string[] = [];
  for (const source of rows) {
    const date = source.dateInferred ? `${source.issued} (inferred)` : source.issued;
    out.push(`${paint.id(source.id)}  ${paint.dim(date)}  ${source.claims} claims`);
    out.push(`  ${paint.safe(authorLine(source))}`);
    if (source.dateNote) out.push(`  ${paint.dim(paint.safe(`Date: ${source.dateNote}`))}`);
    out.push("");
  }
  return out.join("\n");
}
