// `npm test > log` (issue 22): colour codes only on a terminal.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

describe("npm test's log", () => {
  it("runs vitest through scripts/vitest.mjs, which has no colour when not on a terminal", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(manifest.scripts.test).toMatch(/&& node scripts\/vitest\.mjs run$/);
    const { NO_COLOR: _ignored, FORCE_COLOR: _also, ...env } = process.env;
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "vitest.mjs"), "run", "tests/cli/readme.test.ts", "-t", "the matcher"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...env, TERM: "xterm-256color" },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/passed/);
    expect(result.stdout + result.stderr).not.toContain("\u001b[");
  });
});
