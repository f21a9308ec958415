// The search index for the chosen corpus. Built on each run for now; the
// compiled cache (issue 10) slots in here without the commands noticing.

import { buildIndex, type SearchIndex } from "../core/search/build-index.js";
import { openCorpus } from "./open-corpus.js";
import type { Settings } from "./resolve-settings.js";

export async function openIndex(settings: Settings): Promise<SearchIndex> {
  return buildIndex(await openCorpus(settings));
}
