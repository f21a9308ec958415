// A corpus source as CSL-JSON: the one mapping behind every citation style and
// export format, so a fix here reaches APA, BibTeX and RIS alike.

import type { Person, Source, SourceType } from "../types.js";
import { assignCitationKeys, citationKey } from "./citation-key.js";
import type { CslDate, CslItem, CslName, CslType } from "./csl-item.js";

/** The corpus already names its types after CSL's; the table keeps that a decision rather than an accident. */
const CSL_TYPE: Record<SourceType, CslType> = {
  "article-magazine": "article-magazine",
  "article-newspaper": "article-newspaper",
  webpage: "webpage",
  interview: "interview",
  report: "report",
};

export function sourceToCsl(source: Source, key: string = citationKey(source)): CslItem {
  const item: CslItem = {
    id: source.id,
    "citation-key": key,
    type: CSL_TYPE[source.type],
    // A title the curators wrote for an article that has none is a
    // description, which APA and CSL set in square brackets; printed bare, it
    // passed for the article's own title (`sources` already brackets it).
    title: source.titleSupplied ? `[${source.title}]` : source.title,
  };
  // No author: CSL styles then lead with the title, as the style guides ask.
  const authors = source.authors.map(toCslName).filter((name): name is CslName => name !== undefined);
  if (authors.length > 0) item.author = authors;
  if (source.container) item["container-title"] = source.container;
  // A site that is its own publisher would be printed twice ("Report News. Report News.").
  if (source.publisher && !samePublisher(source.publisher, source.container)) item.publisher = source.publisher;
  const issued = parseIssued(source.issued);
  if (issued) item.issued = issued;
  if (source.url) item.URL = source.url;
  const note = noteOf(source);
  if (note) item.note = note;
  return item;
}

/**
 * The CSL items of the given source ids, in that order: a numbered style
 * (Vancouver, IEEE) numbers references in the order they are cited, which is
 * the order the user gave, not the corpus's. Keys stay those of the whole
 * corpus, so a source's key does not depend on what else is cited.
 */
export function citedSourcesToCsl(sources: readonly Source[], ids: readonly string[]): CslItem[] {
  const items = new Map(sourcesToCsl(sources).map((item) => [item.id, item]));
  return ids.flatMap((id) => items.get(id) ?? []);
}

/** All sources, with keys that stay unique across the list. */
export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  const keys = assignCitationKeys(sources);
  return sources.map((source) => sourceToCsl(source, keys.get(source.id)));
}

function toCslName(person: Person): CslName | undefined {
  if (person.literal) return { literal: person.literal };
  const name: CslName = {};
  if (person.family) name.family = person.family;
  if (person.given) name.given = person.given;
  return name.family || name.given ? name : undefined;
}

const normalise = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();

function samePublisher(publisher: string, container: string | undefined): boolean {
  return container !== undefined && normalise(publisher) === normalise(container);
}

/** "2016-11" → [[2016, 11]]; "2024/2025" → [[2024], [2025]]: the precision the record states, no more. */
export function parseIssued(issued: string): CslDate | undefined {
  const parts = issued.split("/").map((part) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part.trim());
    if (!match) return undefined;
    return match.slice(1).filter((p): p is string => p !== undefined).map(Number);
  });
  if (parts.length === 0 || parts.length > 2 || parts.some((p) => p === undefined)) return undefined;
  return { "date-parts": parts as number[][] };
}

function noteOf(source: Source): string | undefined {
  const notes: string[] = [];
  if (source.dateInferred) {
    const reason = source.dateNote?.replace(/\s+/g, " ").trim();
    notes.push(reason ? `Date inferred: ${reason}` : "Date inferred.");
  }
  if (source.titleSupplied) notes.push("Title supplied by the curator: the article has no title of its own.");
  return notes.length > 0 ? notes.join(" ") : undefined;
}
