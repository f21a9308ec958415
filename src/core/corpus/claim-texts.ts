// Every text that says what a claim says: the curator's statement, then each
// quote. What the engine reads of a claim beyond its curated facts is read
// from these.

import type { Claim } from "../types.js";

export function claimTexts(claim: Claim): string[] {
  return [claim.statement, ...claim.citations.map((c) => c.quote)];
}
