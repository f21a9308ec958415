// One canonical form for text from users, curators and articles, so that
// "Türkiye" and "Turkiye", "Pakistan’s" and "Pakistan's", "JF–17" and "JF-17"
// compare equal. Used for matching only; what pakaz prints is the original.

const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u2033«»]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
// NBSP and friends appear in the articles between ordinary words.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n]+/g;
// Soft hyphens (and the "¬" that stands in for one in a seed text) split words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]|(?<=\p{L})¬(?=\p{L})/gu;
const COMBINING = /\p{M}+/gu;

/** Printable ASCII but the backtick: text that every step below would leave as it is, but for case and ends. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

export function normalizeText(text: string): string {
  // Most corpus text is plain ASCII; building a large corpus's index normalises every quote.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().trim();
  return normalizeKeepingCase(text).toLowerCase();
}

/**
 * normalizeText without the lower-casing: where it has the same length as
 * normalizeText's result, a word's offsets in one are its offsets in the
 * other, so what the writer capitalised can be read ("IDEAS" the expo,
 * "ideas" the word).
 */
export function normalizeKeepingCase(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.trim();
  return text
    .normalize("NFKD")
    .replace(COMBINING, "")
    .replace(INVISIBLE, "")
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}
