// The corpus model shared by every part of pakaz. Field names follow the YAML
// files (data/README.md) so that a curator and a programmer read the same words.

export type SourceType = "article-magazine" | "article-newspaper" | "webpage" | "interview" | "report";

export interface Person {
  family?: string;
  given?: string;
  literal?: string;
}

export interface Source {
  id: string;
  type: SourceType;
  title: string;
  titleSupplied?: boolean;
  authors: Person[];
  container?: string;
  publisher?: string;
  url?: string;
  /** ISO 8601 at the known precision ("2015", "2016-11"), or an interval "2024/2025". */
  issued: string;
  dateInferred?: boolean;
  dateNote?: string;
  description?: string;
  seed: { file: string; sha256: string };
}

export type EntityKind = "person" | "country" | "place" | "organisation" | "event" | "thing" | "office";

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other spellings; optional in corpus files. */
  aliases?: string[];
  /** The entity this one belongs to (a city's country, a minister's country). */
  within?: string;
  /** The capital of the country it is within: it stands for that country where a mission, an envoy or a government is meant. */
  capital?: boolean;
}

export type Precision = "decade" | "year" | "month" | "day";

export interface FactDate {
  /** "1991", "1991-12", "1991-12-12" or a decade "1990s". */
  value: string;
  /** End of a range ("26 and 27 April 2016"). */
  to?: string;
  role?: string;
  qualifier?: "early" | "mid" | "late";
}

export interface FactNumber {
  value: number;
  unit: string;
  of?: string;
  approx?: boolean;
  /** The hedge as a sentence wrote it ("roughly", "more than"), so that it is shown as said; absent in the corpus, where approx reads "over". */
  hedge?: string;
  /** The upper bound of a range ("2400-3200"). */
  to?: number;
}

/** "one-of-many" ("one of several countries") and "among-last" ("one of the last") are read from sentences only; a curator records the other kinds. */
export type RankKind = "ordinal" | "among-first" | "among-n" | "only" | "one-of-few" | "one-of-many" | "among-last";

export interface FactRank {
  kind: RankKind;
  position?: number;
  text?: string;
}

export type Polarity = "positive" | "negative";

export interface Facts {
  actor?: string;
  place?: string;
  entities?: string[];
  dates?: FactDate[];
  numbers?: FactNumber[];
  rank?: FactRank;
  polarity?: Polarity;
}

export interface Citation {
  source: string;
  quote: string;
  /** The entity who says the quoted words where the quote does not name them ("He said …"). */
  speaker?: string;
}

export type Relation =
  | "see-also"
  | "same-event"
  | "follow-up"
  | "earlier-plan"
  | "later-outcome"
  | "superseded-by"
  | "supersedes"
  | "part-of";

export interface RelatedRef {
  claim: string;
  relation: Relation;
}

export interface Claim {
  id: string;
  statement: string;
  topic: string;
  tags: string[];
  keywords?: string[];
  facts: Facts;
  citations: Citation[];
  related?: RelatedRef[];
  note?: string;
  asOf?: string;
  /** The event it reports, as a curator states it, in place of pakaz's reading of the statement. */
  frame?: ClaimFrame;
}

export interface ClaimFrame {
  /** An event type of the lexicon (data/lexicon/events.json). */
  event: string;
  agent?: string;
  recipient?: string;
}

export type ConflictKind = "rank" | "date" | "figure" | "referent" | "superseded" | "status" | "attribution";
export type Dimension = "rank" | "date" | "number" | "entity" | "polarity" | "status";

export interface ConflictSide {
  claim: string;
  says: string;
  /** This side's value of the contested attribute ("third", "1995"). */
  value?: string;
}

export type ContestedAttribute = "date" | "rank" | "number" | "referent" | "origin" | "status" | "office-holder" | "polarity";

/** The one fact a conflict is about: a sentence is disputed only when it asserts a value of it. */
export interface Contested {
  /** The event, as an event type of the lexicon (data/lexicon/events.json). */
  event?: string;
  attribute: ContestedAttribute;
  /** Facts around it that every side agrees on. */
  uncontested?: string[];
  /** For an office holder: the office, so that a sentence naming a holder with it in the present takes that holder's side. */
  office?: Office;
}

/** An office as a sentence may name it ("the presidency", "Baku's envoy"). */
export interface Office {
  /** Words and phrases that name the office ("president", "presidential", "head of state"). */
  words: string[];
  /** The state whose office it is (an entity id), which the sentence must also name, unless the words say it. */
  of?: string;
}

export interface Conflict {
  id: string;
  title: string;
  kind: ConflictKind;
  topic: string;
  dimension: Dimension;
  sides: ConflictSide[];
  contested?: Contested;
  assessment: string;
}

/** Where a record came from, so errors and `validate` can point at it. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** A claim whose `related` list names another claim: which claim, and how it relates. */
export interface InboundReference {
  from: string;
  relation: Relation;
}

export interface Corpus {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  /** id → where it is defined (every kind of record). */
  readonly locations: ReadonlyMap<string, Location>;
  /** Claim id → the claims whose `related` lists name it: a reference read from both ends. */
  readonly referencedBy: ReadonlyMap<string, readonly InboundReference[]>;
}
