// Option values, checked where commander parses them, so a bad value is a
// usage error (exit 2) with a sentence saying what was expected.

import { PakazFailure } from "../core/errors.js";

export function parsePositiveInt(option: string, max = 1000): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new PakazFailure({ code: "bad-option", option, value, expected: `a whole number from 1 to ${max}` });
    }
    return n;
  };
}
