// Parsed files → one checked Corpus, or every problem found, each pointing at
// the file, line and column to fix. A schema cannot see across files, so the
// cross-file rules (unique ids, references that resolve) live here.

import { eventType } from "../text/lexicon.js";
import type { PakazError } from "../errors.js";
import { findNearestId } from "../text/nearest-id.js";
import type { Claim, Conflict, Corpus, Entity, InboundReference, Location, Source } from "../types.js";
import { corpusSchemaValidator, describeSchemaError } from "./corpus-schema.js";
import type { ParsedFile } from "./parse-corpus.js";

interface CorpusSections {
  sources?: Source[];
  entities?: Entity[];
  claims?: Claim[];
  conflicts?: Conflict[];
}

type Section = keyof CorpusSections;
const SECTIONS: readonly Section[] = ["sources", "entities", "claims", "conflicts"];
/** Enough to fix a broken file without flooding the terminal. */
const MAX_SCHEMA_ERRORS_PER_FILE = 20;
/**
 * "Did you mean" compares a bad id with every known one; for every bad
 * reference that was quadratic (41 s for 8,000 of them, paid by `check` to
 * print its one error line). A curator fixes the first few and runs again,
 * so only they get a suggestion; the rest are still reported.
 */
export const MAX_REFERENCE_SUGGESTIONS = 20;

export interface ValidatedCorpus {
  corpus: Corpus;
  problems: PakazError[];
}

/**
 * Checks files one at a time, so that each file's parse tree can be dropped
 * as soon as it is read: a large corpus held every tree at once, and the
 * garbage collector then spent more time than the parser.
 */
export interface CorpusValidator {
  add(file: ParsedFile): void;
  finish(): ValidatedCorpus;
}

export function createCorpusValidator(): CorpusValidator {
  const problems: PakazError[] = [];
  const corpus = { sources: [] as Source[], entities: [] as Entity[], claims: [] as Claim[], conflicts: [] as Conflict[], locations: new Map<string, Location>() };
  const validate = corpusSchemaValidator();
  // Sources, claims and conflicts share one namespace because `show` and `cite`
  // accept any of them; entities have their own.
  const recordIds = new Map<string, Location>();
  const entityIds = new Map<string, Location>();

  const add = (file: ParsedFile): void => {
    if (!validate(file.data)) {
      for (const error of (validate.errors ?? []).slice(0, MAX_SCHEMA_ERRORS_PER_FILE)) {
        const { path, field, reason } = describeSchemaError(error);
        problems.push({ code: "schema", at: file.locate(path), field, reason });
      }
      return;
    }
    const data = file.data as CorpusSections;
    for (const section of SECTIONS) {
      const records = data[section] ?? [];
      records.forEach((record, index) => {
        const at = file.locate([section, index]);
        const ids = section === "entities" ? entityIds : recordIds;
        const first = ids.get(record.id);
        if (first !== undefined) {
          problems.push({ code: "duplicate-id", id: record.id, at, first });
          return;
        }
        ids.set(record.id, at);
        // Curators write years as tags ([visit, 2016]); YAML reads those as numbers.
        if (section === "claims") (record as Claim).tags = ((record as Claim).tags ?? []).map(String);
        corpus.locations.set(section === "entities" ? `entity:${record.id}` : record.id, at);
        (corpus[section] as (typeof record)[]).push(record);
      });
    }
  };
  const finish = (): ValidatedCorpus => {
    const done: Corpus = { ...corpus, referencedBy: inboundReferences(corpus.claims) };
    if (problems.length === 0) checkReferences(done, problems);
    return { corpus: done, problems };
  };
  return { add, finish };
}

/** Claim id → the claims whose `related` lists name it, in corpus order. */
function inboundReferences(claims: readonly Claim[]): Map<string, InboundReference[]> {
  const inbound = new Map<string, InboundReference[]>();
  for (const claim of claims) {
    for (const ref of claim.related ?? []) {
      const list = inbound.get(ref.claim) ?? [];
      list.push({ from: claim.id, relation: ref.relation });
      inbound.set(ref.claim, list);
    }
  }
  return inbound;
}

function checkReferences(corpus: Corpus, problems: PakazError[]): void {
  const sourceIds = new Set(corpus.sources.map((s) => s.id));
  const entityIds = new Set(corpus.entities.map((e) => e.id));
  const claimIds = new Set(corpus.claims.map((c) => c.id));
  const where = (id: string): Location => corpus.locations.get(id) ?? { file: "?", line: 1, column: 1 };

  let suggested = 0;
  const reference = (kind: "source" | "claim" | "entity", id: string, from: string, known: Set<string>): void => {
    if (known.has(id)) return;
    const suggestion = suggested++ < MAX_REFERENCE_SUGGESTIONS ? findNearestId(id, known) : undefined;
    problems.push({ code: "unknown-reference", kind, id, from, at: where(from), ...(suggestion ? { suggestion } : {}) });
  };

  for (const entity of corpus.entities) {
    if (entity.within !== undefined) reference("entity", entity.within, `entity:${entity.id}`, entityIds);
  }
  for (const claim of corpus.claims) {
    for (const citation of claim.citations) {
      reference("source", citation.source, claim.id, sourceIds);
      if (citation.speaker !== undefined) reference("entity", citation.speaker, claim.id, entityIds);
    }
    const { actor, place, entities = [] } = claim.facts;
    for (const entity of [actor, place, ...entities, claim.frame?.agent, claim.frame?.recipient]) {
      if (entity !== undefined) reference("entity", entity, claim.id, entityIds);
    }
    for (const related of claim.related ?? []) reference("claim", related.claim, claim.id, claimIds);
    const event = claim.frame?.event;
    if (event !== undefined && eventType(event) === undefined) problems.push({ code: "claim-event-unknown", id: claim.id, event, at: where(claim.id) });
  }
  for (const conflict of corpus.conflicts) {
    for (const side of conflict.sides) reference("claim", side.claim, conflict.id, claimIds);
    // A figure that cannot be right as printed is a conflict with itself; any
    // other disagreement needs two sides to disagree.
    // A conflict that names what is contested says each side's value of it, or a sentence cannot be said to take a side.
    if (conflict.contested !== undefined) {
      for (const side of conflict.sides) {
        if (side.value === undefined) problems.push({ code: "conflict-side-value-missing", id: conflict.id, claim: side.claim, at: where(conflict.id) });
      }
      const office = conflict.contested.office;
      if (office?.of !== undefined) reference("entity", office.of, conflict.id, entityIds);
      const event = conflict.contested.event;
      if (event !== undefined && eventType(event) === undefined) problems.push({ code: "conflict-event-unknown", id: conflict.id, event, at: where(conflict.id) });
    }
    if (conflict.sides.length < 2 && conflict.kind !== "figure") {
      problems.push({ code: "conflict-side-not-enough", id: conflict.id, at: where(conflict.id) });
    }
  }
}
