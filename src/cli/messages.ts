// Every error pakaz prints, worded for someone who has never read the code:
// what is wrong, where, and what to do. One sentence each.

import type { PakazError } from "../core/errors.js";
import type { Location } from "../core/types.js";

const at = (l: Location): string => `${l.file}:${l.line}:${l.column}`;
const didYouMean = (suggestion: string | undefined): string => (suggestion ? ` (did you mean "${suggestion}"?)` : "");

export function formatError(error: PakazError): string {
  switch (error.code) {
    case "corpus-missing":
      return `corpus not found: ${error.path} does not exist; give an existing folder with --corpus, or leave it out to use the bundled corpus`;
    case "corpus-unreadable":
      return `cannot read ${error.path}: ${error.reason}`;
    case "corpus-empty":
      return `no claims or sources in ${error.path}: a corpus is a folder of .yaml files that list them (see data/README.md)`;
    case "yaml-syntax":
      return `${at(error.at)}: malformed YAML: ${error.reason}`;
    case "yaml-too-complex":
      return `${at(error.at)}: YAML refused: ${error.reason}`;
    case "schema":
      return `${at(error.at)}: ${error.reason}`;
    case "duplicate-id":
      return `${at(error.at)}: duplicate id "${error.id}" (first defined at ${at(error.first)})`;
    case "unknown-reference":
      return `${at(error.at)}: ${error.from} refers to unknown ${error.kind} "${error.id}"${didYouMean(error.suggestion)}`;
    case "conflict-side-not-enough":
      return `${at(error.at)}: conflict "${error.id}" needs at least two sides (only a "figure" conflict may have one)`;
    case "conflict-side-value-missing":
      return `${at(error.at)}: conflict "${error.id}" names what is contested, so its side ${error.claim} needs a \`value\` (what that side says it is)`;
    case "claim-event-unknown":
      return `${at(error.at)}: claim "${error.id}" gives its frame the event "${error.event}", which is not an event type of data/lexicon/events.json`;
    case "conflict-event-unknown":
      return `${at(error.at)}: conflict "${error.id}" names the event "${error.event}", which is not an event type of data/lexicon/events.json`;
    case "seed-missing":
      return `article text for ${error.source} not found: ${error.path}`;
    case "seed-hash-mismatch":
      return `article text for ${error.source} (${error.path}) is not the text the corpus was built from: SHA-256 ${error.actual.slice(0, 12)}…, expected ${error.expected.slice(0, 12)}…`;
    case "quote-not-found":
      return `${at(error.at)}: claim ${error.claim}: quote not found verbatim in ${error.source}: "${shorten(error.quote, 70)}"`;
    case "unknown-id":
      return `no ${error.kinds} with id "${error.id}"${didYouMean(error.suggestion)}`;
    case "unknown-value":
      return `unknown ${error.what} "${error.value}" for ${error.option}${didYouMean(error.suggestion)}; known ${error.what}s: ${error.known.join(", ")}`;
    case "empty-claim":
      return "the claim is empty: give a sentence to check, e.g. pakaz check \"Pakistan recognised Azerbaijan in 1991\"";
    case "claim-too-long":
      return `the claim is ${error.length} characters long; pakaz checks one sentence of at most ${error.max} characters (use pakaz review for whole texts)`;
    case "draft-refused":
      return `cannot review ${error.path}: ${error.reason}`;
    case "bad-option":
      return `invalid value "${error.value}" for ${error.option}: expected ${error.expected}`;
    case "unknown-style":
      return `unknown citation style "${error.name}"${didYouMean(error.suggestion)}: use one of ${error.builtins.join(", ")}, or give the path of a CSL file (e.g. --style ./house-style.csl)`;
    case "style-unreadable":
      return `cannot read the CSL style ${error.path}: ${error.reason}; give a readable .csl file or one of the built-in styles: ${error.builtins.join(", ")}`;
    case "style-invalid":
      return `${error.path} is not a usable CSL 1.0 style: ${error.reason}; give another .csl file or one of the built-in styles: ${error.builtins.join(", ")}`;
    case "output-exists":
      return `${error.path} already exists; pakaz does not overwrite files unless you add --force`;
    case "output-folder-missing":
      return `cannot write ${error.path}: the folder ${error.folder} does not exist; create it first or give another path`;
    case "output-unwritable":
      return `cannot write ${error.path}: ${error.reason}`;
    case "line-endless":
      return `${error.source}:${error.line}: the line goes on past ${error.limit} without an end; pakaz reads one sentence per line (is this a text file?)`;
    case "write-failed":
      return `cannot write to ${error.stream}: ${error.reason}`;
    case "cwd-missing":
      return "the current folder no longer exists (it was deleted or moved); change to an existing folder and run pakaz again";
  }
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
