import { execFileSync } from "node:child_process";
import { chmod, lstat, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promises } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeOutputFile } from "../../src/cli/write-output.js";
import { runCli } from "../helpers/run-cli.js";

const made: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), "pakaz-export-"));
  made.push(dir);
  return dir;
};

afterEach(async () => {
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("pakaz export", () => {
  it("writes all five sources as BibTeX by default", async () => {
    const { code, stdout, stderr } = await runCli(["export"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.match(/^@\w+\{/gm)).toHaveLength(5);
    expect(stdout).toContain("@article{ali2016fortifying,\n\tauthor = {Ali, Saima},\n\tjournal = {Strategic Vision Institute},");
  });

  it("exports only the sources behind the given claims or conflicts", async () => {
    const ris = await runCli(["export", "--format", "ris", "--claims", "recognition-third-country"]);
    expect(ris.code).toBe(0);
    expect(ris.stdout.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris.stdout).toContain("AU  - Ali, Saima");

    const json = await runCli(["export", "--format", "csl-json", "--claims", "recognition-third-country,embassy-pakistan-baku-opened", "--claims", "mohiuddin-interview"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((item: { id: string }) => item.id).sort()).toEqual(["ali-fortifying", "liberal-perspective", "mohiuddin-interview", "mutual-beneficial"]);
  });

  it("writes a Markdown reference list with the quotes, in the chosen style", async () => {
    const { code, stdout } = await runCli(["export", "--format", "markdown", "--style", "mla", "--claims", "recognition-third-country"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "## References\n\nAli, Saima. “Fortifying Relations with Azerbaijan: Future Prospects for Pakistan.” *Strategic Vision Institute*, Nov. 2016.\n\n" +
        "> “Pakistan was the third country which immediately recognized Azerbaijan in 1991” (claim `recognition-third-country`)\n",
    );
  });

  it("refuses an unknown format or id, and a style for a format that has none, exit 2", async () => {
    const format = await runCli(["export", "--format", "endnote"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('pakaz: invalid value "endnote" for --format: expected one of bibtex, biblatex, csl-json, ris, markdown\n');
    const id = await runCli(["export", "--claims", "no-such-claim"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^pakaz: no claim, conflict or source with id "no-such-claim"/);
    const style = await runCli(["export", "--format", "ris", "--style", "mla"]);
    expect(style.code).toBe(2);
    expect(style.stderr).toContain("--style only with --format markdown");
    const badStyle = await runCli(["export", "--format", "markdown", "--style", "nature"]);
    expect(badStyle.code).toBe(2);
    expect(badStyle.stderr).toContain("apa, chicago, harvard, mla, vancouver");
  });
});

describe("pakaz export -o", () => {
  it("writes the file, says where, and prints nothing on stdout", async () => {
    const dir = await tempDir();
    const target = join(dir, "refs.ris");
    const { code, stdout, stderr } = await runCli(["export", "-o", target]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe(`wrote 5 references (RIS) to ${target}\n`);
    // The extension chose the format; the file holds what stdout would have.
    const { stdout: expected } = await runCli(["export", "--format", "ris"]);
    expect(await readFile(target, "utf8")).toBe(expected);
    expect(await readdir(dir)).toEqual(["refs.ris"]);
  });

  it("refuses to overwrite an existing file without --force, leaving it untouched", async () => {
    const dir = await tempDir();
    const target = join(dir, "refs.bib");
    await writeFile(target, "my own bibliography\n");
    const refused = await runCli(["export", "-o", target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`pakaz: ${target} already exists; pakaz does not overwrite files unless you add --force\n`);
    expect(await readFile(target, "utf8")).toBe("my own bibliography\n");
    expect(await readdir(dir)).toEqual(["refs.bib"]);
  });

  it("replaces it with --force, whole, keeping its permissions", async () => {
    const dir = await tempDir();
    const target = join(dir, "refs.bib");
    await writeFile(target, "old\n");
    await chmod(target, 0o640);
    const { code, stderr } = await runCli(["export", "--format", "biblatex", "-o", target, "--force"]);
    expect(code).toBe(0);
    expect(stderr).toBe(`wrote 5 references (BibLaTeX) to ${target}\n`);
    const text = await readFile(target, "utf8");
    expect(text.match(/^@\w+\{/gm)).toHaveLength(5);
    expect(text.endsWith("}\n")).toBe(true);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(["refs.bib"]);
  });

  it("refuses a folder that does not exist instead of creating it", async () => {
    const dir = await tempDir();
    const target = join(dir, "missing", "refs.bib");
    const { code, stderr } = await runCli(["export", "-o", target]);
    expect(code).toBe(2);
    expect(stderr).toBe(`pakaz: cannot write ${target}: the folder ${join(dir, "missing")} does not exist; create it first or give another path\n`);
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses to write over a folder", async () => {
    const dir = await tempDir();
    const { code, stderr } = await runCli(["export", "-o", dir, "--force"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`pakaz: cannot write ${dir}: it is a folder\n`);
  });
});

describe("pakaz export -o, what an attacker tried (issue 22)", () => {
  // The file system's own calls are watched or replaced (as one without hard
  // links would answer), so that the product code needs no hooks for tests.
  it("never overwrites without --force where hard links are not available, even a file made during the run", async () => {
    const dir = await tempDir();
    const target = join(dir, "refs.bib");
    let theirs: boolean | undefined;
    vi.spyOn(promises, "link").mockRejectedValue(Object.assign(new Error("ENOTSUP: operation not supported"), { code: "ENOTSUP" }));
    // Another program writes the file just before pakaz renames its copy into place.
    vi.spyOn(promises, "rename").mockImplementation(async (from, to) => {
      theirs = await writeFile(to, "theirs\n", { flag: "wx" }).then(() => true, () => false);
      await rename(from, to);
    });
    await writeOutputFile("refs.bib", "ours\n", { cwd: dir, force: false }).catch((error: unknown) => expect(error).toMatchObject({ error: { code: "output-exists" } }));
    expect(theirs).toBeDefined();
    if (theirs) expect(await readFile(target, "utf8")).toBe("theirs\n");
    else expect(await readFile(target, "utf8")).toBe("ours\n");
    expect(await readdir(dir)).toEqual(["refs.bib"]);
  });

  it("creates the temporary copy with the final mode, never wider for a moment", async () => {
    const dir = await tempDir();
    const target = join(dir, "private.bib");
    await writeFile(target, "old\n");
    await chmod(target, 0o600);
    let seen: number | undefined;
    vi.spyOn(promises, "rename").mockImplementation(async (from, to) => {
      seen = (await stat(from)).mode & 0o7777;
      await rename(from, to);
    });
    await writeOutputFile(target, "new\n", { cwd: dir, force: true });
    expect(seen).toBe(0o600);
    expect((await stat(target)).mode & 0o7777).toBe(0o600);
  });

  it("never carries a setuid or setgid bit onto new content", async () => {
    const dir = await tempDir();
    const target = join(dir, "refs.bib");
    await writeFile(target, "old\n");
    await chmod(target, 0o6755);
    const { code } = await runCli(["export", "-o", target, "--force"]);
    expect(code).toBe(0);
    expect((await stat(target)).mode & 0o7777).toBe(0o755);
  });

  it("refuses a FIFO or a symbolic link, with --force or not, and leaves it as it was", async () => {
    const dir = await tempDir();
    const fifo = join(dir, "pipe.bib");
    execFileSync("mkfifo", [fifo]);
    const link = join(dir, "link.bib");
    await writeFile(join(dir, "real.bib"), "real\n");
    await symlink("real.bib", link);
    for (const force of [[], ["--force"]]) {
      const toFifo = await runCli(["export", "-o", fifo, ...force]);
      expect(toFifo.code).toBe(2);
      expect(toFifo.stderr).toBe(`pakaz: cannot write ${fifo}: it is not a regular file (pakaz writes only regular files; use > to write to a device or pipe)\n`);
      expect((await lstat(fifo)).isFIFO()).toBe(true);
      const toLink = await runCli(["export", "-o", link, ...force]);
      expect(toLink.code).toBe(2);
      expect(toLink.stderr).toBe(`pakaz: cannot write ${link}: it is a symbolic link; give the path of the file it points to\n`);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
    }
    expect(await readFile(join(dir, "real.bib"), "utf8")).toBe("real\n");
    expect((await readdir(dir)).sort()).toEqual(["link.bib", "pipe.bib", "real.bib"]);
  });

  it("takes -o /dev/stdout to mean standard output", async () => {
    const { code, stdout, stderr } = await runCli(["export", "--format", "ris", "-o", "/dev/stdout"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.match(/^TY {2}- /gm)).toHaveLength(5);
  });
});

describe("pakaz check --format claimreview", () => {
  it("prints a schema.org ClaimReview for the verdict, with the sources as its citation", async () => {
    const { code, stdout } = await runCli(["check", "--format", "claimreview", "Pakistan opened its embassy in Baku in March 1993"]);
    expect(code).toBe(0);
    const review = JSON.parse(stdout);
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "Pakistan opened its embassy in Baku in March 1993",
      reviewRating: { "@type": "Rating", alternateName: "supported" },
      itemReviewed: { "@type": "Claim" },
    });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.citation).toContainEqual(
      expect.objectContaining({ "@type": "Article", headline: "Pakistan-Azerbaijan Political Interdependence; A Liberal Perspective" }),
    );
    expect(review.itemReviewed.appearance).toBeUndefined();
  });

  it("takes where the checked sentence appeared from --appearance", async () => {
    const { code, stdout } = await runCli(["check", "--format", "claimreview", "--appearance", "https://example.org/a", "Pakistan opened its embassy in Baku in March 1993"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).itemReviewed).toEqual({ "@type": "Claim", appearance: [{ "@type": "CreativeWork", url: "https://example.org/a" }] });
  });

  it("keeps --json as --format json, and refuses an unknown format", async () => {
    const json = await runCli(["check", "--format", "json", "Pakistan opened its embassy in Baku in March 1993"]);
    const alias = await runCli(["check", "--json", "Pakistan opened its embassy in Baku in March 1993"]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(alias.stdout));
    const bad = await runCli(["check", "--format", "yaml", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("text, json, claimreview");
  });

  it("writes one ClaimReview per line for a batch", async () => {
    const { stdout } = await runCli(["check", "--format", "claimreview", "-f", "-"], {
      stdin: "Pakistan opened its embassy in Baku in March 1993\nPakistan opened its embassy in Baku in 1997\n",
    });
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => [l["@type"], l.reviewRating.alternateName])).toEqual([
      ["ClaimReview", "supported"],
      ["ClaimReview", "contradicted"],
    ]);
  });
});
