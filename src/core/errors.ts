// Every expected failure pakaz can report, as data. The CLI turns these into
// one sentence each (src/cli/messages.ts); the core never words them, so a
// library user can branch on `code` and translate or reformat as they like.

import type { Location } from "./types.js";

export type PakazError =
  | { code: "corpus-missing"; path: string }
  | { code: "corpus-unreadable"; path: string; reason: string }
  | { code: "corpus-empty"; path: string }
  | { code: "yaml-syntax"; at: Location; reason: string }
  | { code: "yaml-too-complex"; at: Location; reason: string }
  | { code: "schema"; at: Location; field: string; reason: string }
  | { code: "duplicate-id"; id: string; at: Location; first: Location }
  | {
      code: "unknown-reference";
      kind: "source" | "claim" | "entity";
      id: string;
      from: string;
      at: Location;
      suggestion?: string;
    }
  | { code: "conflict-side-not-enough"; id: string; at: Location }
  | { code: "conflict-side-value-missing"; id: string; claim: string; at: Location }
  | { code: "conflict-event-unknown"; id: string; event: string; at: Location }
  | { code: "claim-event-unknown"; id: string; event: string; at: Location }
  | { code: "seed-missing"; source: string; path: string }
  | { code: "seed-hash-mismatch"; source: string; path: string; expected: string; actual: string }
  | { code: "quote-not-found"; claim: string; source: string; quote: string; at: Location }
  | { code: "unknown-id"; id: string; kinds: string; suggestion?: string }
  | { code: "unknown-value"; what: string; option: string; value: string; known: string[]; suggestion?: string }
  | { code: "empty-claim" }
  | { code: "claim-too-long"; length: number; max: number }
  | { code: "draft-refused"; path: string; reason: string }
  | { code: "bad-option"; option: string; value: string; expected: string }
  | { code: "unknown-style"; name: string; builtins: string[]; suggestion?: string }
  | { code: "style-unreadable"; path: string; reason: string; builtins: string[] }
  | { code: "style-invalid"; path: string; reason: string; builtins: string[] }
  | { code: "output-exists"; path: string }
  | { code: "output-folder-missing"; path: string; folder: string }
  | { code: "output-unwritable"; path: string; reason: string }
  | { code: "cwd-missing" }
  | { code: "write-failed"; stream: string; reason: string }
  | { code: "line-endless"; source: string; line: number; limit: string };

export type PakazErrorCode = PakazError["code"];

/**
 * Carries a PakazError through code that can only throw (commander actions,
 * deep helpers). Caught at the CLI edge and reported like any other error.
 */
export class PakazFailure extends Error {
  constructor(readonly error: PakazError) {
    super(error.code);
    this.name = "PakazFailure";
  }
}
