// Finds the corpus's entities in text by any of their names or aliases
// ("Hyder Aliyev", "Heydar Aliyev" → heydar-aliyev), longest name first, so
// "Azerbaijan Trade House" is one organisation rather than a country.

import type { Entity } from "../types.js";
import { isEnglishWord } from "./english-words.js";
import { normalizeText } from "./normalize.js";
import { splitWords, type Token } from "./tokenize.js";

export interface EntityMention {
  entity: string;
  /** Index of the first and one past the last word of the mention. */
  from: number;
  to: number;
}

export interface EntityMatcher {
  /**
   * Mentions in a list of words (from splitWords of normalised text), in order.
   * `written` is the same text normalised with its case kept
   * (normalizeKeepingCase): given it, a name written in capitals that is also
   * an English word ("IDEAS", "US") names its entity only where the text
   * capitalises it too.
   */
  find(words: readonly Token[], written?: string): EntityMention[];
  entity(id: string): Entity | undefined;
  /** The chain of containing entities: baku → azerbaijan. */
  ancestors(id: string): string[];
}

/**
 * The state a capital is the capital of ("baku" → "azerbaijan"), for where a
 * capital stands for its government ("Islamabad backs the plan"); undefined
 * for any other entity. Whether it stands for it there is the caller's reading.
 */
export function stateOfCapital(id: string, matcher: Pick<EntityMatcher, "entity">): string | undefined {
  const entity = matcher.entity(id);
  return entity?.capital === true ? entity.within : undefined;
}

const MAX_NAME_WORDS = 8;

function phraseKey(words: readonly string[]): string {
  return words.join(" ");
}

/**
 * Each name as normalised words, with its entity, and for each first word the
 * most words of a name it starts: plain data, worked out from the entities
 * once, so that an index read back from storage need not normalise every
 * name again (a few hundred names took a check about 9 ms).
 */
export interface EntityNameTables {
  phrases: Array<[phrase: string, entity: string]>;
  longest: Array<[firstWord: string, words: number]>;
}

export function entityNameTables(entities: readonly Entity[]): EntityNameTables {
  const byPhrase = new Map<string, string>();
  const longestFrom = new Map<string, number>();
  for (const entity of entities) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const words = splitWords(normalizeText(name)).map((t) => t.word);
      if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
      const key = phraseKey(words);
      // The first entity to claim a name keeps it: entities.yaml lists the
      // unambiguous owners first.
      if (!byPhrase.has(key)) byPhrase.set(key, entity.id);
      const first = words[0] ?? "";
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, words.length));
    }
  }
  return { phrases: [...byPhrase], longest: [...longestFrom] };
}

/** `tables` is entityNameTables(entities), worked out now or earlier. */
export function createEntityMatcher(entities: readonly Entity[], tables: EntityNameTables = entityNameTables(entities)): EntityMatcher {
  const byPhrase = new Map(tables.phrases);
  /** The most words of any name that starts with a word: most words start none, and are passed over at once. */
  const longestFrom = new Map(tables.longest);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // "exchange of ideas", "between us": an acronym that is also a word is the acronym only in capitals.
  const capitalsOnly = new Set(
    entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).filter((n) => /^[A-Z]{2,}$/.test(n) && isEnglishWord(n)).map((n) => n.toLowerCase()),
  );
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    let current = byId.get(id)?.within;
    while (current !== undefined && !chain.includes(current) && chain.length < 10) {
      chain.push(current);
      current = byId.get(current)?.within;
    }
    return chain;
  };
  return {
    entity: (id) => byId.get(id),
    ancestors,
    find(tokens, written) {
      const words = tokens.map((t) => t.word);
      /** Whether a one-word name that must be in capitals is written otherwise at word k. */
      const uncapitalised = (k: number): boolean => {
        const token = tokens[k];
        if (written === undefined || token === undefined || !capitalsOnly.has(token.word)) return false;
        const as = written.slice(token.start, token.end);
        return as.toLowerCase() === token.word && as !== as.toUpperCase();
      };
      const mentions: EntityMention[] = [];
      let i = 0;
      while (i < words.length) {
        let matched = false;
        const longest = Math.min(longestFrom.get(words[i] ?? "") ?? 0, words.length - i);
        for (let length = longest; length >= 1; length--) {
          const entity = byPhrase.get(phraseKey(words.slice(i, i + length)));
          if (entity !== undefined && !(length === 1 && uncapitalised(i))) {
            mentions.push({ entity, from: i, to: i + length });
            i += length;
            matched = true;
            break;
          }
        }
        if (!matched) i++;
      }
      return mentions;
    },
  };
}
