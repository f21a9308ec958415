import { describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../helpers/run-cli.js";

describe("pakaz check", () => {
  it("contradicts a date that belongs to another embassy, naming both", async () => {
    const { code, stdout } = await runCli(["check", "Pakistan opened its embassy in Baku in 1997"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^CONTRADICTED/);
    const flat = stdout.replace(/\s+/g, " ");
    expect(flat).toContain("you said 1997");
    expect(flat).toContain("12 March 1993");
    expect(flat).toContain("“Pakistan’s first embassy was opened in March 1993 in Baku”");
  });

  it("prints the DESIGN.md JSON shape", async () => {
    const { code, stdout } = await runCli(["check", "--json", "Pakistan opened its embassy in Baku in March 1993"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ claim: "Pakistan opened its embassy in Baku in March 1993", verdict: "supported" });
    expect(result.citations).toContainEqual({
      source: "liberal-perspective",
      claimId: "embassy-pakistan-baku-opened",
      quote: "The Embassy of the Islamic Republic of Pakistan to Azerbaijan was opened on March 12, 1993.",
    });
    expect(Array.isArray(result.conflicts)).toBe(true);
  });

  it("reports a claim on a recorded conflict as disputed, exit 3", async () => {
    const { code, stdout } = await runCli(["check", "--json", "Pakistan was the third country to recognise Azerbaijan's independence"]);
    expect(code).toBe(3);
    const result = JSON.parse(stdout);
    expect(result.verdict).toBe("disputed");
    expect(result.conflicts).toContain("recognition-rank");
  });

  it("does not take a shared year as evidence", async () => {
    const { code, stdout } = await runCli(["check", "--json", "Pakistan won the Cricket World Cup in 1992"]);
    expect(code).toBe(4);
    expect(JSON.parse(stdout).verdict).toBe("unverified");
  });

  it("refuses an empty claim with one sentence and exit 2", async () => {
    const { code, stderr, stdout } = await runCli(["check", "   "]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^pakaz: the claim is empty/);
  });

  it("checks a batch from stdin as JSON Lines, exiting with the worst verdict", () => {
    const stdin = "# a comment\nPakistan opened its embassy in Baku in March 1993\n\nPakistan opened its embassy in Baku in 1997\n";
    const { code, stdout } = spawnCli(["check", "--json", "-f", "-"], { stdin });
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.verdict])).toEqual([
      [2, "supported"],
      [4, "contradicted"],
    ]);
    expect(code).toBe(1);
  });
});

describe("pakaz check given several sentences", () => {
  it("says so and checks each on its own, exiting with the worst verdict", async () => {
    const { code, stdout, stderr } = await runCli(["check", "Pakistan opened its embassy in Baku in March 1993. Azerbaijan opened its embassy in Pakistan in 1995."]);
    expect(stderr).toMatch(/^pakaz: that is 2 sentences; checking each on its own \(pakaz review checks a whole text/);
    expect(stdout).toMatch(/^SUPPORTED {2}/);
    expect(stdout).toMatch(/\n\nCONTRADICTED {2}/);
    expect(code).toBe(1);
  });

  it("prints one JSON object per sentence, numbered, as JSON Lines", async () => {
    const { code, stdout } = await runCli(["check", "--json", "Pakistan opened its embassy in Baku in March 1993. Mr. Aliyev visited Pakistan in July 2024."]);
    const objects = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.sentence, o.claim])).toEqual([
      [1, "Pakistan opened its embassy in Baku in March 1993."],
      [2, "Mr. Aliyev visited Pakistan in July 2024."],
    ]);
    const worst = ["contradicted", "disputed", "unverified", "supported"].find((v) => objects.some((o) => o.verdict === v));
    expect(code).toBe({ supported: 0, contradicted: 1, disputed: 3, unverified: 4 }[worst ?? "supported"]);
  });

  it("checks one sentence with an abbreviation or a decimal as one", async () => {
    const { stderr } = await runCli(["check", "Mr. Mohiuddin said ICT grew 13.2 % in Azerbaijan in 2021."]);
    expect(stderr).toBe("");
  });
});

describe("pakaz check on fragments", () => {
  // Found by the property tests: one word that a typo correction turned into
  // a corpus word ("proto" → "protocol") used to come back supported.
  it.each(["proto", "embassy", "tostring hundred"])("%s is not a statement, so it is unverified", async (fragment) => {
    const { code, stdout } = await runCli(["check", "--json", fragment]);
    expect(JSON.parse(stdout).verdict).toBe("unverified");
    expect(code).toBe(4);
  });
});
