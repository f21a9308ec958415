import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { assignCitationKeys, citationKey } from "../../src/core/cite/citation-key.js";
import { collectCitations } from "../../src/core/cite/collect-citations.js";
import { parseIssued, sourcesToCsl, sourceToCsl } from "../../src/core/cite/source-to-csl.js";
import { lookupCorpus, type CorpusLookup } from "../../src/core/corpus/corpus-lookup.js";
import { loadCorpusFromFiles } from "../../src/core/corpus/load-corpus.js";
import { readCorpusFiles } from "../../src/core/corpus/read-corpus.js";
import type { Source } from "../../src/core/types.js";
import { renderCslJson } from "../../src/render/citation/csl-json.js";
import { ROOT } from "../helpers/run-cli.js";

let loaded: Promise<CorpusLookup> | undefined;
const bundled = (): Promise<CorpusLookup> => (loaded ??= load());

async function load(): Promise<CorpusLookup> {
  const files = await readCorpusFiles(`${ROOT}/data`, ROOT);
  if (!files.ok) throw new Error(files.error.code);
  const corpus = loadCorpusFromFiles(files.value);
  if (!corpus.ok) throw new Error(corpus.error.first.code);
  return lookupCorpus(corpus.value);
}

// The CSL-JSON data model (CSL 1.0.2, "csl-data.json"): item types, and which
// variables are names, dates, numbers or strings. Written out here from the
// specification so the export is checked against CSL's model, not against
// pakaz's own types; unknown variables are refused.
const CSL_TYPES = (
  "article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document " +
  "entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case legislation manuscript map " +
  "motion_picture musical_score pamphlet paper-conference patent performance periodical personal_communication post " +
  "post-weblog regulation report review review-book software song speech standard thesis treaty webpage"
).split(" ");
const NAME_VARIABLES = (
  "author chair collection-editor compiler composer container-author contributor curator director editor editorial-director " +
  "executive-producer guest host interviewer illustrator narrator organizer original-author performer producer recipient " +
  "reviewed-author script-writer series-creator translator"
).split(" ");
const DATE_VARIABLES = "accessed available-date event-date issued original-date submitted".split(" ");
const NUMBER_VARIABLES = (
  "chapter-number citation-number collection-number edition first-reference-note-number issue locator number number-of-pages " +
  "number-of-volumes page page-first part-number printing-number section supplement-number version volume"
).split(" ");
const STRING_VARIABLES = (
  "abstract annote archive archive_collection archive_location archive-place authority call-number citation-key citation-label " +
  "collection-title container-title container-title-short dimensions division DOI event event-title event-place genre ISBN ISSN " +
  "jurisdiction keyword language license medium note original-publisher original-publisher-place original-title part-title " +
  "PMCID PMID publisher publisher-place references reviewed-genre reviewed-title scale source status title title-short URL " +
  "volume-title volume-title-short year-suffix"
).split(" ");

const nameSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    family: { type: "string" },
    given: { type: "string" },
    "dropping-particle": { type: "string" },
    "non-dropping-particle": { type: "string" },
    suffix: { type: "string" },
    "comma-suffix": { type: ["string", "number", "boolean"] },
    "static-ordering": { type: ["string", "number", "boolean"] },
    literal: { type: "string" },
    "parse-names": { type: ["string", "number", "boolean"] },
  },
};
const datePart = { type: ["string", "number"] };
const dateSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    "date-parts": { type: "array", minItems: 1, maxItems: 2, items: { type: "array", minItems: 1, maxItems: 3, items: datePart } },
    season: { type: ["string", "number"] },
    circa: { type: ["string", "number", "boolean"] },
    literal: { type: "string" },
    raw: { type: "string" },
  },
};
const CSL_DATA_SCHEMA = {
  type: "array",
  items: {
    type: "object",
    required: ["id", "type"],
    additionalProperties: false,
    properties: {
      id: { type: ["string", "number"] },
      type: { enum: CSL_TYPES },
      categories: { type: "array", items: { type: "string" } },
      custom: { type: "object" },
      ...Object.fromEntries(NAME_VARIABLES.map((v) => [v, { type: "array", items: nameSchema }])),
      ...Object.fromEntries(DATE_VARIABLES.map((v) => [v, dateSchema])),
      ...Object.fromEntries(NUMBER_VARIABLES.map((v) => [v, { type: ["string", "number"] }])),
      ...Object.fromEntries(STRING_VARIABLES.map((v) => [v, { type: "string" }])),
    },
  },
};

describe("sources as CSL-JSON", () => {
  it("maps every source to valid CSL-JSON (checked against the CSL data model)", async () => {
    const lookup = await bundled();
    const items = JSON.parse(renderCslJson(sourcesToCsl(lookup.corpus.sources)));
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CSL_DATA_SCHEMA);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(5);
  });

  it("carries type, author, container, the date at its precision and the inference note", async () => {
    const lookup = await bundled();
    const ali = sourceToCsl(lookup.source("ali-fortifying") as Source);
    expect(ali).toMatchObject({
      id: "ali-fortifying",
      "citation-key": "ali2016fortifying",
      type: "article-magazine",
      title: "Fortifying relations with Azerbaijan: Future prospects for Pakistan",
      author: [{ family: "Ali", given: "Saima" }],
      "container-title": "Strategic Vision Institute",
      issued: { "date-parts": [[2016, 11]] },
    });
    expect(ali.note).toMatch(/^Date inferred: The article has no date\. .*most likely November\.$/);
    // The institute publishes its own site: printing it twice would read "Strategic Vision Institute. Strategic Vision Institute."
    expect(ali.publisher).toBeUndefined();
  });

  it("leaves out the author when the article names none, so styles lead with the title", async () => {
    const lookup = await bundled();
    const mutual = sourceToCsl(lookup.source("mutual-beneficial") as Source);
    expect(mutual.author).toBeUndefined();
    expect(mutual).not.toHaveProperty("container-title");
  });

  it("maps the interview as an interview whose title the curator supplied", async () => {
    const lookup = await bundled();
    const interview = sourceToCsl(lookup.source("mohiuddin-interview") as Source);
    expect(interview.type).toBe("interview");
    expect(interview.issued).toEqual({ "date-parts": [[2025, 1]] });
    expect(interview.note).toContain("Title supplied by the curator");
  });

  it("keeps a date interval as a CSL range and a distinct publisher as publisher", () => {
    expect(parseIssued("2024/2025")).toEqual({ "date-parts": [[2024], [2025]] });
    expect(parseIssued("2019-05-03")).toEqual({ "date-parts": [[2019, 5, 3]] });
    expect(parseIssued("around 2019")).toBeUndefined();
    const source: Source = {
      id: "x-web",
      type: "webpage",
      title: "Bilateral relations",
      authors: [{ literal: "Embassy of Pakistan" }],
      container: "Embassy website",
      publisher: "Ministry of Foreign Affairs",
      url: "https://example.org/relations",
      issued: "2023-03",
      seed: { file: "x.txt", sha256: "0" },
    };
    expect(sourceToCsl(source)).toEqual({
      id: "x-web",
      "citation-key": "x2023web",
      type: "webpage",
      title: "Bilateral relations",
      author: [{ literal: "Embassy of Pakistan" }],
      "container-title": "Embassy website",
      publisher: "Ministry of Foreign Affairs",
      issued: { "date-parts": [[2023, 3]] },
      URL: "https://example.org/relations",
    });
  });
});

describe("citation keys", () => {
  it("reads as the id with the year inside, and is the same every time", async () => {
    const lookup = await bundled();
    const keys = assignCitationKeys(lookup.corpus.sources);
    expect(Object.fromEntries(keys)).toEqual({
      "khan-new-phase": "khan2015newphase",
      "mutual-beneficial": "mutual2020beneficial",
      "ali-fortifying": "ali2016fortifying",
      "liberal-perspective": "liberal2024perspective",
      "mohiuddin-interview": "mohiuddin2025interview",
    });
  });

  it("folds accents and stays unique when two ids collapse to one key", () => {
    expect(citationKey({ id: "özdemir-türkiye", issued: "2020" })).toBe("ozdemir2020turkiye");
    const keys = assignCitationKeys([
      { id: "a-b", issued: "2020" },
      { id: "a_b", issued: "2020" },
    ]);
    expect([...keys.values()]).toEqual(["a2020b", "a2020ba"]);
  });
});

describe("the sources behind ids", () => {
  it("cites both sides of a conflict, each source once, with every quote and its claim", async () => {
    const lookup = await bundled();
    const result = collectCitations(["recognition-rank"], lookup);
    if (!result.ok) throw new Error(result.error.code);
    const sources = result.value.map((c) => c.source.id);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toEqual(expect.arrayContaining(["ali-fortifying", "mutual-beneficial", "liberal-perspective", "mohiuddin-interview", "khan-new-phase"]));
    const ali = result.value.find((c) => c.source.id === "ali-fortifying");
    expect(ali?.quotes).toContainEqual({ claimId: "recognition-third-country", quote: "Pakistan was the third country which immediately recognized Azerbaijan in 1991" });
  });

  it("refuses an unknown id, suggesting the nearest", async () => {
    const lookup = await bundled();
    const result = collectCitations(["ali-fortifyin"], lookup);
    expect(result).toEqual({ ok: false, error: { code: "unknown-id", id: "ali-fortifyin", kinds: "claim, conflict or source", suggestion: "ali-fortifying" } });
  });
});
