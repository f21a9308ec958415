// What can be told about a CSL file before handing it to the citation
// processor, whose own errors on a bad file are cryptic or absent: citeproc
// accepts some broken files and renders nothing. Returns why the file is not
// usable, or undefined.

export function findCslStyleProblem(xml: string): string | undefined {
  const text = xml.replace(/^\uFEFF/, "");
  const root = /<style\b([^>]*)>/.exec(text);
  if (!root) return "it has no <style> element (is it a CSL file?)";
  const attributes = root[1] ?? "";
  if (!/xmlns\s*=\s*["']http:\/\/purl\.org\/net\/xbiblio\/csl["']/.test(attributes)) {
    return "its <style> element is not in the CSL namespace (http://purl.org/net/xbiblio/csl)";
  }
  const version = /\bversion\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
  if (version === undefined || !version.startsWith("1.")) return `it declares CSL version ${version ?? "(none)"}, not 1.0`;
  if (/<link\b[^>]*rel\s*=\s*["']independent-parent["']/.test(text) && !/<bibliography\b/.test(text)) {
    return "it is a dependent style, which only points at another style; give the file of its parent style instead";
  }
  if (!/<bibliography\b/.test(text)) return "it has no <bibliography> section, so it cannot format references";
  if (!/<\/style>\s*$/.test(text)) return "it is cut short (no closing </style>)";
  return undefined;
}
