import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";

// `pakaz conflicts | head -1`: the reader leaves after the first chunk. pakaz
// must stop quietly with success, not print an EPIPE stack trace.
it("exits 0 without a word on stderr when its reader goes away", async () => {
  const child = spawn(process.execPath, [BIN, "--no-color", "conflicts"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});
