// The exit statuses of DESIGN.md. A verdict is a result, not an error, so it
// maps to a status the way grep maps "no match" to 1.

import type { Verdict } from "../core/verdict/verdict.js";

export const EXIT_USAGE = 2;

const VERDICT_EXIT: Record<Verdict, number> = {
  supported: 0,
  contradicted: 1,
  disputed: 3,
  unverified: 4,
};

export function exitCodeForVerdict(verdict: Verdict | undefined): number {
  return verdict === undefined ? 0 : VERDICT_EXIT[verdict];
}
