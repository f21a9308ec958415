// YAML text → plain data, keeping enough of the parse to point any later
// error (schema, reference, quote) at the file, line and column it came from.
// Plain files (nearly all) are read quickly by read-plain-yaml.ts; yaml reads
// the rest, and re-reads a plain file only when a problem in it needs locating
// deeper than a record. The second parser is kept on a measured figure: the
// benchmark's 100,000-claim corpus (bench/generate-corpus.mjs) took 24.6 and
// 33.4 s to build (a cold check: read, validate, index, save) with it and
// 56.0 and 53.9 s with yaml alone, over its 30 s target; a check that reads
// the corpus and saves nothing, 20.2 and 19.2 s against 53.9 and 53.4 s
// (Node 20.20, alternating runs, 2026-12-07).

import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from "yaml";
import type { PakazError } from "../errors.js";
import { err, ok, type Result } from "../result.js";
import type { Location } from "../types.js";
import type { CorpusFile } from "./read-corpus.js";
import { readPlainYaml } from "./read-plain-yaml.js";

export interface ParsedFile {
  path: string;
  data: unknown;
  /** Location of the node at a path such as ["claims", 3, "facts"]; the nearest existing ancestor otherwise. */
  locate(path: ReadonlyArray<string | number>): Location;
}

/**
 * Aliases (`*anchor`) can expand exponentially ("billion laughs"). A corpus has
 * no need for many, so a small bound turns an attack into a clear error.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * A corpus file nests about seven levels deep (claims → claim → facts → dates
 * → date → value). Far deeper input is an attack or an accident, and past a
 * few hundred levels the YAML parser and the schema validator run out of
 * stack; refusing it early gives a clear message instead.
 */
export const MAX_YAML_DEPTH = 64;
const TOO_DEEP = `it is nested more than ${MAX_YAML_DEPTH} levels deep`;

interface StructureProblem {
  offset: number;
  code: "yaml-syntax" | "yaml-too-complex";
  reason: string;
}

/**
 * One pass over the parse tree, without recursion (so depth cannot overflow
 * the stack), that finds what the YAML library either misses or finds too
 * slowly: duplicate keys (its uniqueKeys check compares every key with every
 * earlier one, which took minutes on a file with 100,000 keys), nesting
 * deeper than MAX_YAML_DEPTH, and an alias inside the node it names, which
 * toJS turns into a circular object.
 */
function checkStructure(doc: Document.Parsed): StructureProblem | undefined {
  /** The latest node defined for each anchor name, as aliases resolve in document order. */
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  const stack: Array<{ node: unknown; depth: number; exit?: boolean }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    const { node, depth } = frame;
    if (frame.exit) {
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      if (open.has(anchors.get(node.source))) {
        return { offset: node.range?.[0] ?? 0, code: "yaml-too-complex", reason: `the alias *${node.source} is inside the node it refers to, which never ends` };
      }
      continue;
    }
    if (isScalar(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_YAML_DEPTH) {
      return { offset: node.range?.[0] ?? 0, code: "yaml-too-complex", reason: `it is nested more than ${MAX_YAML_DEPTH} levels deep` };
    }
    if (node.anchor) anchors.set(node.anchor, node);
    open.add(node);
    stack.push({ node, depth, exit: true });
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        // A mapping or list as a key ("? [a, b]: x") has no place in a corpus; yaml would
        // stringify it and print a Node warning on stderr.
        if (isMap(pair.key) || isSeq(pair.key) || isAlias(pair.key)) {
          const keyNode = pair.key as { range?: [number, number, number] };
          return { offset: keyNode.range?.[0] ?? 0, code: "yaml-syntax", reason: "a key must be a plain word or string, not a list, mapping or alias" };
        }
        if (isScalar(pair.key)) {
          // As JS object keys, 1 and "1" are one key: the second would silently replace the first.
          const key = String(pair.key.value);
          if (seen.has(key)) {
            return { offset: pair.key.range?.[0] ?? 0, code: "yaml-syntax", reason: `duplicate key "${String(pair.key.value)}" (each key may appear once in a mapping)` };
          }
          seen.add(key);
        }
        children.push(pair.key, pair.value);
      }
    } else {
      children.push(...node.items);
    }
    // Reversed, so that nodes are entered in document order (anchors before their aliases).
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return undefined;
}

/**
 * How far yaml's parser stack may grow: it holds the document and one entry
 * per open collection (a block mapping's value may add one), so a few more
 * than MAX_YAML_DEPTH. checkStructure then applies the exact limit.
 */
const MAX_PARSER_STACK = MAX_YAML_DEPTH + 8;

/** Thrown from inside the parse when the nesting passes MAX_PARSER_STACK. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super(TOO_DEEP);
  }
}

/**
 * yaml's parseDocument, with the nesting bounded while the text is parsed.
 * Checked only after the parse, `claims: [[[…]]]` of two million levels
 * took 12 s and 2.2 GB to build before it was refused, and five million
 * (10 MB, under the file size limit) ran V8 out of memory. The parser is
 * fed one lexeme at a time (yaml's documented way to drive it) and stopped
 * at the first that opens one level too many.
 */
function parseDocumentBounded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & { lineCounter: LineCounter }): Document.Parsed {
  const parser = new Parser(options.lineCounter.addNewLine);
  const lexer = new Lexer();
  function* tokens(): Generator<CST.Token> {
    // As Parser.parse does: the first line starts at offset 0.
    options.lineCounter.addNewLine(0);
    for (const lexeme of lexer.lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_PARSER_STACK) throw new TooDeep(parser.offset);
    }
    yield* parser.end();
  }
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (doc === undefined) {
      doc = next;
    } else {
      // As parseDocument does, so that a second document is an error, not ignored.
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  // compose(…, true) always ends with a document, empty if the text is.
  if (doc === undefined) throw new Error("yaml composed no document");
  return doc;
}

export function parseCorpusFile(file: CorpusFile): Result<ParsedFile, PakazError> {
  const plain = readPlainYaml(file.text);
  if (plain === undefined) return parseWithYaml(file);
  let lines: LineCounter | undefined;
  let precise: Result<ParsedFile, PakazError> | undefined;
  const locate = (path: ReadonlyArray<string | number>): Location => {
    const [section, index] = path;
    const start = path.length === 2 && typeof section === "string" && typeof index === "number" ? plain.itemStarts.get(section)?.[index] : undefined;
    if (start !== undefined && start >= 0) {
      if (lines === undefined) {
        lines = new LineCounter();
        // As yaml's parser does: the first line starts at 0.
        lines.addNewLine(0);
        for (let at = file.text.indexOf("\n"); at !== -1; at = file.text.indexOf("\n", at + 1)) lines.addNewLine(at + 1);
      }
      const pos = lines.linePos(start);
      return { file: file.path, line: pos.line, column: pos.col };
    }
    precise ??= parseWithYaml(file);
    return precise.ok ? precise.value.locate(path) : { file: file.path, line: 1, column: 1 };
  };
  return ok({ path: file.path, data: plain.data ?? {}, locate });
}

/** The careful reading: yaml's parse tree, which can point at any node, and at any problem. */
export function parseWithYaml(file: CorpusFile): Result<ParsedFile, PakazError> {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found by checkStructure, in linear time.
    // logLevel "error": yaml's warnings go to process.emitWarning, i.e. stderr, in the user's terminal.
    doc = parseDocumentBounded(file.text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: "error" });
  } catch (error) {
    if (error instanceof TooDeep) {
      const pos = lineCounter.linePos(error.offset);
      return err({ code: "yaml-too-complex", at: { file: file.path, line: pos.line, column: pos.col }, reason: TOO_DEEP });
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (/maximum call stack/i.test(reason)) return err({ code: "yaml-too-complex", at: { file: file.path, line: 1, column: 1 }, reason: TOO_DEEP });
    return err({ code: "yaml-syntax", at: { file: file.path, line: 1, column: 1 }, reason });
  }
  const at = (offset: number): Location => {
    const pos = lineCounter.linePos(offset);
    return { file: file.path, line: pos.line, column: pos.col };
  };
  const first = doc.errors[0];
  if (first !== undefined) {
    const reason = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? first.code;
    // The parser recurses per level of nesting; thousands of levels exhaust its stack.
    if (/maximum call stack/i.test(reason)) {
      return err({ code: "yaml-too-complex", at: at(first.pos[0]), reason: TOO_DEEP });
    }
    return err({ code: "yaml-syntax", at: at(first.pos[0]), reason });
  }
  const structure = checkStructure(doc);
  if (structure !== undefined) return err({ code: structure.code, at: at(structure.offset), reason: structure.reason });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err({
      code: "yaml-too-complex",
      at: { file: file.path, line: 1, column: 1 },
      // The library's words ("resource exhaustion attack") would alarm a curator who only reused an anchor.
      reason: /excessive alias count/i.test(message) ? `its aliases (*name) expand to too much data (at most ${MAX_ALIAS_COUNT} copied nodes)` : message,
    });
  }
  if (data === null || data === undefined) data = {};
  const locate = (path: ReadonlyArray<string | number>): Location => {
    let node: unknown = doc.contents;
    let found: Node | null = doc.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => {
          const k = item.key as { value?: unknown } | null;
          return k !== null && typeof k === "object" && k.value === key;
        });
        if (pair === undefined) break;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
      } else {
        break;
      }
      if (node !== null && typeof node === "object" && "range" in node) found = node as Node;
    }
    const offset = found?.range?.[0] ?? 0;
    return at(offset);
  };
  return ok({ path: file.path, data, locate });
}
