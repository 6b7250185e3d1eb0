import type { NodePath } from '../locate/locator.js';
import { excerpt } from '../text/quote.js';
import { splitSentences } from '../text/sentences.js';
import { defineFileRule } from './types.js';

/**
 * Reports a charter whose mission is missing, empty, or longer than one sentence.
 * What counts as a sentence is `splitSentences`'s to say (abbreviations, decimals
 * and domain names do not end one).
 */
export default defineFileRule({
  meta: {
    id: 'mission-one-sentence',
    description: 'The mission is missing, empty, or more than one sentence.',
    defaultSeverity: 'error',
    messages: {
      missing: 'This charter has no mission',
      empty: 'The mission is empty',
      tooLong: 'The mission has {{count}} sentences (the second: "{{second}}")',
    },
    help: {
      missing: 'add "mission:" with one sentence that says which need of the customer this function answers',
      empty: 'write one sentence that says which need of the customer this function answers',
      tooLong: 'keep the one sentence that names the customer need; move the rest to the activities or a comment',
    },
  },
  check(file, context) {
    // A mission the schema rejected (`mission:` with no value, a number...) is reported by the schema rule.
    if (file.hasDroppedUnder(['mission']) || file.misspells('mission')) return;
    const { mission } = file.charter;
    if (mission === undefined) {
      const top: NodePath = file.hasDroppedUnder(['id']) ? [] : ['id'];
      context.report({ source: file.source, path: top, target: 'key', messageId: 'missing' });
      return;
    }
    const sentences = splitSentences(mission);
    if (sentences.length === 0) {
      context.report({ source: file.source, path: ['mission'], messageId: 'empty' });
    } else if (sentences.length > 1) {
      context.report({
        source: file.source,
        path: ['mission'],
        messageId: 'tooLong',
        data: { count: sentences.length, second: excerpt(sentences[1]!.text) },
      });
    }
  },
});
