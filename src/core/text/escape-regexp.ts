// Text put into a regular expression matches itself only: names and words
// from a corpus or a user may hold ".", "(" or "+".

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
