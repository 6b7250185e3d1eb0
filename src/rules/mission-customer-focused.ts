import { z } from 'zod';
import { companyPurpose } from '../text/company-purpose.js';
import { excerpt, joinOr } from '../text/quote.js';
import { wordPattern } from '../text/words.js';
import { defineFileRule } from './types.js';

/** Options of `mission-customer-focused`. */
export interface MissionCustomerFocusedOptions {
  /** Words that name the customer; a mission must contain one of them (whole word, any case). */
  words: string[];
}

/**
 * Reports a customer-facing function whose mission names no customer, or whose mission
 * names the customer but states a company number as its purpose ("... so we hit our NRR
 * target"; see src/text/company-purpose.ts). Functions of
 * departments that org.yaml marks `internal: true` are exempt: they serve the other teams.
 */
export default defineFileRule<MissionCustomerFocusedOptions>({
  meta: {
    id: 'mission-customer-focused',
    description: "The mission of a customer-facing function names no customer, or states the company's goal as its purpose.",
    describe: ({ words }) => `The mission of a customer-facing function names none of ${joinOr(words)}, or states the company's goal as its purpose.`,
    defaultSeverity: 'warn',
    messages: {
      noCustomer: 'The mission "{{mission}}" names no customer',
      companyGoal: 'The mission\'s purpose is a company goal ("{{purpose}}")',
    },
    help: {
      noCustomer: 'say which need of the customer this function meets (none of {{words}} appears); if it serves other teams rather than customers, mark its department "internal: true" in org.yaml',
      companyGoal: 'say which need of the customer this function meets: the company\'s numbers follow from meeting it',
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
    if (wordPattern(words, 'i').test(mission)) {
      const purpose = companyPurpose(mission);
      if (purpose !== undefined) context.report({ source: file.source, path: ['mission'], messageId: 'companyGoal', data: { purpose: excerpt(purpose) } });
      return;
    }
    context.report({
      source: file.source,
      path: ['mission'],
      messageId: 'noCustomer',
      data: { mission: excerpt(mission), words: joinOr(words) },
    });
  },
});
