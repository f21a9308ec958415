// The one source and three entities the cache tests build their small corpora
// from (tests/cli/cache.test.ts, tests/robustness/cache-attacks.test.ts).

export const TINY_SOURCES = `sources:
  - id: alpha-report
    type: report
    title: "Arcadia and Borduria: An Early Report"
    authors: [{ family: Writer, given: Alpha }]
    issued: "2015"
    seed: { file: alpha.txt, sha256: "${"0".repeat(64)}" }
entities:
  - { id: arcadia, name: Arcadia, kind: country, aliases: [Arcadian] }
  - { id: borduria, name: Borduria, kind: country, aliases: [Bordurian] }
  - { id: szohod, name: Szohod, kind: place, aliases: [], within: borduria }
`;

/** The claim both build on, as a YAML list item: Arcadia's embassy in Szohod, opened in `year`. */
export const tinyEmbassyClaim = (year: string): string => `  - id: embassy-arcadia-szohod
    statement: Arcadia opened its embassy in Szohod in ${year}.
    topic: diplomacy
    tags: [embassy]
    facts:
      actor: arcadia
      entities: [arcadia, borduria, szohod]
      place: szohod
      dates: [{ value: "${year}", role: opened }]
    citations:
      - source: alpha-report
        quote: "Arcadia opened its embassy in Szohod in ${year}."
`;
