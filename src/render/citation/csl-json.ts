// CSL-JSON as Zotero, Pandoc and citeproc read it: the items as they are.

import type { CslItem } from "../../core/cite/csl-item.js";
import { toSafeJson } from "../sanitize-terminal-text.js";

export function renderCslJson(items: readonly CslItem[]): string {
  return `${toSafeJson(items, 2)}\n`;
}
