import type { Source } from "../../core/types.js";

/** "Ali, Saima. “Title.” Container." — a plain reference line for listings (not a citation style). */
export function authorLine(source: Source): string {
  const authors = source.authors
    .map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(", "))
    .join("; ");
  const title = source.titleSupplied ? `[${source.title}]` : `“${source.title}”`;
  return [authors === "" ? undefined : `${authors}.`, `${title}.`, source.container ? `${source.container}.` : undefined]
    .filter(Boolean)
    .join(" ");
}
