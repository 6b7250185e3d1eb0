import { z } from 'zod';
import { wordPattern } from '../text/words.js';
import { defineOrgRule } from './types.js';

/** Options of `placeholder`. */
export interface PlaceholderOptions {
  /** Words that mark a value as not written yet; matched whole and case-sensitively. */
  words: string[];
}

/** What to write instead of a placeholder, by the key that holds it. */
const ADVICE: Readonly<Record<string, string>> = {
  mission: 'write the one sentence that says which need of the customer this function answers',
  name: 'write the real name',
  owner: 'name the role accountable for this function',
  description: 'write the description, or remove the key',
  outcome: 'name the financial outcome it predicts: renewal, expansion, new-business, or your organization\'s own word',
  target: 'write the target, or remove the key',
  costExemption: 'say why this function has no cost metric',
  for: 'say what this function expects of that team',
  definition: 'say what customer success means in your organization',
  executiveSponsor: 'name the executive who sponsors the organization',
  lead: 'name who leads the department',
};
const DEFAULT_ADVICE = 'replace it with the real text';

/**
 * Reports values that still hold a placeholder such as TODO, TBD or FIXME (as
 * `charter new` leaves them), in every usable charter and in org.yaml, `x-` keys
 * included. Only values are checked, not keys or comments.
 */
export default defineOrgRule<PlaceholderOptions>({
  meta: {
    id: 'placeholder',
    description: 'A value still holds TODO, TBD or FIXME.',
    describe: ({ words }) => `A value still holds ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`}.`,
    defaultSeverity: 'warn',
    messages: {
      placeholder: '"{{key}}" still holds the placeholder "{{word}}"',
    },
    help: {
      placeholder: '{{advice}}',
    },
    options: {
      schema: z.strictObject({
        words: z
          .array(z.string().trim().min(1))
          .min(1)
          .meta({ description: 'Words that mark a value as not written yet; matched as whole words, case-sensitively.' }),
      }),
      defaults: { words: ['TODO', 'TBD', 'FIXME'] },
    },
  },
  check(model, context) {
    const pattern = wordPattern(context.options.words, 'g');
    for (const file of model.files) {
      if (file.kind === 'unusable') continue;
      const { text } = file.source;
      for (const { value, key, extension, range } of file.textValues((value) => firstMatch(pattern, value) !== undefined)) {
        const word = firstMatch(pattern, value)!;
        const [start, end] = range;
        context.report({
          source: file.source,
          range: wordRange(text, start, end, word, pattern) ?? [start, end],
          messageId: 'placeholder',
          data: { key: key ?? 'value', word, advice: (!extension && key !== undefined && ADVICE[key]) || DEFAULT_ADVICE },
        });
      }
    }
  },
});

function firstMatch(pattern: RegExp, value: string): string | undefined {
  pattern.lastIndex = 0;
  return pattern.exec(value)?.[0];
}

/**
 * Where `word` is in the scalar's source text, so that the finding points at the word
 * itself; undefined when the source spells it differently (escapes in a quoted string).
 */
function wordRange(text: string, start: number, end: number, word: string, pattern: RegExp): [number, number] | undefined {
  const raw = text.slice(start, end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(raw); m !== null; m = pattern.exec(raw)) {
    if (m[0] === word) return [start + m.index, start + m.index + word.length];
  }
  return undefined;
}
