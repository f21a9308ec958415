/**
 * A GitHub Actions runner takes any log line that starts with "::", after
 * leading spaces, for a workflow command (::add-mask::, ::error::…), so text
 * from a user or a corpus must never begin a line with it.
 */
const WORKFLOW_COMMAND = /^::/;

/**
 * Greedy word wrap, so quotes stay readable in an 80-column terminal. A word
 * that begins with "::" is never moved to the start of a line: it stays on
 * the line before, a little too long (see WORKFLOW_COMMAND).
 */
export function wrap(text: string, width: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width && !WORKFLOW_COMMAND.test(word)) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
