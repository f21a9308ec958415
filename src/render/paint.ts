// Colour for text renderers. The decision (TTY, NO_COLOR, --no-color) is made
// once in resolve-settings; renderers only ask for a style by meaning.

import type { Verdict } from "../core/verdict/verdict.js";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  id(text: string): string;
  source(text: string): string;
  quote(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  verdict(verdict: Verdict, text?: string): string;
  /** Data from a corpus or a user, made safe for a terminal. */
  safe(text: string): string;
}

/** Every style, as it prints without colour. */
const PLAIN: Paint = {
  bold: String,
  dim: String,
  id: sanitizeTerminalText,
  source: sanitizeTerminalText,
  quote: sanitizeTerminalText,
  good: String,
  bad: String,
  warn: String,
  verdict: (v, t) => t ?? v,
  safe: sanitizeTerminalText,
};

/**
 * The styles for `color`. chalk is loaded only to colour: with its terminal
 * detection it is several milliseconds of a run that prints plain text.
 */
export async function createPaint(color: boolean): Promise<Paint> {
  if (!color) return PLAIN;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  const verdictStyle: Record<Verdict, (t: string) => string> = {
    supported: (t) => chalk.bold.green(t),
    contradicted: (t) => chalk.bold.red(t),
    disputed: (t) => chalk.bold.yellow(t),
    unverified: (t) => chalk.bold.blue(t),
  };
  return {
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    id: (t) => chalk.cyan(sanitizeTerminalText(t)),
    source: (t) => chalk.magenta(sanitizeTerminalText(t)),
    quote: (t) => chalk.italic(sanitizeTerminalText(t)),
    good: (t) => chalk.green(t),
    bad: (t) => chalk.red(t),
    warn: (t) => chalk.yellow(t),
    verdict: (v, t) => verdictStyle[v](t ?? v),
    safe: sanitizeTerminalText,
  };
}
