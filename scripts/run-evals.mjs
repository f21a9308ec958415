// `npm run eval -- <flags>`: runs both evaluations with the same flags.
// npm appends a script's arguments to its last command only, so
// "node scripts/eval.mjs && node scripts/eval-review.mjs" gave --held-out
// and --verbose to the review evaluation alone.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const flags = process.argv.slice(2);
for (const script of ["eval.mjs", "eval-review.mjs"]) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...flags], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
