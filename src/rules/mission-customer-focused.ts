import { z } from 'zod';
import { companyPurpose } from '../text/company-purpose.js';
import { defineFileRule } from './types.js';

/** Options of `mission-customer-focused`. */
export interface MissionCustomerFocusedOptions {
  /** Words that name the customer; a mission must contain one of them (whole word, any case). */
  words: string[];
}

/** How much of the mission a message quotes. */
const QUOTED_LENGTH = 40;

/** One compiled pattern per words list: options are the same object for every charter. */
const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * The pattern that finds any of `words` as a whole word, case-insensitively.
 * Letters and digits around a match disqualify it; apostrophes and hyphens do not,
 * so "customer's", "clients'" and "end-users" count. Spaces inside a word match any white space.
 */
function customerWordPattern(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (pattern === undefined) {
    const alternatives = words
      .map((w) => w.trim())
      .filter((w) => w !== '')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(words, pattern);
  }
  return pattern;
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
    describe: ({ words }) => `The mission of a customer-facing function names none of ${listOf(words)}, or states the company's goal as its purpose.`,
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
    if (customerWordPattern(words).test(mission)) {
      const purpose = companyPurpose(mission);
      if (purpose !== undefined) context.report({ source: file.source, path: ['mission'], messageId: 'companyGoal', data: { purpose: excerpt(purpose) } });
      return;
    }
    context.report({
      source: file.source,
      path: ['mission'],
      messageId: 'noCustomer',
      data: { mission: excerpt(mission), words: listOf(words) },
    });
  },
});

/** The start of the mission on one line, cut at a word after about {@link QUOTED_LENGTH} characters. */
function excerpt(text: string): string {
  const oneLine = text.slice(0, QUOTED_LENGTH * 2).trim().replace(/\s+/g, ' ');
  if (oneLine.length <= QUOTED_LENGTH && text.trim().length <= QUOTED_LENGTH * 2) return oneLine;
  const cut = oneLine.lastIndexOf(' ', QUOTED_LENGTH);
  return `${oneLine.slice(0, cut > QUOTED_LENGTH / 2 ? cut : QUOTED_LENGTH)}...`;
}

/** `"customer", "client" or "user"`. */
function listOf(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
