// The quick way through a corpus file. js-yaml's event parser reads a large
// corpus about six times faster than yaml's document model (whose parse tree
// of positioned nodes is what makes it slow, and what makes it good at
// pointing at problems). So a file is first read here, and only a file this
// reader refuses goes to yaml (parse-corpus.ts), which then says what is
// wrong and where.
//
// This reader accepts only the plain YAML that both libraries read alike:
// the YAML 1.2 core schema, one document, no anchors, aliases or tags, no
// complex or duplicate keys, no deep nesting; and, by NOT_PLAIN, no tabs, no
// control characters, byte order mark or Unicode line separators, no
// carriage return but in CRLF (and none escaped), no document marker (---
// or ...), no block scalar with an indentation indicator (|2) or whose first
// line begins with "#", and no line that begins with a flow collection. Anything else throws inside js-yaml or
// is refused here, and the caller falls back. The NOT_PLAIN rules come from
// tests/robustness/plain-yaml-parity.test.ts, which found js-yaml reading
// text that yaml rightly refuses or reads otherwise ("claims:\n[]", a tab as
// indentation, text after "...", ">1" over a line less indented, ">" over a
// line "#" that yaml reads as text and js-yaml as a comment, an anchor
// or a bare "!" run into what follows, a "\" before CRLF, and, checked in
// topLevelItemStarts, a quoted scalar run into what follows and a key of
// over a thousand characters). A rule may
// refuse more than it must, never less: refusing costs only speed.

import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from "js-yaml";

export interface PlainYaml {
  data: unknown;
  /**
   * Where each item of a top-level list begins, by the key of the list
   * (claims, sources, …): offsets into the text, -1 for an item that is not a
   * mapping, so that a record's location costs nothing until it is asked for.
   */
  itemStarts: Map<string, number[]>;
}

/**
 * Deeper files are left to yaml, which enforces the corpus's own depth limit
 * (js-yaml counts depth one level differently). Corpus records nest about six
 * levels deep.
 */
export const PLAIN_MAX_DEPTH = 24;

/** Where js-yaml and yaml part ways (see above): such a text is left to yaml. */
const NOT_PLAIN = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\\\r|\r(?!\n)|^ *(?:[[{]|---|\.\.\.)|[|>][-+]?[0-9]|[|>][-+]? *\r?\n(?: *\r?\n)* *#|(?:^|[\s[{,])(?:&\S|!)/m;

/** Undefined when the text is not plain YAML as described above (or not YAML at all). */
export function readPlainYaml(text: string, maxDepth: number = PLAIN_MAX_DEPTH): PlainYaml | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { maxDepth });
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (documents.length !== 1) return undefined;
  const itemStarts = topLevelItemStarts(events, text);
  return itemStarts === undefined ? undefined : { data: documents[0], itemStarts };
}

/** One open collection while the events are walked. */
interface Frame {
  mapping: boolean;
  /** Nodes begun inside it so far (in a mapping: keys and values in turn). */
  children: number;
  /** For a list that is the value of a top-level key: the key, and the starts of its items. */
  starts?: number[];
}

/** A plain key that means null: js-yaml names it "null" and yaml "", so such a file is left to yaml. */
const NULL_KEY = new Set(["", "~", "null", "Null", "NULL"]);

/** yaml refuses an implicit key of 1,024 characters or more, js-yaml does not: such a file goes to yaml (with a margin for quotes). */
const LONGEST_KEY = 1000;

/** What may follow a quoted scalar's closing quote; js-yaml reads on past anything else ("''a: "), yaml refuses it. */
const AFTER_QUOTE = new Set([undefined, " ", "\n", "\r", ":", ",", "]", "}", "#"]);

/** Undefined when a key is one the two libraries would name differently, or a quoted scalar runs on. */
function topLevelItemStarts(events: readonly Event[], text: string): Map<string, number[]> | undefined {
  const starts = new Map<string, number[]>();
  const stack: Frame[] = [];
  let topKey: string | undefined;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.SCALAR && (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED)) {
      if (!AFTER_QUOTE.has(text[event.valueEnd + 1])) return undefined;
    }
    // A node begins: say what it is to its parent.
    const parent = stack.at(-1);
    const depth = stack.length;
    if (parent !== undefined) {
      if (parent.mapping && parent.children % 2 === 0 && event.type === EVENT_ID.SCALAR) {
        const key = getScalarValue(text, event);
        if (event.style === SCALAR_STYLE.PLAIN && NULL_KEY.has(key)) return undefined;
        if (event.valueEnd - event.valueStart >= LONGEST_KEY) return undefined;
        if (depth === 1) topKey = key;
      } else if (depth === 1 && parent.mapping && parent.children % 2 === 0) {
        topKey = undefined;
      }
      // Records are mappings; anything else in a section is a schema error, which yaml locates.
      parent.starts?.push(event.type === EVENT_ID.MAPPING ? event.start : -1);
      parent.children++;
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const frame: Frame = { mapping: event.type === EVENT_ID.MAPPING, children: 0 };
      // A list that is the value of a key of the top-level mapping: a section of records.
      if (depth === 1 && parent?.mapping === true && !frame.mapping && topKey !== undefined && !starts.has(topKey)) {
        frame.starts = [];
        starts.set(topKey, frame.starts);
      }
      stack.push(frame);
    }
  }
  return starts;
}
