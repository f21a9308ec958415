import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, spawnCli } from "../helpers/run-cli.js";

const SMALL = `${FIXTURES}/corpus-small`;
const ESC = "\u001b[";
const tooWide = (text: string): string[] => text.split("\n").filter((line) => [...line].length > 80);

interface ConflictJson {
  id: string;
  kind: string;
  topic: string;
  sources: string[];
  assessment: string;
  sides: { claim: string; says: string; quotes: { source: string; issued: string; date: string; quote: string }[] }[];
}

async function conflictsJson(args: string[]): Promise<ConflictJson[]> {
  const { code, stdout, stderr } = await runCli(["conflicts", "--json", ...args]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(stdout) as ConflictJson[];
}

describe("pakaz conflicts", () => {
  it("shows each conflict with its kind, every side's source, article date and verbatim quote, and the assessment", async () => {
    const { code, stdout } = await runCli(["conflicts"]);
    expect(code).toBe(0);
    const all = await conflictsJson([]);
    expect(all.length).toBeGreaterThanOrEqual(16);
    expect(stdout).toMatch(new RegExp(`^${all.length} conflicts between the sources`));
    for (const conflict of all) expect(stdout).toContain(`${conflict.id}  ${conflict.kind} · ${conflict.topic}`);
    const rank = stdout.slice(stdout.indexOf("recognition-rank  rank"), stdout.indexOf("jmc-inception-date  date"));
    expect(rank).toContain("ali-fortifying · November 2016 (inferred)");
    expect(rank.replace(/\s+/g, " ")).toContain("“Pakistan was the third country which immediately recognized Azerbaijan in 1991”");
    expect(rank).toContain("mohiuddin-interview · January 2025 (inferred)");
    expect(stdout).toContain("  Assessment\n");
  });

  it("fits an 80-column terminal and has no colour when piped", async () => {
    const { stdout } = await runCli(["conflicts"]);
    expect(tooWide(stdout)).toEqual([]);
    expect(stdout).not.toContain(ESC);
    const brief = await runCli(["conflicts", "--brief"]);
    expect(tooWide(brief.stdout)).toEqual([]);
  });

  it("colours only when asked to", async () => {
    expect((await runCli(["conflicts", "--brief", "--color"])).stdout).toContain(ESC);
    expect((await runCli(["conflicts", "--brief"], { tty: true })).stdout).toContain(ESC);
    expect((await runCli(["conflicts", "--brief"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
  });

  it("prints JSON with the sides side by side: source, article date and quote", async () => {
    const all = await conflictsJson([]);
    const jmc = all.find((c) => c.id === "jmc-inception-date");
    expect(jmc?.kind).toBe("date");
    expect(jmc?.assessment).toMatch(/1995/);
    expect(jmc?.sides.map((s) => s.claim)).toEqual(["jmc-protocol-1995", "jmc-inception-september-2000"]);
    expect(jmc?.sides[1]?.quotes).toEqual([
      {
        source: "mutual-beneficial",
        issued: "2020",
        date: "2020",
        dateInferred: true,
        quote: "Both also have an institutional arrangement of Joint Ministerial Commission (JMC) and since its inception in September 2000, it has held five sessions.",
      },
    ]);
  });

  it("filters by --kind, --source and --topic, and combines them", async () => {
    const dates = await conflictsJson(["--kind", "date"]);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((c) => c.kind === "date")).toBe(true);
    const khan = await conflictsJson(["--source", "khan-new-phase"]);
    expect(khan.length).toBeGreaterThan(0);
    expect(khan.every((c) => c.sources.includes("khan-new-phase"))).toBe(true);
    expect(khan.map((c) => c.id)).not.toContain("scholarships");
    const offices = await conflictsJson(["--topic", "offices"]);
    expect(offices.map((c) => c.id)).toEqual(expect.arrayContaining(["office-president-pakistan", "office-azerbaijan-ambassador-to-pakistan"]));
    const both = await conflictsJson(["--kind", "superseded", "--source", "mutual-beneficial"]);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((c) => c.kind === "superseded" && c.sources.includes("mutual-beneficial"))).toBe(true);
  });

  it("says when nothing matches a known value", async () => {
    const { code, stdout } = await runCli(["--corpus", SMALL, "conflicts", "--topic", "recognition"]);
    expect(code).toBe(0);
    expect(stdout).toBe("no conflicts match\n");
  });

  it.each([
    [["--kind", "dates"], 'unknown conflict kind "dates" for --kind (did you mean "date"?)'],
    [["--source", "ali"], 'unknown source "ali" for --source (did you mean "ali-fortifying"?)'],
    [["--topic", "karabak"], 'unknown topic "karabak" for --topic (did you mean "karabakh"?)'],
  ])("refuses %j in one sentence with a suggestion, exit 2", async (args, message) => {
    const { code, stdout, stderr } = await runCli(["conflicts", ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`pakaz: ${message}`);
  });

  it("works on a --corpus of test fixtures", async () => {
    const { code, stdout } = await runCli(["--corpus", SMALL, "conflicts", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as ConflictJson[]).map((c) => c.id)).toEqual(["tiny-commission-start", "tiny-ambassador"]);
    const text = await runCli(["--corpus", SMALL, "conflicts", "--kind", "superseded"]);
    expect(text.stdout).toContain("tiny-ambassador  superseded · offices");
    expect(text.stdout).toContain("Oldest first: each side was true as of its article's date.");
    expect(text.stdout).toContain("alpha-report · 2015 (inferred)");
    expect(text.stdout).toContain("beta-review · March 2021\n");
  });

  it("runs from the built bin with a pipe: plain text, exit 0", () => {
    const { code, stdout, stderr } = spawnCli(["conflicts", "--brief"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("recognition-rank  rank");
    expect(stdout).not.toContain(ESC);
  });
});

describe("pakaz conflicts --unrecorded", () => {
  // The small corpus plus two claims that give one shipment two sizes.
  async function corpusWith(conflict: boolean): Promise<string> {
    const { cpSync, mkdtempSync, appendFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "pakaz-audit-"));
    cpSync(SMALL, dir, { recursive: true });
    const claim = (id: string, count: number, words: string, source: string): string => `
  - id: ${id}
    statement: Arcadia sold Borduria ${words} tanks in 2003.
    topic: defence
    facts:
      actor: arcadia
      entities: [arcadia, borduria]
      dates: [{ value: "2003" }]
      numbers: [{ value: ${count}, unit: tanks }]
    citations:
      - source: ${source}
        quote: "Arcadia sold Borduria ${words} tanks in 2003."
`;
    appendFileSync(join(dir, "claims.yaml"), claim("tiny-tanks-five", 5, "five", "alpha-report") + claim("tiny-tanks-nine", 9, "nine", "beta-review"));
    if (conflict) {
      appendFileSync(
        join(dir, "conflicts.yaml"),
        `
  - id: tiny-tanks
    title: How many tanks Arcadia sold Borduria
    kind: figure
    topic: defence
    dimension: number
    sides:
      - { claim: tiny-tanks-five, says: five tanks }
      - { claim: tiny-tanks-nine, says: nine tanks }
    assessment: The report says five, the review nine.
`,
      );
    }
    return dir;
  }

  async function audit(dir: string): Promise<{ unrecorded: { claim: string; other: string; differences: string[] }[] }> {
    const { code, stdout, stderr } = await runCli(["--corpus", dir, "conflicts", "--unrecorded", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    return JSON.parse(stdout) as { unrecorded: { claim: string; other: string; differences: string[] }[] };
  }

  it("lists two claims that contradict each other when no conflict records them, with what differs", async () => {
    const pairs = (await audit(await corpusWith(false))).unrecorded;
    const tanks = pairs.find((p) => [p.claim, p.other].sort().join(" ") === "tiny-tanks-five tiny-tanks-nine");
    expect(tanks?.differences.join(" ")).toMatch(/number: (?:5 tanks? ≠ 9 tanks?|9 tanks? ≠ 5 tanks?)/);
  });

  it("leaves them out once a conflict records them", async () => {
    const pairs = (await audit(await corpusWith(true))).unrecorded;
    expect(pairs.filter((p) => p.claim.startsWith("tiny-tanks") || p.other.startsWith("tiny-tanks"))).toEqual([]);
  });
});
