/**
 * Finding words of a configured list in free text: the one way the rules build such a
 * pattern (placeholder, mission-customer-focused).
 */

/** Compiled patterns by words list and flags: rule options are the same object for a whole run. */
const compiled = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * A pattern that finds any of `words` as a whole word: a letter, digit or `_` right
 * before or after a match disqualifies it (apostrophes and hyphens do not, so
 * "customer's" and "end-users" count). Special characters in a word are literal, and
 * a space inside a word matches any run of white space. Blank words are ignored.
 * `flags` are added to `u` (such as `i` for any case, `g` to find every match).
 * The same list and flags give the same RegExp object.
 */
export function wordPattern(words: readonly string[], flags = ''): RegExp {
  let byFlags = compiled.get(words);
  if (byFlags === undefined) compiled.set(words, (byFlags = new Map()));
  let pattern = byFlags.get(flags);
  if (pattern === undefined) {
    const alternatives = words
      .map((w) => w.trim())
      .filter((w) => w !== '')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    // No word at all matches nothing (an empty alternation would match everywhere).
    const body = alternatives.length === 0 ? '(?!)' : `(?:${alternatives.join('|')})`;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, `u${flags}`);
    byFlags.set(flags, pattern);
  }
  return pattern;
}
