import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, spawnCli } from "../helpers/run-cli.js";

const SMALL = `${FIXTURES}/corpus-small`;
const ESC = "\u001b[";
const tooWide = (text: string): string[] => text.split("\n").filter((line) => [...line].length > 80);

interface EntryJson {
  date: string;
  label: string;
  start: string;
  end: string;
  claim: string;
  topic: string;
  sources: { source: string; date: string }[];
  conflicts: string[];
  dateConflicts: { id: string; others: { claim: string; dates: string[] }[] }[];
}

async function timelineJson(args: string[]): Promise<EntryJson[]> {
  const { code, stdout, stderr } = await runCli(["timeline", "--json", ...args]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(stdout) as EntryJson[];
}

describe("pakaz timeline", () => {
  it("lists the bundled corpus's dated events in order, each with its sources", async () => {
    const { code, stdout } = await runCli(["timeline"]);
    expect(code).toBe(0);
    // Where a date heads an entry (it also appears inside the text of other entries).
    const at = (text: string): number => stdout.indexOf(`\n${text} `);
    expect(stdout).toContain("\n12 December 1991   Pakistan recognised");
    expect(at("12 December 1991")).toBeGreaterThan(0);
    expect(at("12 December 1991")).toBeLessThan(at("9 June 1992"));
    expect(at("9 June 1992")).toBeLessThan(at("12 March 1993"));
    expect(at("12 March 1993")).toBeLessThan(at("24 August 1997"));
    expect(stdout).toContain("· ali-fortifying, liberal-perspective, mohiuddin-interview");
    const entries = await timelineJson([]);
    const starts = entries.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });

  it("marks conflicting dates and shows both", async () => {
    const { stdout } = await runCli(["timeline", "--from", "1995", "--to", "2000"]);
    expect(stdout).toMatch(/^1995 ! +In 1995 Pakistan and Azerbaijan signed the protocol/m);
    expect(stdout.replace(/\s+/g, " ")).toContain("! dates disagree (jmc-inception-date): mutual-beneficial says September 2000 (jmc-inception-september-2000)");
    expect(stdout).toMatch(/^September 2000 ! /m);
    const entries = await timelineJson(["--from", "1995", "--to", "2000"]);
    const protocol = entries.find((e) => e.claim === "jmc-protocol-1995");
    expect(protocol?.dateConflicts[0]).toMatchObject({ id: "jmc-inception-date", others: [{ claim: "jmc-inception-september-2000", dates: ["September 2000"] }] });
  });

  it("keeps only the years asked for", async () => {
    const entries = await timelineJson(["--from", "1991", "--to", "1993"]);
    expect(entries.map((e) => e.claim)).toEqual(expect.arrayContaining(["recognition-december-1991", "diplomatic-relations-june-1992", "embassy-pakistan-baku-opened"]));
    expect(entries.every((e) => e.end >= "1991-01-01" && e.start <= "1993-12-31")).toBe(true);
    expect(entries.map((e) => e.claim)).not.toContain("jmc-protocol-1995");
  });

  it("filters by topic", async () => {
    const visits = await timelineJson(["--topic", "visits"]);
    expect(visits.length).toBeGreaterThan(2);
    expect(visits.every((e) => e.topic === "visits")).toBe(true);
  });

  it("fits an 80-column terminal and has no colour when piped", async () => {
    const { stdout } = await runCli(["timeline"]);
    expect(tooWide(stdout)).toEqual([]);
    expect(stdout).not.toContain(ESC);
    expect((await runCli(["timeline", "--color"])).stdout).toContain(ESC);
  });

  it.each([
    [["--from", "ninety"], 'invalid value "ninety" for --from: expected a four-digit year such as 1992'],
    [["--from", "2000", "--to", "1990"], 'invalid value "1990" for --to: expected a year not before --from 2000'],
    [["--topic", "visit"], 'unknown topic "visit" for --topic (did you mean "visits"?)'],
  ])("refuses %j in one sentence, exit 2", async (args, message) => {
    const { code, stdout, stderr } = await runCli(["timeline", ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`pakaz: ${message}`);
  });

  it("works on a --corpus of test fixtures, partial dates in a sensible order", async () => {
    const { code, stdout } = await runCli(["--corpus", SMALL, "timeline"]);
    expect(code).toBe(0);
    const labels = stdout
      .split("\n")
      .filter((l) => /^\S/.test(l))
      .slice(1)
      .map((l) => l.slice(0, 19).trim());
    expect(labels).toEqual([
      "the 1990s",
      "1991",
      "12 December 1991",
      "1995 !",
      "September 2000 !",
      "2013",
      "January 2013",
      "late January 2013",
      "April 2016",
      "26–27 April 2016",
    ]);
    expect(stdout).toMatch(/^10 dated events, 1990–2016 {2}\(2 disputed dates, marked !\)/);
    const json = await runCli(["--corpus", SMALL, "timeline", "--json", "--topic", "recognition"]);
    expect((JSON.parse(json.stdout) as EntryJson[]).map((e) => [e.claim, e.label, e.sources.map((s) => s.source)])).toEqual([
      ["tiny-recognition-1991", "1991", ["alpha-report", "beta-review"]],
      ["tiny-recognition-december-1991", "12 December 1991", ["beta-review"]],
    ]);
  });

  it("says so when no event matches", async () => {
    const { code, stdout } = await runCli(["--corpus", SMALL, "timeline", "--from", "2020"]);
    expect(code).toBe(0);
    expect(stdout).toBe("no dated events match\n");
  });

  it("runs from the built bin", () => {
    const { code, stdout, stderr } = spawnCli(["timeline", "--to", "1992"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("12 December 1991");
    expect(stdout).not.toContain(ESC);
  });
});
