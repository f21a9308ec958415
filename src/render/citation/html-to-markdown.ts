// citeproc's HTML for one reference, as Markdown: italics and bold survive
// (a journal or book title must stay italic in a draft), everything else
// becomes plain text. citeproc's HTML is a small, known vocabulary: <i>, <b>,
// <span style=…> for small caps and the like, <sup>/<sub>, <a>, <div> for
// numbered styles' margins, and entities.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Characters Markdown would read as formatting, escaped where they occur in the text itself. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_<>])/g, "\\$1");
}

export function htmlToMarkdown(html: string): string {
  // Empty or abutting runs would print as "**" or "*a**b*", which Markdown reads as bold.
  const tidy = html.replace(/<\/(i|b|em|strong)><\1>/gi, "").replace(/<(i|b|em|strong)>(\s*)<\/\1>/gi, "$2");
  const out: string[] = [];
  for (const token of tidy.split(/(<[^>]+>)/)) {
    if (token === "") continue;
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      out.push(escapeMarkdown(decodeEntities(token)));
      continue;
    }
    const name = (tag[2] ?? "").toLowerCase();
    if (name === "i" || name === "em") out.push("*");
    else if (name === "b" || name === "strong") out.push("**");
    else if (name === "div" && tag[1] === "/") out.push(" ");
  }
  return out
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
