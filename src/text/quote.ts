/**
 * How a message quotes what the user wrote: one copy of quoting, shortening, excerpting
 * and listing, so that every message reads the same and nothing quoted from a file can
 * garble a terminal.
 */

/** How long a quoted value gets before it is cut. */
const QUOTED_MAX = 60;

/** How many items a list in a message names before it says "or N more". */
const MAX_LISTED = 8;

/** Cuts user text to about `max` characters for a message (never splitting a character in two). */
export function shorten(value: string, max = QUOTED_MAX): string {
  if (value.length <= max) return value;
  let cut = max - 3;
  if (/[\ud800-\udbff]/.test(value[cut - 1] ?? '')) cut--;
  return `${value.slice(0, cut)}...`;
}

/**
 * A value quoted for a message: in double quotes, control characters and quotes
 * escaped (JSON's rules), cut to about `max` characters.
 */
export function quote(value: unknown, max = QUOTED_MAX): string {
  return JSON.stringify(shorten(typeof value === 'string' ? value : String(value), max));
}

/**
 * The start of `text` on one line (white space runs folded to one space), cut at a
 * word after about `max` characters, with "..." where it was cut: for quoting a
 * mission or a sentence in a message.
 */
export function excerpt(text: string, max = 40): string {
  const trimmed = text.trim();
  const oneLine = trimmed.slice(0, max * 2).replace(/\s+/g, ' ');
  if (oneLine.length <= max && trimmed.length <= max * 2) return oneLine;
  // Cut at a word boundary when there is one near the limit.
  const cut = oneLine.lastIndexOf(' ', max);
  return `${oneLine.slice(0, cut > max / 2 ? cut : max)}...`;
}

/** `"a"`, `"a", "b" or "c"`, or the first few and how many more. */
export function joinOr(items: readonly string[]): string {
  const quoted = items.slice(0, MAX_LISTED).map((item) => quote(item));
  if (items.length > MAX_LISTED) return `${quoted.join(', ')} or ${items.length - MAX_LISTED} more`;
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** `"a"`, or `one of "a", "b" or "c"`. */
export function oneOf(items: readonly string[]): string {
  return items.length === 1 ? joinOr(items) : `one of ${joinOr(items)}`;
}

/** `"a", "b", "c"`, or the first `max` and how many more (`"a", "b" and 3 more`). */
export function listQuoted(items: readonly string[], max = MAX_LISTED): string {
  const quoted = items.slice(0, max).map((item) => quote(item)).join(', ');
  return items.length > max ? `${quoted} and ${items.length - max} more` : quoted;
}
