import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "../helpers/run-cli.js";

const SMALL = `${FIXTURES}/corpus-small`;
const tooWide = (text: string): string[] => text.split("\n").filter((line) => [...line].length > 80);
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("pakaz show <claim-id>", () => {
  it("shows each quote under its source id and the article's date", async () => {
    const { code, stdout } = await runCli(["show", "diplomatic-relations-june-1992"]);
    expect(code).toBe(0);
    expect(stdout).toContain("  mutual-beneficial (2020, inferred)\n");
    expect(stdout).toContain("  liberal-perspective (2024–2025, inferred)\n");
    expect(stdout).toContain("  mohiuddin-interview (January 2025, inferred)\n");
    expect(flat(stdout)).toContain("“The diplomatic relations between the two countries were established on June 9, 1992.”");
  });

  it("says a superseded claim was true as of its source's date and what replaced it", async () => {
    const { stdout } = await runCli(["show", "office-azerbaijan-ambassador-ali-alizada"]);
    expect(stdout).toContain("Stated in 2020 (mutual-beneficial, inferred).");
    expect(stdout).toContain("True as of 2020; superseded by:\n    • office-azerbaijan-ambassador-khazar-farhadov\n      (liberal-perspective, 2024–2025)");
    expect(flat(stdout)).toContain("Khazar Farhadov is the Ambassador of Azerbaijan to Pakistan");
    expect(tooWide(stdout)).toEqual([]);
  });

  it("follows a supersession recorded only on the other claim", async () => {
    const { stdout } = await runCli(["--corpus", SMALL, "show", "tiny-ambassador-ben-jones"]);
    expect(stdout).toContain("Supersedes:\n    • tiny-ambassador-ann-smith (alpha-report, 2015)");
    expect(stdout).toContain("  ← supersedes  tiny-ambassador-ann-smith\n");
    expect(stdout).not.toContain("True as of");
    const old = await runCli(["--corpus", SMALL, "show", "tiny-ambassador-ann-smith"]);
    expect(old.stdout).toContain("True as of 2015; superseded by:\n    • tiny-ambassador-ben-jones (beta-review, March 2021)");
  });

  it("lists cross-references both ways, merging a link both claims record", async () => {
    const { stdout } = await runCli(["--corpus", SMALL, "show", "tiny-visit-april-2016"]);
    expect(stdout).toContain("  ↔ earlier plan  tiny-visit-planned\n      Arcadia's president planned to visit Borduria.");
    expect(stdout).toContain("  ← has part  tiny-visit-talks-april-2016\n");
    expect(stdout).toContain("Earlier plan:\n    • tiny-visit-planned (alpha-report, 2015)");
  });

  it("lists the conflicts a claim belongs to, with what each side says", async () => {
    const { stdout } = await runCli(["show", "recognition-third-country"]);
    const conflicts = stdout.slice(stdout.indexOf("Conflicts"));
    expect(conflicts).toContain("  recognition-rank (rank)");
    expect(flat(conflicts)).toContain("this claim: Pakistan was the third country which immediately recognized Azerbaijan in 1991");
    expect(flat(conflicts)).toContain("recognition-among-three-countries: Pakistan is among the three countries");
  });

  it("prints the claim, its time, references and conflicts as JSON", async () => {
    const { code, stdout } = await runCli(["show", "--json", "jf17-azerbaijan-interest"]);
    expect(code).toBe(0);
    const view = JSON.parse(stdout);
    expect(view.type).toBe("claim");
    expect(view.time.stated).toEqual([{ source: "khan-new-phase", issued: "2015", date: "2015", inferred: true }]);
    expect(view.time.supersededBy.map((l: { claim: string }) => l.claim)).toEqual(["jf17-offered-to-azerbaijan", "jf17-in-azerbaijan-air-force"]);
    expect(view.crossReferences).toContainEqual(expect.objectContaining({ claim: "jf17-offered-to-azerbaijan", relation: "superseded-by", direction: "both" }));
    expect(view.conflicts.map((c: { id: string }) => c.id)).toEqual(["jf17-interest-to-arsenal"]);
  });
});

describe("pakaz show <source-id>", () => {
  it("lists the source's claims within 80 columns", async () => {
    const { code, stdout } = await runCli(["show", "ali-fortifying"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ali-fortifying {2}November 2016, inferred\n/);
    expect(stdout).toContain("  recognition-third-country\n      Pakistan was the third country");
    expect(tooWide(stdout)).toEqual([]);
  });
});

describe("pakaz show <conflict-id>", () => {
  it("shows every side with its quotes, sources and dates, then the assessment", async () => {
    const { code, stdout } = await runCli(["show", "jmc-inception-date"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^jmc-inception-date {2}date · institutions\n/);
    expect(stdout).toContain("      claim jmc-protocol-1995\n      date  1995\n      liberal-perspective · 2024–2025 (inferred)");
    expect(stdout).toContain("      date  September 2000\n      mutual-beneficial · 2020 (inferred)");
    expect(stdout).toContain("  Assessment\n");
    expect(tooWide(stdout)).toEqual([]);
  });

  it("works on a --corpus of test fixtures, as text and JSON", async () => {
    const text = await runCli(["--corpus", SMALL, "show", "tiny-commission-start"]);
    expect(text.stdout).toContain("  1.  set up in 1995\n      claim tiny-commission-1995");
    const json = JSON.parse((await runCli(["--corpus", SMALL, "show", "--json", "tiny-commission-start"])).stdout);
    expect(json.type).toBe("conflict");
    expect(json.sides.map((s: { says: string }) => s.says)).toEqual(["set up in 1995", "began in September 2000"]);
  });

  it("suggests the nearest id for an unknown one, exit 2", async () => {
    const { code, stdout, stderr } = await runCli(["--corpus", SMALL, "show", "tiny-commission"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^pakaz: no claim, conflict or source with id "tiny-commission" \(did you mean "tiny-commission-[0-9]+"\?\)\n$/);
  });
});
