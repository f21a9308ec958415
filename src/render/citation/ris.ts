// RIS through citation-js, with what its 0.8 mapping drops put back: authors
// and the full date of newspaper articles (it writes neither for TY NEWS),
// the end of a date range, and the kind of work of an interview (RIS has no
// interview type, so TY GEN with M3 "Interview"). pakaz writes the lines
// itself because citation-js breaks values every 70 characters, mid-word,
// and RIS readers join such lines with a space ("Mamnoon H ussain").

import type { CslItem, CslName } from "../../core/cite/csl-item.js";
import { citeItems, type CitationJs } from "./citation-js.js";

type RisRecord = Record<string, string | number | Array<string | number>>;

const risName = (name: CslName): string => name.literal ?? [name.family, name.given].filter(Boolean).join(", ");

/** DA is YYYY/MM/DD/other; a range has no slot of its own, so its span goes in "other". */
function risDate(parts: number[][]): string {
  const [start = [], end] = parts;
  const field = (n: number | undefined, width: number): string => (n === undefined ? "" : String(n).padStart(width, "0"));
  const other = end ? `${start.join("-")}-${end.join("-")}` : "";
  return `${field(start[0], 4)}/${field(start[1], 2)}/${field(start[2], 2)}/${other}`;
}

function completeRecord(record: RisRecord, item: CslItem): RisRecord {
  const out: RisRecord = { TY: record.TY ?? "GEN" };
  // Authors first after the type, as reference managers write them.
  if (item.author && record.AU === undefined && record.A1 === undefined) out.AU = item.author.map(risName);
  for (const [tag, value] of Object.entries(record)) if (tag !== "TY" && tag !== "DA") out[tag] = value;
  if (item.issued) out.DA = risDate(item.issued["date-parts"]);
  else if (record.DA !== undefined) out.DA = record.DA;
  if (item.type === "interview" && out.M3 === undefined) out.M3 = "Interview";
  return out;
}

/** The order reference managers write tags in; others follow as citation-js gave them. */
const TAG_ORDER = ["TY", "AU", "A1", "TI", "T2", "PY", "DA", "PB", "M3", "UR", "N1", "ID"];
const rank = (tag: string): number => (TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);

function formatRecord(record: RisRecord): string {
  const lines: string[] = [];
  const tags = Object.entries(record).sort(([a], [b]) => rank(a) - rank(b));
  for (const [tag, value] of tags) {
    for (const one of Array.isArray(value) ? value : [value]) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, " ")}`);
  }
  lines.push("ER  - ");
  return lines.join("\n");
}

export function renderRis(citationJs: CitationJs, items: readonly CslItem[]): string {
  const records = citeItems(citationJs, items).format("ris", { format: "object" }) as unknown as RisRecord[];
  return `${records.map((record, i) => formatRecord(items[i] ? completeRecord(record, items[i]) : record)).join("\n\n")}\n`;
}
