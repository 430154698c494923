// Text from a list (matter text, unit names, citations, file names, law titles) must never act on
// the terminal it is printed to: an ESC starting a CSI/OSC sequence can clear the screen, retitle
// the window, write the clipboard or hide text; a bidi override reorders what is shown; a newline
// inside a message forges a diagnostic line of its own. Two guards:
//  - guardOutput, on everything the CLI prints: every control, bidi and zero-width character
//    becomes a visible \uXXXX (inside JSON that is the same character, so machine formats are
//    unchanged), except line breaks, tabs and — when the CLI colours its output itself — SGR
//    colour sequences;
//  - oneLine, on each field of a one-line record (a diagnostic): line breaks too, so a field
//    always stays on its line. It escapes ESC as well, so no field can carry a colour of its own.

// C0 and C1 controls, ALM, LRM/RLM, zero-width space/joiners, bidi embeddings, overrides and
// isolates, word joiner and invisible operators, BOM/ZWNBSP, interlinear annotation marks.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const SGR = /^\u001B\[[0-9;]*m/;

function escape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` safe to print: unsafe characters escaped; line breaks and tabs kept, and SGR colour
 *  sequences too when `colour` (the CLI's own chalk output). */
export function guardOutput(text: string, colour: boolean): string {
  if (!hasUnsafe(text)) return text;
  return text.replace(UNSAFE, (ch, offset: number) => {
    if (ch === '\n' || ch === '\t') return ch;
    // CRLF as a line end is harmless; a lone CR would let later text overwrite the line.
    if (ch === '\r' && text[offset + 1] === '\n') return ch;
    if (colour && ch === '\u001B' && SGR.test(text.slice(offset, offset + 16))) return ch;
    return escape(ch);
  });
}

/** One field of a one-line record: every unsafe character escaped, line breaks included. */
export function oneLine(text: string): string {
  return hasUnsafe(text) ? text.replace(UNSAFE, (ch) => (ch === '\n' ? '\\n' : ch === '\t' ? ch : escape(ch))) : text;
}

function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
