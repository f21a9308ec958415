import type { Source } from "../../core/types.js";
import type { Paint } from "../paint.js";
import { authorLine } from "./author-line.js";
import { wrap } from "./wrap.js";

export function renderSourcesText(rows: ReadonlyArray<Source & { claims: number }>, paint: Paint): string {
  const out: string[] = [];
  for (const source of rows) {
    const date = source.dateInferred ? `${source.issued} (inferred)` : source.issued;
    out.push(`${paint.id(source.id)}  ${paint.dim(date)}  ${source.claims} claims`);
    out.push(...wrap(paint.safe(authorLine(source)), 76).map((l) => `  ${l}`));
    if (source.dateNote) out.push(...wrap(paint.safe(`Date: ${source.dateNote}`), 76).map((l) => `  ${paint.dim(l)}`));
    out.push("");
  }
  return out.join("\n");
}
