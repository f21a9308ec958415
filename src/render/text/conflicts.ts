import type { ConflictAudit } from "../../core/conflicts/audit-conflicts.js";
import type { ConflictEntry } from "../../core/conflicts/describe-conflict.js";
import type { Paint } from "../paint.js";
import { wrap } from "./wrap.js";

/** Text lines wrapped to `width`, the first after `first`, the rest after `rest` (same visible width). */
function hang(text: string, width: number, first: string, rest: string): string[] {
  return wrap(text, width).map((line, i) => `${i === 0 ? first : rest}${line}`);
}

/** One conflict: its sides one under the other, each with its quotes, sources and dates, then the assessment. */
export function renderConflictEntry(entry: ConflictEntry, paint: Paint): string[] {
  const out = [`${paint.id(entry.id)}  ${paint.dim(`${entry.kind} · ${paint.safe(entry.topic)}`)}`];
  out.push(...wrap(paint.safe(entry.title), 78).map((l) => paint.bold(l)));
  if (entry.kind === "superseded") out.push(paint.dim("Oldest first: each side was true as of its article's date."));
  entry.sides.forEach((side, i) => {
    const number = `${i + 1}.`.padEnd(3);
    out.push("", ...hang(paint.safe(side.says), 72, `  ${paint.warn(number)} `, "      "));
    out.push(`      ${paint.dim("claim")} ${paint.id(side.claim)}`);
    if (entry.dimension === "date" && side.dates.length > 0) out.push(`      ${paint.dim("date")}  ${paint.safe(side.dates.join(", "))}`);
    side.quotes.forEach((quote, q) => {
      // Several quotes from one article share its heading.
      if (side.quotes[q - 1]?.source !== quote.source) {
        const date = quote.date === "" ? "" : paint.dim(` · ${paint.safe(quote.date)}${quote.dateInferred ? " (inferred)" : ""}`);
        out.push(`      ${paint.source(quote.source)}${date}`);
      }
      out.push(...wrap(`“${quote.quote}”`, 70).map((l) => `        ${paint.quote(l)}`));
    });
  });
  out.push("", `  ${paint.bold("Assessment")}`, ...wrap(paint.safe(entry.assessment), 74).map((l) => `    ${l}`));
  return out;
}

function renderBrief(entry: ConflictEntry, paint: Paint): string[] {
  return [
    `${paint.id(entry.id)}  ${paint.dim(entry.kind)}`,
    ...wrap(paint.safe(entry.title), 74).map((l) => `    ${l}`),
    ...wrap(paint.safe(entry.sources.join(", ")), 74).map((l) => `    ${paint.dim(l)}`),
  ];
}

export function renderConflictsText(entries: readonly ConflictEntry[], paint: Paint, options: { brief?: boolean } = {}): string {
  if (entries.length === 0) return "no conflicts match\n";
  const blocks = entries.map((entry) => (options.brief ? renderBrief(entry, paint) : renderConflictEntry(entry, paint)).join("\n"));
  const count = `${entries.length} conflict${entries.length === 1 ? "" : "s"} between the sources`;
  const hint = options.brief ? "  (pakaz show <id> for both sides)" : "";
  return `${paint.bold(count)}${paint.dim(hint)}\n\n${blocks.join(options.brief ? "\n" : "\n\n")}\n`;
}

/** `conflicts --unrecorded`: what a curator should read, each finding with the ids to pass to `pakaz show`. */
export function renderAuditText(audit: ConflictAudit, paint: Paint): string {
  const out: string[] = [];
  out.push(paint.bold(`${audit.unrecorded.length} pairs of claims read as contradicting each other, recorded by no conflict`));
  for (const pair of audit.unrecorded) {
    out.push("", `  ${paint.id(pair.claim)}`, `  ${paint.id(pair.other)}`);
    for (const d of pair.differences) out.push(...wrap(paint.safe(d), 72).map((l) => `    ${paint.dim(l)}`));
  }
  out.push("", paint.bold(`${audit.agreeing.length} conflicts whose sides are read as agreeing`));
  for (const a of audit.agreeing) out.push("", `  ${paint.id(a.conflict)}`, `    ${paint.id(a.claim)}`, `    ${paint.id(a.other)}`);
  out.push("", paint.dim("Record each real disagreement in data/conflicts.yaml, fix a claim the engine misreads, or leave a note why not."));
  return `${out.join("\n")}\n`;
}
