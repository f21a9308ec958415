import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCslStyleProblem } from "../../src/core/cite/check-csl-style.js";
import type { CslItem } from "../../src/core/cite/csl-item.js";
import { sourcesToCsl } from "../../src/core/cite/source-to-csl.js";
import { resolveStyle } from "../../src/core/cite/style-registry.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import { loadCitationJs, type CitationJs } from "../../src/render/citation/citation-js.js";
import { formatReferences, type Markup } from "../../src/render/citation/format-references.js";
import { prepareStyle } from "../../src/render/citation/prepare-style.js";
import { ROOT } from "../helpers/run-cli.js";

const OFFICIAL = `${ROOT}/../shared/csl`;
const bundledStyle = (name: string): string => readFileSync(`${ROOT}/data/styles/${name}.csl`, "utf8");

let setup: Promise<{ citationJs: CitationJs; items: CslItem[] }> | undefined;
function load(): Promise<{ citationJs: CitationJs; items: CslItem[] }> {
  setup ??= (async () => {
    const files = await readCorpusFiles(`${ROOT}/data`, ROOT);
    if (!files.ok) throw new Error(files.error.code);
    const corpus = loadCorpusFromFiles(files.value);
    if (!corpus.ok) throw new Error(corpus.error.first.code);
    return { citationJs: await loadCitationJs(), items: sourcesToCsl(corpus.value.sources) };
  })();
  return setup;
}

async function render(xmlOrTemplate: { xml: string } | { template: string }, markup: Markup = "text", only?: string) {
  const { citationJs, items } = await load();
  const chosen = only ? items.filter((i) => i.id === only) : items;
  const choice = "xml" in xmlOrTemplate ? { kind: "xml" as const, xml: xmlOrTemplate.xml } : { kind: "template" as const, template: xmlOrTemplate.template };
  const template = await prepareStyle(citationJs, choice, chosen);
  if (!template.ok) throw new Error(template.error);
  return formatReferences(citationJs, chosen, template.value, markup);
}

describe("formatted references checked by hand against the style guides", () => {
  // APA 7 (10.1, magazine article): Author, A. A. (Year, Month). Title of article. Periodical Name.
  // The periodical is italic; the article title keeps its own (sentence) case.
  it("APA: Ali 2016", async () => {
    const [text] = await render({ template: "apa" }, "text", "ali-fortifying");
    expect(text?.reference).toBe("Ali, S. (2016, November). Fortifying relations with Azerbaijan: Future prospects for Pakistan. Strategic Vision Institute.");
    expect(text?.inText).toBe("(Ali, 2016)");
    const [html] = await render({ template: "apa" }, "html", "ali-fortifying");
    expect(html?.reference).toContain("<i>Strategic Vision Institute</i>.");
  });

  // MLA 9 (5.1–5.83): Author. "Title of Source." Title of Container, Publication date.
  // Family name first, title in title case and quotes, container in italics, month abbreviated.
  it("MLA: Ali 2016", async () => {
    const [text] = await render({ xml: bundledStyle("mla") }, "text", "ali-fortifying");
    expect(text?.reference).toBe("Ali, Saima. “Fortifying Relations with Azerbaijan: Future Prospects for Pakistan.” Strategic Vision Institute, Nov. 2016.");
    expect(text?.inText).toBe("(Ali)");
    const [html] = await render({ xml: bundledStyle("mla") }, "html", "ali-fortifying");
    expect(html?.reference).toContain("<i>Strategic Vision Institute</i>, Nov. 2016.");
  });

  // MLA 9 (5.22): with no author the entry begins with the title.
  it("MLA: an article with no author leads with its title", async () => {
    const [text] = await render({ xml: bundledStyle("mla") }, "text", "mutual-beneficial");
    expect(text?.reference).toBe("Pakistan and Azerbaijan: A Mutual Beneficial Relationship. 2020.");
  });

  it("numbers in-text citations as the numbered reference list does", async () => {
    const refs = await render({ template: "vancouver" });
    expect(refs.map((r) => r.inText)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)"]);
    expect(refs.map((r) => r.reference.slice(0, 3))).toEqual(["1. ", "2. ", "3. ", "4. ", "5. "]);
  });
});

describe.skipIf(!existsSync(OFFICIAL))("built-in styles against the CSL project's official styles", () => {
  const pairs = [
    ["mla", "modern-language-association.csl"],
    ["chicago", "chicago-author-date.csl"],
  ] as const;
  for (const [name, file] of pairs) {
    for (const markup of ["text", "html"] as const) {
      it(`${name} renders all five sources as ${file} does (${markup})`, async () => {
        const ours = await render({ xml: bundledStyle(name) }, markup);
        const official = await render({ xml: readFileSync(`${OFFICIAL}/${file}`, "utf8") }, markup);
        expect(ours).toHaveLength(5);
        expect(ours.map((r) => [r.id, r.reference])).toEqual(official.map((r) => [r.id, r.reference]));
      });
    }
  }

  const files = ["apa.csl", "modern-language-association.csl", "chicago-author-date.csl", "chicago-notes-bibliography.csl", "harvard-cite-them-right.csl", "ieee.csl"];
  for (const file of files) {
    it.skipIf(!existsSync(`${OFFICIAL}/${file}`))(`formats all five sources with ${file} given by path`, async () => {
      const refs = await render({ xml: readFileSync(`${OFFICIAL}/${file}`, "utf8") });
      expect(refs).toHaveLength(5);
      for (const ref of refs) expect(ref.reference, ref.id).toMatch(/Pakistan/);
    });
  }
});

describe("style names and files", () => {
  it("knows the built-in names, in any case", () => {
    for (const name of ["apa", "MLA", "chicago", "harvard", "vancouver"]) expect(resolveStyle(name).ok, name).toBe(true);
  });

  it("takes anything that looks like a path as a file", () => {
    expect(resolveStyle("./house.csl")).toEqual({ ok: true, value: { kind: "file", path: "./house.csl" } });
    expect(resolveStyle("house.csl")).toEqual({ ok: true, value: { kind: "file", path: "house.csl" } });
    expect(resolveStyle("styles/ieee")).toEqual({ ok: true, value: { kind: "file", path: "styles/ieee" } });
  });

  it("refuses an unknown name, listing the built-ins and the nearest", () => {
    expect(resolveStyle("chicgo")).toEqual({
      ok: false,
      error: { code: "unknown-style", name: "chicgo", builtins: ["apa", "chicago", "harvard", "mla", "vancouver"], suggestion: "chicago" },
    });
  });

  it("says what is wrong with a file that is not a CSL 1.0 style", () => {
    expect(findCslStyleProblem("hello")).toMatch(/no <style> element/);
    expect(findCslStyleProblem('<style version="1.0"><bibliography/></style>')).toMatch(/CSL namespace/);
    expect(findCslStyleProblem('<style xmlns="http://purl.org/net/xbiblio/csl" version="0.8"></style>')).toMatch(/version 0.8/);
    expect(findCslStyleProblem('<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info/></style>')).toMatch(/no <bibliography>/);
    expect(
      findCslStyleProblem('<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><link rel="independent-parent" href="x"/></info></style>'),
    ).toMatch(/dependent style/);
    expect(findCslStyleProblem(bundledStyle("mla"))).toBeUndefined();
    expect(findCslStyleProblem(bundledStyle("chicago"))).toBeUndefined();
  });

  it("reports a style citeproc cannot run instead of printing nothing", async () => {
    const { citationJs, items } = await load();
    const broken = bundledStyle("mla").replace('<layout suffix=".">', '<layout suffix="."><text variable="title" xyz="');
    const result = await prepareStyle(citationJs, { kind: "xml", xml: broken }, items);
    expect(result.ok).toBe(false);
  });
});
