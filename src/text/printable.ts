/**
 * Characters that must never reach a terminal or a CI log as they are: C0 controls
 * (ESC starts terminal escape sequences, BEL ends OSC 8 links, LF and CR start a new
 * line that GitHub Actions reads as a workflow command), DEL, C1 controls, the line
 * and paragraph separators, and the bidirectional controls (U+202E RIGHT-TO-LEFT
 * OVERRIDE and its kin) that make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One character as the escape that shows it: `\u001b`, `\u202e`. */
function escapeOf(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text from a file, a file name or the command line, made safe to print: every
 * control character (see above) is shown as its escape (`\u001b`), never sent.
 * `keep` names characters left as they are (`'\n'` where a line break is wanted
 * and the output frames every line, as a table does).
 */
export function printable(text: string, keep = ''): string {
  return text.replace(UNPRINTABLE, (ch) => (keep.includes(ch) ? ch : escapeOf(ch)));
}

/**
 * JSON text (from `JSON.stringify`) made safe to print, with the same data:
 * `JSON.stringify` escapes C0 controls, and this escapes the rest (DEL, C1, the
 * separators and the bidirectional controls) inside strings as `\uXXXX`, which
 * every JSON reader decodes to the same characters.
 */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' || ch === ' ' ? ch : escapeOf(ch)));
}

/**
 * A CSV cell that a spreadsheet will not run as a formula: a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` (OWASP's advice on CSV
 * injection), so Excel and LibreOffice show it as text.
 */
export function inertCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
