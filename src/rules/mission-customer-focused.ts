import { z } from 'zod';
import { excerpt, joinOr } from '../text/quote.js';
import { wordPattern } from '../text/words.js';
import { defineFileRule } from './types.js';

/** Options of `mission-customer-focused`. */
export interface MissionCustomerFocusedOptions {
  /** Words that name the customer; a mission must contain one of them (whole word, any case). */
  words: string[];
}

/**
 * Reports a customer-facing function whose mission names no customer. Functions of
 * departments that org.yaml marks `internal: true` are exempt: they serve the other teams.
 */
export default defineFileRule<MissionCustomerFocusedOptions>({
  meta: {
    id: 'mission-customer-focused',
    description: 'The mission of a customer-facing function names no customer.',
    defaultSeverity: 'warn',
    messages: {
      noCustomer:
        'The mission "{{mission}}" names no customer (none of {{words}}); say which need of the customer this function meets, or, if it serves other teams rather than customers, mark its department "internal: true" in org.yaml',
    },
    options: {
      schema: z.strictObject({
        words: z
          .array(z.string().trim().min(1))
          .min(1)
          .meta({ description: 'Words that name the customer; the mission must contain one (whole word, any case).' }),
      }),
      defaults: { words: ['customer', 'customers', 'client', 'clients', 'user', 'users'] },
    },
  },
  check(file, context, model) {
    const { mission, department } = file.charter;
    // A missing or empty mission is mission-one-sentence's to report.
    if (mission === undefined || mission.trim() === '') return;
    if (model.departmentById.get(department)?.value.internal === true) return;
    const { words } = context.options;
    if (wordPattern(words, 'i').test(mission)) return;
    context.report({
      source: file.source,
      path: ['mission'],
      messageId: 'noCustomer',
      data: { mission: excerpt(mission), words: joinOr(words) },
    });
  },
});
