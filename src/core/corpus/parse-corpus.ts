// YAML text → plain data, keeping enough of the parse tree to point any later
// error (schema, reference, quote) at the file, line and column it came from.

import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Location } from "../types.js";
import type { CorpusFile } from "./read-corpus.js";

export interface ParsedFile {
  path: string;
  data: unknown;
  /** Location of the node at a path such as ["claims", 3, "facts"]; the nearest existing ancestor otherwise. */
  locate(path: ReadonlyArray<string | number>): Location;
}

/**
 * Aliases (`*anchor`) can expand exponentially ("billion laughs"). A corpus has
 * no need for many, so a small bound turns an attack into a clear error.
 */
const MAX_ALIAS_COUNT = 100;

export function parseCorpusFile(file: CorpusFile): Result<ParsedFile, PakazError> {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return err({ code: "yaml-syntax", at: { file: file.path, line: 1, column: 1 }, reason: String(error) });
  }
  const at = (offset: number): Location => {
    const pos = lineCounter.linePos(offset);
    return { file: file.path, line: pos.line, column: pos.col };
  };
  const first = doc.errors[0];
  if (first !== undefined) {
    const reason = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? first.code;
    return err({ code: "yaml-syntax", at: at(first.pos[0]), reason });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return err({
      code: "yaml-too-complex",
      at: { file: file.path, line: 1, column: 1 },
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (data === null || data === undefined) data = {};
  const locate = (path: ReadonlyArray<string | number>): Location => {
    let node: unknown = doc.contents;
    let found: Node | null = doc.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => {
          const k = item.key as { value?: unknown } | null;
          return k !== null && typeof k === "object" && k.value === key;
        });
        if (pair === undefined) break;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
      } else {
        break;
      }
      if (node !== null && typeof node === "object" && "range" in node) found = node as Node;
    }
    const offset = found?.range?.[0] ?? 0;
    return at(offset);
  };
  return ok({ path: file.path, data, locate });
}
