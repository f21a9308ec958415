// Text from a corpus file or a user's draft must never drive the terminal:
// an ESC sequence could recolour, move the cursor, clear the screen, set the
// window title or plant an OSC 8 link. Control characters are made visible
// instead of removed, so a curator can still see that something was there.

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional
// overrides that can make displayed text read differently from what it is.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeTerminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x1b) return "␛";
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    return `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** JSON.stringify leaves C1 controls and bidi overrides raw; escape them too. */
export function toSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * For messages that must stay on one line (errors on stderr): control
 * characters made visible as above, and newlines too, so that an id or path
 * with a line break in it cannot start a second, forged line.
 */
export function sanitizeTerminalLine(text: string): string {
  return sanitizeTerminalText(text).replace(/[\n\u2028\u2029]/g, "␤");
}
