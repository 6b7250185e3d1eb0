/**
 * Why an id that looks right is not (spaces, invisible characters, letters of other
 * alphabets), and the kebab-case id to suggest instead.
 * @module
 */

/**
 * Letters of other alphabets that look like the Latin letters of an id: an id typed on
 * another keyboard, or pasted from a document, can hold them unseen.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', с: 'c', ԁ: 'd', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', ӏ: 'l', о: 'o', р: 'p', ԛ: 'q', ѕ: 's', у: 'y', х: 'x', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', χ: 'x', ɡ: 'g', ı: 'i',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** Characters that cannot be seen, or look like a space. */
const INVISIBLE = /[\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

/** Characters of no width: removed from suggested ids, not turned into hyphens. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

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

export function toKebab(s: string): string {
  return Array.from(s.trim(), (ch) => LOOKALIKES[ch] ?? (ZERO_WIDTH.test(ch) ? '' : ch))
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
