// Facts in words, for explanations: "12 March 1993", "$2 billion", "the third".

import type { FactNumber, FactRank, Facts } from "../types.js";
import { formatFactDate } from "./date-value.js";

const SCALES: ReadonlyArray<[number, string]> = [
  [1e9, "billion"],
  [1e6, "million"],
];

export function formatNumber(n: FactNumber): string {
  const scaled = (value: number): string => {
    for (const [size, word] of SCALES) {
      if (Math.abs(value) >= size) return `${Number((value / size).toFixed(2))} ${word}`;
    }
    return value.toLocaleString("en-US");
  };
  const value = n.to !== undefined ? `${scaled(n.value)}–${scaled(n.to)}` : scaled(n.value);
  const approx = n.approx ? `${n.hedge ?? "over"} ` : "";
  if (n.unit === "usd") return `${approx}$${value}`;
  if (n.unit === "percent") return `${approx}${value}%`;
  return `${approx}${value} ${n.unit}`;
}

const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

export function formatRank(rank: FactRank): string {
  switch (rank.kind) {
    case "ordinal":
      return `the ${ORDINALS[rank.position ?? 0] ?? `${rank.position}th`}`;
    case "among-first":
      return "one of the first";
    case "among-n":
      return `among the first ${rank.position ?? "few"}`;
    case "only":
      return "the only one";
    case "one-of-few":
      return "one of the few";
    case "one-of-many":
      return "one of several";
    case "among-last":
      return "one of the last";
  }
}

export function describeFacts(facts: Facts): string[] {
  const parts: string[] = [];
  for (const date of facts.dates ?? []) parts.push(`date: ${formatFactDate(date)}${date.role ? ` (${date.role})` : ""}`);
  for (const number of facts.numbers ?? []) parts.push(`number: ${formatNumber(number)}${number.of ? ` (${number.of})` : ""}`);
  if (facts.rank) parts.push(`rank: ${facts.rank.text ?? formatRank(facts.rank)}`);
  if (facts.polarity === "negative") parts.push("polarity: negative");
  if (facts.actor) parts.push(`actor: ${facts.actor}`);
  if (facts.place) parts.push(`place: ${facts.place}`);
  if (facts.entities?.length) parts.push(`entities: ${facts.entities.join(", ")}`);
  return parts;
}
