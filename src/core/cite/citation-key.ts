// BibTeX keys a person can read and type, and that never change: the source
// id's first word, the year, then the rest of the id — `ali-fortifying`
// issued 2016 becomes `ali2016fortifying`. Ids are never reused (DESIGN.md),
// so a key in someone's .bib file keeps pointing at the same article even
// when a curator corrects the title or the date's precision stays the same.

import type { Source } from "../types.js";

const asciiWord = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export function citationKey(source: Pick<Source, "id" | "issued">): string {
  const [first = "", ...rest] = source.id.split(/[-_.]+/);
  const year = /^\d{4}/.exec(source.issued)?.[0] ?? "";
  const key = `${asciiWord(first)}${year}${rest.map(asciiWord).join("")}`;
  return key === "" ? "source" : key;
}

/** Keys for a list of sources, made unique with a, b, c… should two ids ever collapse to one key. */
export function assignCitationKeys(sources: ReadonlyArray<Pick<Source, "id" | "issued">>): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const source of sources) {
    const base = citationKey(source);
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${suffix(n)}`;
    used.add(key);
    keys.set(source.id, key);
  }
  return keys;
}

function suffix(n: number): string {
  let out = "";
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}
