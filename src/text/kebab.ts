/**
 * Turning a name into a kebab-case id: the one copy that `charter lint` (the schema
 * messages) and `charter new` use, so that both suggest the same id for the same name.
 */

/**
 * Letters of other alphabets that look like the Latin letters of an id: an id typed on
 * another keyboard, or pasted from a document, can hold them unseen.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', с: 'c', ԁ: 'd', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', ӏ: 'l', о: 'o', р: 'p', ԛ: 'q', ѕ: 's', у: 'y', х: 'x', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', χ: 'x', ɡ: 'g', ı: 'i',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** Characters of no width: removed from suggested ids, not turned into hyphens. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

/**
 * The kebab-case form of `name`: look-alike letters and accents made Latin, a `.yaml`
 * ending dropped, camelCase and ACRONYMCase split, everything else that is not a
 * letter or digit turned into single hyphens. `"Client Outcomes CSMs"` gives
 * `client-outcomes-csms`, `"habitsScorecard"` `habits-scorecard`, `"CSMTeam.yaml"`
 * `csm-team`. Empty when nothing of `name` can be kept.
 */
export function toKebab(name: string): string {
  return Array.from(name.trim(), (ch) => LOOKALIKES[ch] ?? (ZERO_WIDTH.test(ch) ? '' : ch))
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.ya?ml$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    // An acronym before a capitalised word ("CSMTeam"), not an acronym's plural ("CSMs").
    .replace(/([A-Z]+)([A-Z][a-z]{2,})/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id to suggest for a value that is not a valid id: its kebab-case form, or undefined when that is empty or the same. */
export function suggestedId(value: string): string | undefined {
  const kebab = toKebab(value);
  return kebab === '' || kebab === value ? undefined : kebab;
}
