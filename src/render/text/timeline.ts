import type { TimelineDateConflict, TimelineEntry } from "../../core/timeline/build-timeline.js";
import type { Paint } from "../paint.js";
import { wrap } from "./wrap.js";

/** Dates sit in a column of their own; the widest common one is "late January 2013". */
const DATE_WIDTH = 19;
const TEXT_WIDTH = 80 - DATE_WIDTH - 1;
const PAD = " ".repeat(DATE_WIDTH);

function otherSideText(other: TimelineDateConflict["others"][number]): string {
  const sources = other.sources.map((s) => s.source).join(", ");
  const what = other.dates.length > 0 ? other.dates.join(", ") : `“${other.says}”`;
  const verb = other.sources.length > 1 ? "say" : "says";
  return `${sources || other.claim} ${verb} ${what} (${other.claim})`;
}

function renderEntry(entry: TimelineEntry, paint: Paint): string[] {
  const disputed = entry.dateConflicts.length > 0;
  // The mark sits in the date column too, so disputed dates stand out when scanning down it.
  // "~": a date inferred from "last year" and the article's date, not stated.
  const label = paint.safe(`${entry.label}${entry.inferred !== undefined ? " ~" : ""}${disputed ? " !" : ""}`);
  const dateCell = (text: string): string => (disputed ? paint.warn(text) : paint.bold(text));
  const out: string[] = [];
  const statement = wrap(paint.safe(entry.statement), TEXT_WIDTH);
  if (label.length <= DATE_WIDTH - 2) {
    out.push(`${dateCell(label.padEnd(DATE_WIDTH))}${statement[0] ?? ""}`, ...statement.slice(1).map((l) => `${PAD}${l}`));
  } else {
    out.push(dateCell(label), ...statement.map((l) => `${PAD}${l}`));
  }
  const role = entry.role && entry.inferred === undefined ? `(${paint.safe(entry.role)})` : "";
  const sources = wrap(entry.sources.map((s) => s.source).join(", "), TEXT_WIDTH - 2);
  // The id whole on its line; the role beside it where both fit, else under it.
  if (role === "" || entry.claim.length + 1 + role.length <= TEXT_WIDTH) out.push(`${PAD}${paint.id(entry.claim)}${role === "" ? "" : paint.dim(` ${role}`)}`);
  else out.push(`${PAD}${paint.id(entry.claim)}`, ...wrap(role, TEXT_WIDTH).map((l) => `${PAD}${paint.dim(l)}`));
  if (entry.inferred !== undefined) out.push(...wrap(paint.safe(`~ ${entry.inferred}`), TEXT_WIDTH).map((l, i) => `${PAD}${paint.dim(i === 0 ? l : `  ${l}`)}`));
  out.push(...sources.map((l, i) => `${PAD}${i === 0 ? paint.dim("· ") : "  "}${paint.source(l)}`));
  for (const conflict of entry.dateConflicts) {
    const text = `! dates disagree (${conflict.id}): ${conflict.others.map(otherSideText).join("; ")}`;
    out.push(...wrap(paint.safe(text), TEXT_WIDTH).map((l, i) => `${PAD}${paint.warn(i === 0 ? l : `  ${l}`)}`));
  }
  const others = entry.conflicts.filter((id) => !entry.dateConflicts.some((c) => c.id === id));
  if (others.length > 0) out.push(...wrap(`conflict: ${others.join(", ")}`, TEXT_WIDTH).map((l) => `${PAD}${paint.warn(paint.safe(l))}`));
  return out;
}

export function renderTimelineText(entries: readonly TimelineEntry[], paint: Paint): string {
  if (entries.length === 0) return "no dated events match\n";
  const first = entries[0]?.start.slice(0, 4) ?? "";
  const last = entries.reduce((max, e) => (e.start > max ? e.start : max), "").slice(0, 4);
  const disputed = entries.filter((e) => e.dateConflicts.length > 0).length;
  const inferred = entries.filter((e) => e.inferred !== undefined).length;
  const header = `${entries.length} dated event${entries.length === 1 ? "" : "s"}, ${first === last ? first : `${first}–${last}`}`;
  // Short enough that both notes fit an 80-column line.
  const notes = [...(disputed ? [`${disputed} disputed date${disputed === 1 ? "" : "s"}, marked !`] : []), ...(inferred ? [`${inferred} inferred, marked ~`] : [])];
  const out = [`${paint.bold(header)}${notes.length > 0 ? paint.dim(`  (${notes.join("; ")})`) : ""}`];
  let year = "";
  for (const entry of entries) {
    const entryYear = entry.start.slice(0, 4);
    if (entryYear !== year) out.push("");
    year = entryYear;
    out.push(...renderEntry(entry, paint));
  }
  return `${out.join("\n")}\n`;
}
