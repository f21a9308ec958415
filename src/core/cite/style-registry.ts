// Citation styles by name. Each entry says where its CSL comes from — a
// template citation-js ships, or a file bundled in data/styles — so the CLI
// loads only the one asked for. A new style is one line here.

import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import { findNearestId } from "../text/nearest-id.js";

export type StyleSource =
  | { kind: "citation-js"; template: string }
  | { kind: "bundled"; file: string };

export interface BuiltinStyle {
  name: string;
  label: string;
  source: StyleSource;
}

export const BUILTIN_STYLES: readonly BuiltinStyle[] = [
  { name: "apa", label: "APA 7th edition", source: { kind: "citation-js", template: "apa" } },
  { name: "chicago", label: "Chicago Manual of Style 17th edition, author-date", source: { kind: "bundled", file: "chicago.csl" } },
  { name: "harvard", label: "Harvard (as citation-js ships it)", source: { kind: "citation-js", template: "harvard1" } },
  { name: "mla", label: "MLA Handbook 9th edition", source: { kind: "bundled", file: "mla.csl" } },
  { name: "vancouver", label: "Vancouver", source: { kind: "citation-js", template: "vancouver" } },
];

export const DEFAULT_STYLE = "apa";

export const builtinStyleNames = (): string[] => BUILTIN_STYLES.map((style) => style.name);

export type StyleRequest = { kind: "builtin"; style: BuiltinStyle } | { kind: "file"; path: string };

/** A path is anything that looks like one; everything else must be a built-in name. */
function looksLikePath(input: string): boolean {
  return /[\\/]/.test(input) || /\.(csl|xml)$/i.test(input);
}

export function resolveStyle(input: string): Result<StyleRequest, PakazError> {
  const wanted = input.trim();
  if (looksLikePath(wanted)) return ok({ kind: "file", path: wanted });
  const style = BUILTIN_STYLES.find((s) => s.name === wanted.toLowerCase());
  if (style) return ok({ kind: "builtin", style });
  const suggestion = findNearestId(wanted, builtinStyleNames());
  return err({ code: "unknown-style", name: input, builtins: builtinStyleNames(), ...(suggestion ? { suggestion } : {}) });
}
