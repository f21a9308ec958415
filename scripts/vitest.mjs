// Runs vitest with colour only on a terminal. vitest's colours (tinyrainbow)
// are on whenever TERM is not "dumb", so `npm test > log` filled the log with
// escape codes; NO_COLOR (no-color.org) turns them off when standard output
// is not a terminal, unless the caller asked for colour (FORCE_COLOR).

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
if (!process.stdout.isTTY && env.FORCE_COLOR === undefined) env.NO_COLOR = "1";
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const result = spawnSync(process.execPath, [vitest, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exitCode = result.status ?? 1;
