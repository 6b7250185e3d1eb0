/**
 * Why an id that looks right is not (spaces, invisible characters, letters of other
 * alphabets). The kebab-case id to suggest instead is src/text/kebab.ts's.
 * @module
 */
import { LOOKALIKES } from '../text/kebab.js';

/** Characters that cannot be seen, or look like a space. */
const INVISIBLE = /[\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why an id that looks right is not: spaces around it, an invisible character, or a
 * letter from another alphabet that looks like a Latin one. Empty when none of these.
 */
export function oddCharacters(value: string): string {
  if (value.trim() !== value) {
    const starts = value.trimStart() !== value;
    const ch = starts ? value[0]! : value[value.length - 1]!;
    const space = ch === ' ' ? 'a space' : `an invisible space character (${codePoint(ch)})`;
    return ` (it ${starts ? 'starts' : 'ends'} with ${space}; remove it)`;
  }
  for (const ch of value) {
    const lookalike = LOOKALIKES[ch];
    if (lookalike !== undefined) return ` (it contains "${ch}" (${codePoint(ch)}), a letter of another alphabet that looks like the Latin "${lookalike}"; retype it)`;
    if (INVISIBLE.test(ch)) return ` (it contains an invisible or space character, ${codePoint(ch)}; retype the id)`;
  }
  return '';
}
