// The four verdicts of DESIGN.md and how a batch is summed up.

export const VERDICTS = ["supported", "contradicted", "disputed", "unverified"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Worst first: a batch's verdict is the first of these that any claim got. */
const SEVERITY: readonly Verdict[] = ["contradicted", "disputed", "unverified", "supported"];

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const verdict of verdicts) {
    if (worst === undefined || SEVERITY.indexOf(verdict) < SEVERITY.indexOf(worst)) worst = verdict;
  }
  return worst;
}
