// What a first user tripped over (issue 22): each case failed before its fix.

import { describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../helpers/run-cli.js";

describe("help and verdicts, as a newcomer reads them", () => {
  it("pakaz --help wraps its description as one paragraph, not mid-phrase", () => {
    const { stdout } = spawnCli(["--help"]);
    const lines = stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Check statements"));
    const end = lines.indexOf("", start);
    const paragraph = lines.slice(start, end);
    expect(paragraph.join(" ")).toBe(
      "Check statements about Pakistan–Azerbaijan relations against five published articles, with the quotes that support or contradict them and the places where the sources disagree.",
    );
    // Every line but the last is filled: none was broken after a word or two.
    for (const line of paragraph.slice(0, -1)) expect(line.length).toBeGreaterThan(60);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("does not dim the reason line of a verdict, the line that matters most", async () => {
    const { stdout } = await runCli(["--color", "check", "Pakistan opened its embassy in Baku in 1997"]);
    const first = stdout.split("\n")[0] ?? "";
    expect(first).toContain("the sources speak to this and say otherwise");
    expect(first).not.toContain("\u001b[2m");
  });
});
