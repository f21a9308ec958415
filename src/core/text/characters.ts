/**
 * How many characters a user would count in `text`: Unicode code points, not
 * UTF-16 units (String.length), in which an emoji or a letter outside the
 * Basic Multilingual Plane counts twice, so a claim of 600 such characters
 * was refused as "over 1,000".
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
