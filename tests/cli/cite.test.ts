import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { ROOT, runCli, spawnCli } from "../helpers/run-cli.js";

const OFFICIAL = join(ROOT, "..", "shared", "csl");

describe("pakaz cite", () => {
  it("prints each source's reference in APA, its in-text form, and the quote with its claim id", async () => {
    const { code, stdout, stderr } = await runCli(["cite", "recognition-third-country"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "Ali, S. (2016, November). Fortifying relations with Azerbaijan: Future prospects for Pakistan. Strategic Vision Institute.",
        "  in text: (Ali, 2016)",
        "  “Pakistan was the third country which immediately recognized Azerbaijan in 1991” — recognition-third-country",
        "",
      ].join("\n"),
    );
  });

  it("cites every source on both sides of a conflict, each once", async () => {
    const { code, stdout } = await runCli(["cite", "--style", "chicago", "recognition-rank"]);
    expect(code).toBe(0);
    const references = stdout.split("\n").filter((line) => line !== "" && !line.startsWith("  "));
    expect(references).toHaveLength(5);
    expect(references[0]).toBe("Ali, Saima. 2016. “Fortifying Relations with Azerbaijan: Future Prospects for Pakistan.” Strategic Vision Institute, November.");
    expect(stdout).toContain("  in text: (Ali 2016)");
  });

  it("formats in MLA, and a source id cites the source alone", async () => {
    const { code, stdout } = await runCli(["cite", "--style", "mla", "mutual-beneficial"]);
    expect(code).toBe(0);
    expect(stdout).toBe("Pakistan and Azerbaijan: A Mutual Beneficial Relationship. 2020.\n  in text: (Pakistan and Azerbaijan: A Mutual Beneficial Relationship)\n");
  });

  it("prints JSON with text and HTML references, in-text citation, key and quotes", async () => {
    const { code, stdout } = await runCli(["cite", "--json", "--style", "harvard", "recognition-third-country"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      style: "harvard",
      references: [
        {
          source: "ali-fortifying",
          citationKey: "ali2016fortifying",
          reference: "Ali, S. (2016) “Fortifying relations with Azerbaijan: Future prospects for Pakistan,” Strategic Vision Institute, November.",
          html: "Ali, S. (2016) “Fortifying relations with Azerbaijan: Future prospects for Pakistan,” <i>Strategic Vision Institute</i>, November.",
          inText: "(Ali, 2016)",
          quotes: [{ claimId: "recognition-third-country", quote: "Pakistan was the third country which immediately recognized Azerbaijan in 1991" }],
        },
      ],
    });
  });

  const officialFiles = ["apa.csl", "modern-language-association.csl", "chicago-author-date.csl", "chicago-notes-bibliography.csl", "harvard-cite-them-right.csl", "ieee.csl"];
  for (const file of officialFiles) {
    it.skipIf(!existsSync(join(OFFICIAL, file)))(`takes a CSL file by path: ${file}`, async () => {
      const { code, stdout, stderr } = await runCli(["cite", "--style", `../shared/csl/${file}`, "khan-new-phase", "mohiuddin-interview"]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      // In the style's own case: sentence case for APA, Harvard and IEEE, title case for MLA and Chicago.
      expect(stdout.toLowerCase()).toContain("pakistan-azerbaijan bilateral relation’s new phase of development");
      expect(stdout.toLowerCase()).toContain("interview with pakistan’s ambassador qasim mohiuddin");
    });
  }

  it("refuses an unknown style in one sentence, exit 2, naming the built-in styles", async () => {
    const { code, stdout, stderr } = await runCli(["cite", "--style", "ama", "ali-fortifying"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain('unknown citation style "ama"');
    expect(stderr).toContain("apa, chicago, harvard, mla, vancouver");
  });

  it("refuses a missing or invalid CSL file, exit 2, naming the built-in styles", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pakaz-cite-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const missing = await runCli(["cite", "--style", join(dir, "nope.csl"), "ali-fortifying"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^pakaz: cannot read the CSL style .*nope\.csl: no such file; .*apa, chicago, harvard, mla, vancouver\n$/);

    const html = join(dir, "page.csl");
    await writeFile(html, "<html><body>Not found</body></html>");
    const invalid = await runCli(["cite", "--style", html, "ali-fortifying"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toMatch(/is not a usable CSL 1\.0 style: it has no <style> element .*apa, chicago, harvard, mla, vancouver\n$/);

    const broken = join(dir, "broken.csl");
    await writeFile(broken, readFileSync(join(ROOT, "data/styles/mla.csl"), "utf8").replace('<layout suffix=".">', '<layout suffix="."><text variable="title" xyz="'));
    const rejected = await runCli(["cite", "--style", broken, "ali-fortifying"]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr.trim().split("\n")).toHaveLength(1);
    expect(rejected.stderr).toContain("is not a usable CSL 1.0 style");
  });

  it("refuses an unknown id with the nearest one", async () => {
    const { code, stderr } = await runCli(["cite", "recognition-rnk"]);
    expect(code).toBe(2);
    expect(stderr).toBe('pakaz: no claim, conflict or source with id "recognition-rnk" (did you mean "recognition-rank"?)\n');
  });

  it("works from the built package, finding its bundled styles", () => {
    const { code, stdout, stderr } = spawnCli(["cite", "--style", "mla", "ali-fortifying"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Ali, Saima. “Fortifying Relations with Azerbaijan: Future Prospects for Pakistan.” Strategic Vision Institute, Nov. 2016.");
  });
});
